package io.github.newscorpus.query;

import io.github.newscorpus.internal.Messages;
import io.github.newscorpus.internal.Show;
import io.github.newscorpus.model.Entity;
import io.github.newscorpus.model.EntityType;
import java.util.List;

/**
 * Holds one referent across a corpus: the entities of several articles that are the same
 * real-world thing, because they share an external id or have the same type and name (ignoring
 * case, accents and spacing).
 *
 * @param name the name of its first member
 * @param type the type of its first member
 * @param members the article entities it merges, in corpus order; at least one
 */
public record CorpusEntity(String name, EntityType type, List<Located<Entity>> members) {

  /** Copies the members and checks there is at least one. */
  public CorpusEntity {
    members = List.copyOf(members);
    if (members.isEmpty()) {
      throw new IllegalArgumentException("a corpus entity must have at least one member");
    }
  }

  /**
   * Returns the name, the type, the number of members and the first as article id and entity id,
   * such as {@code CorpusEntity["Mexico" LOCATION, 3 members: a1/e-mexico, …]}.
   */
  @Override
  public String toString() {
    StringBuilder s = new StringBuilder("CorpusEntity[").append(Messages.excerpt(name)).append(' ')
        .append(type).append(", ").append(Show.count(members.size(), "member"));
    Located<Entity> first = members.get(0);
    s.append(": ").append(Show.id(first.article().id())).append('/').append(Show.id(first.item().id()));
    return s.append(members.size() > 1 ? ", …]" : "]").toString();
  }
}
