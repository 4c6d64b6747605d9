package com.example.modular;

import io.github.newscorpus.Corpus;
import io.github.newscorpus.model.Article;
import io.github.newscorpus.model.Entity;
import io.github.newscorpus.query.Queries;
import io.github.newscorpus.query.Speaker;
import java.util.List;

/** Lists who is quoted in the bundled article, from inside a named module. */
public final class Sources {

  private Sources() {}

  /** Returns the bundled article's speakers' names, most quoted first. */
  public static List<String> speakers() {
    Article story = Corpus.bundled().articles().get(0);
    return Queries.of(story).speakers().stream().map(Speaker::entity).map(Entity::name).toList();
  }
}
