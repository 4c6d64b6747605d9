package io.github.newscorpus.model;

import io.github.newscorpus.internal.Folding;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;

/**
 * Looks entities up by id, name or alias, ignoring case, accents, quotation-mark style and runs of
 * whitespace, and suggests the closest names when a lookup misses.
 */
final class EntityNames {

  private static final JaroWinklerSimilarity SIMILARITY = new JaroWinklerSimilarity();
  /** Below this Jaro-Winkler similarity a name is not worth suggesting. */
  private static final double CLOSE = 0.8;
  private static final int MAX_SUGGESTIONS = 3;

  /** Keys by strength of match: ids, then names, then aliases. */
  private final List<Map<String, Set<Entity>>> levels = List.of(new HashMap<>(), new HashMap<>(), new HashMap<>());
  private final List<Entity> entities;

  EntityNames(List<Entity> entities) {
    this.entities = entities;
    for (Entity e : entities) {
      add(0, e.id(), e);
      add(1, e.name(), e);
      e.aliases().forEach(alias -> add(2, alias, e));
    }
  }

  private void add(int level, String key, Entity e) {
    levels.get(level).computeIfAbsent(normalize(key), k -> new LinkedHashSet<>()).add(e);
  }

  Optional<Entity> find(String query) {
    Checks.notNull(query, "nameAliasOrId");
    Set<Entity> matches = matches(query);
    return matches.size() == 1 ? Optional.of(matches.iterator().next()) : Optional.empty();
  }

  Entity expect(String query, String articleId) {
    Checks.notNull(query, "nameAliasOrId");
    Set<Entity> matches = matches(query);
    if (matches.size() == 1) {
      return matches.iterator().next();
    }
    if (matches.size() > 1) {
      throw new NoSuchElementException("\"" + query + "\" is ambiguous in article " + articleId
          + ": it matches " + describe(matches) + "; use an id");
    }
    List<Entity> close = closest(query);
    throw new NoSuchElementException("no entity matches \"" + query + "\" in article " + articleId
        + (close.isEmpty() ? "; no name is close to it" : "; closest: " + describe(close)));
  }

  private Set<Entity> matches(String query) {
    String key = normalize(query);
    for (Map<String, Set<Entity>> level : levels) {
      Set<Entity> found = level.get(key);
      if (found != null) {
        return found;
      }
    }
    return Set.of();
  }

  /**
   * Returns the entities whose id, name or alias is most similar to the query (Jaro-Winkler), or
   * has the query as one of its words ("castaneda" suggests both Castañedas).
   */
  private List<Entity> closest(String query) {
    String key = normalize(query);
    Map<Entity, Double> best = new LinkedHashMap<>();
    for (Entity e : entities) {
      List<String> keys = new ArrayList<>(e.aliases());
      keys.add(e.name());
      keys.add(e.id());
      double score = keys.stream().mapToDouble(k -> score(key, normalize(k))).max().orElse(0);
      if (score >= CLOSE) {
        best.put(e, score);
      }
    }
    return best.entrySet().stream()
        .sorted(Map.Entry.<Entity, Double>comparingByValue(Comparator.reverseOrder()))
        .limit(MAX_SUGGESTIONS)
        .map(Map.Entry::getKey)
        .toList();
  }

  private static double score(String query, String key) {
    if (!query.isEmpty() && List.of(key.split("[\\s-]")).contains(query)) {
      return 1.0;
    }
    return SIMILARITY.apply(query, key);
  }

  private static String describe(Iterable<Entity> entities) {
    List<String> names = new ArrayList<>();
    entities.forEach(e -> names.add("\"" + e.name() + "\" (" + e.id() + ")"));
    return names.stream().collect(Collectors.joining(", "));
  }

  /** Returns the lookup key of a name; see {@link Folding#key}. */
  static String normalize(String s) {
    return Folding.key(s);
  }
}
