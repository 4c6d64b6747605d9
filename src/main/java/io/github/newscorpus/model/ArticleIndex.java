package io.github.newscorpus.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** Holds the lookups behind an article's queries, built once from its sorted layers. */
final class ArticleIndex {

  private final Map<ParagraphKind, List<Paragraph>> paragraphsByKind;
  private final Map<EntityType, List<Entity>> entitiesByType;
  private final Map<String, Entity> entitiesById;
  private final Map<Entity, List<Mention>> mentionsByEntity;
  private final Map<Entity, List<Quote>> quotesBySpeaker;
  private final Map<Entity, List<Paragraph>> paragraphsByEntity;
  private final EntityNames names;

  ArticleIndex(Article article) {
    paragraphsByKind = group(article.paragraphs(), Paragraph::kind, new EnumMap<>(ParagraphKind.class));
    entitiesByType = group(article.entities(), Entity::type, new EnumMap<>(EntityType.class));
    entitiesById = new HashMap<>();
    article.entities().forEach(e -> entitiesById.put(e.id(), e));
    mentionsByEntity = group(article.mentions(), Mention::entity, new HashMap<>());
    Map<Entity, List<Quote>> quotes = new HashMap<>();
    for (Quote q : article.quotes()) {
      q.speaker().ifPresent(s -> quotes.computeIfAbsent(s, k -> new ArrayList<>()).add(q));
    }
    quotesBySpeaker = freeze(quotes);
    paragraphsByEntity = new HashMap<>();
    mentionsByEntity.forEach((entity, mentions) ->
        paragraphsByEntity.put(entity, containing(article.paragraphs(), mentions)));
    names = new EntityNames(article.entities());
  }

  List<Paragraph> paragraphs(ParagraphKind kind) {
    return paragraphsByKind.getOrDefault(kind, List.of());
  }

  List<Entity> entities(EntityType type) {
    return entitiesByType.getOrDefault(type, List.of());
  }

  Optional<Entity> entityById(String id) {
    return Optional.ofNullable(entitiesById.get(id));
  }

  List<Mention> mentionsOf(Entity entity) {
    return mentionsByEntity.getOrDefault(entity, List.of());
  }

  List<Quote> quotesBy(Entity entity) {
    return quotesBySpeaker.getOrDefault(entity, List.of());
  }

  List<Paragraph> paragraphsMentioning(Entity entity) {
    return paragraphsByEntity.getOrDefault(entity, List.of());
  }

  EntityNames names() {
    return names;
  }

  /** Groups a sorted list by key; each group keeps the list's order. */
  private static <T, K> Map<K, List<T>> group(List<T> list, Function<T, K> key, Map<K, List<T>> into) {
    for (T item : list) {
      into.computeIfAbsent(key.apply(item), k -> new ArrayList<>()).add(item);
    }
    return freeze(into);
  }

  private static <K, T> Map<K, List<T>> freeze(Map<K, List<T>> map) {
    map.replaceAll((k, v) -> List.copyOf(v));
    return Collections.unmodifiableMap(map);
  }

  /**
   * Returns the distinct paragraphs that hold the mentions, in document order. Both lists are
   * sorted and paragraphs do not overlap, so one binary search per mention finds its paragraph
   * and the paragraphs found never go backwards.
   */
  private static List<Paragraph> containing(List<Paragraph> paragraphs, List<Mention> mentions) {
    List<Paragraph> found = new ArrayList<>();
    int last = -1;
    for (Mention m : mentions) {
      int i = SpanSearch.lastBeginningAtOrBefore(paragraphs, Paragraph::span, m.span().begin());
      if (i > last && paragraphs.get(i).span().covers(m.span())) {
        found.add(paragraphs.get(i));
        last = i;
      }
    }
    return List.copyOf(found);
  }
}
