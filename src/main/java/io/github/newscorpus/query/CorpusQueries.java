package io.github.newscorpus.query;

import io.github.newscorpus.internal.Folding;
import io.github.newscorpus.internal.Show;
import io.github.newscorpus.model.Article;
import io.github.newscorpus.model.Entity;
import io.github.newscorpus.model.Mention;
import io.github.newscorpus.model.Quote;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Asks questions across the articles of a corpus, merging each article's entities into corpus
 * entities. Entities with external ids are one {@link CorpusEntity} when they share one (same
 * knowledge base and id); entities without are one when they have the same type and the same name,
 * ignoring case, accents, periods and spacing. Aliases never merge entities ("Washington" may be a city in
 * one article and a state in another), nor does a name match an entity that has ids.
 *
 * <p>The merge and a name index are built once, when the queries are made, in time linear in
 * the corpus; {@link #findEntity} is then a hash lookup, and every other query costs the size of
 * its answer (co-occurrence: the mentions in the sentences or paragraphs it looks at). Immutable
 * and safe to share between threads.
 */
public final class CorpusQueries {

  private final List<Article> articles;
  private final List<CorpusEntity> entities;
  /** Each article's entities' corpus entities, by article id. */
  private final Map<String, Map<Entity, CorpusEntity>> byArticle = new HashMap<>();
  /** Corpus entities by the lookup key of a member's id, name or alias; strongest match first. */
  private final List<Map<String, Set<CorpusEntity>>> names =
      List.of(new HashMap<>(), new HashMap<>(), new HashMap<>());

  private CorpusQueries(List<Article> articles) {
    this.articles = List.copyOf(articles);
    Set<String> ids = new HashSet<>();
    for (Article a : this.articles) {
      if (!ids.add(a.id())) {
        throw new IllegalArgumentException("article id \"" + a.id()
            + "\" appears twice; ids must be unique in a corpus");
      }
    }
    this.entities = merge();
  }

  /**
   * Returns the queries over {@code articles}, in the given order.
   *
   * @throws IllegalArgumentException when two articles share an id
   */
  public static CorpusQueries of(List<Article> articles) {
    return new CorpusQueries(articles);
  }

  /** Returns every corpus entity, in order of first appearance (article by article). */
  public List<CorpusEntity> entities() {
    return entities;
  }

  /**
   * Finds the corpus entity one of whose members has this id, name or alias, ignoring case,
   * accents, periods and spacing, as {@link Article#findEntity} does: an id match wins over a name
   * match, and a name match over an alias match; when matches at the strongest level belong to
   * different corpus entities, the lookup is ambiguous and finds nothing.
   */
  public Optional<CorpusEntity> findEntity(String nameAliasOrId) {
    String key = Folding.key(Objects.requireNonNull(nameAliasOrId, "nameAliasOrId must not be null"));
    for (Map<String, Set<CorpusEntity>> level : names) {
      Set<CorpusEntity> found = level.get(key);
      if (found != null) {
        return found.size() == 1 ? Optional.of(found.iterator().next()) : Optional.empty();
      }
    }
    return Optional.empty();
  }

  /**
   * Returns the corpus entity an article's entity belongs to; empty when no article of the corpus
   * has that id and entity.
   */
  public Optional<CorpusEntity> entityOf(Article article, Entity entity) {
    Map<Entity, CorpusEntity> map = byArticle.get(article.id());
    return map == null ? Optional.empty() : Optional.ofNullable(map.get(entity));
  }

  /** Returns every quote by the corpus entity, article by article, each in document order. */
  public List<Located<Quote>> quotesBy(CorpusEntity entity) {
    List<Located<Quote>> result = new ArrayList<>();
    for (Located<Entity> member : entity.members()) {
      member.article().quotesBy(member.item()).forEach(q -> result.add(new Located<>(member.article(), q)));
    }
    return List.copyOf(result);
  }

  /**
   * Returns every quote by the corpus entity {@link #findEntity} finds; empty when it finds none.
   */
  public List<Located<Quote>> quotesBy(String nameAliasOrId) {
    return findEntity(nameAliasOrId).map(this::quotesBy).orElse(List.of());
  }

  /** Returns every mention of the corpus entity, article by article, each in document order. */
  public List<Located<Mention>> mentionsOf(CorpusEntity entity) {
    List<Located<Mention>> result = new ArrayList<>();
    for (Located<Entity> member : entity.members()) {
      member.article().mentionsOf(member.item()).forEach(m -> result.add(new Located<>(member.article(), m)));
    }
    return List.copyOf(result);
  }

  /**
   * Returns the corpus entities mentioned in the same sentence (or paragraph) as {@code entity},
   * anywhere in the corpus, with the number of sentences (or paragraphs) they share, most first;
   * ties in order of first appearance.
   */
  public List<CorpusCooccurrence> cooccurring(CorpusEntity entity, Scope scope) {
    Map<CorpusEntity, Integer> counts = new IdentityHashMap<>();
    for (Located<Entity> member : entity.members()) {
      Article a = member.article();
      for (Cooccurrence c : Queries.of(a).cooccurring(member.item(), scope)) {
        counts.merge(byArticle.get(a.id()).get(c.entity()), c.count(), Integer::sum);
      }
    }
    List<CorpusCooccurrence> result = new ArrayList<>();
    for (CorpusEntity e : entities) {
      Integer count = counts.get(e);
      if (count != null) {
        result.add(new CorpusCooccurrence(e, count));
      }
    }
    result.sort((x, y) -> Integer.compare(y.count(), x.count())); // stable
    return List.copyOf(result);
  }

  /** Groups every article's entities with a union-find over their merge keys. */
  private List<CorpusEntity> merge() {
    List<Located<Entity>> all = new ArrayList<>();
    for (Article a : articles) {
      a.entities().forEach(e -> all.add(new Located<>(a, e)));
    }
    int[] parent = new int[all.size()];
    Map<String, Integer> firstWithKey = new HashMap<>();
    for (int i = 0; i < all.size(); i++) {
      parent[i] = i;
      for (String key : mergeKeys(all.get(i).item())) {
        Integer first = firstWithKey.putIfAbsent(key, i);
        if (first != null) {
          union(parent, first, i);
        }
      }
    }
    Map<Integer, List<Located<Entity>>> groups = new LinkedHashMap<>();
    for (int i = 0; i < all.size(); i++) {
      groups.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).add(all.get(i));
    }
    List<CorpusEntity> result = new ArrayList<>();
    for (List<Located<Entity>> members : groups.values()) {
      Entity first = members.get(0).item();
      CorpusEntity merged = new CorpusEntity(first.name(), first.type(), members);
      result.add(merged);
      for (Located<Entity> m : members) {
        byArticle.computeIfAbsent(m.article().id(), k -> new HashMap<>()).put(m.item(), merged);
        index(0, m.item().id(), merged);
        index(1, m.item().name(), merged);
        m.item().aliases().forEach(alias -> index(2, alias, merged));
      }
    }
    return List.copyOf(result);
  }

  private void index(int level, String name, CorpusEntity entity) {
    names.get(level).computeIfAbsent(Folding.key(name),
        k -> Collections.newSetFromMap(new IdentityHashMap<>())).add(entity);
  }

  /**
   * Returns the keys by which corpus queries merge entities, sorted: one per external id
   * ({@code id wikidata Q1}), or, for an entity without any, its type and its name folded as
   * {@link #findEntity} folds it ({@code name PERSON benjamin l cardin}). Two entities of a
   * corpus are one corpus entity when a chain of shared keys links them. For code that merges
   * entities elsewhere, such as a distributed job, exactly as these queries do.
   */
  public static List<String> mergeKeys(Entity entity) {
    List<String> keys = new ArrayList<>();
    entity.externalIds().forEach((base, id) -> keys.add("id " + base + " " + id));
    if (keys.isEmpty()) {
      keys.add("name " + entity.type() + " " + Folding.key(entity.name()));
    }
    Collections.sort(keys);
    return List.copyOf(keys);
  }

  private static int find(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }

  private static void union(int[] parent, int a, int b) {
    int ra = find(parent, a);
    int rb = find(parent, b);
    if (ra != rb) {
      parent[Math.max(ra, rb)] = Math.min(ra, rb); // the earlier root stays the root
    }
  }

  /**
   * Returns the number of articles and corpus entities, such as
   * {@code CorpusQueries[2 articles, 70 corpus entities]}.
   */
  @Override
  public String toString() {
    return "CorpusQueries[" + Show.count(articles.size(), "article") + ", "
        + Show.count(entities.size(), "corpus entity") + "]";
  }
}
