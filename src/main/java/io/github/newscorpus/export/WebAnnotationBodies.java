package io.github.newscorpus.export;

import io.github.newscorpus.export.JsonTree.Kind;
import io.github.newscorpus.export.JsonTree.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Holds what one annotation's bodies say, sorted by purpose, each list in document order.
 *
 * <p>Immutable.
 *
 * @param types the values of the {@code tagging} textual bodies (an entity type)
 * @param kinds the values of the {@code classifying} textual bodies (a mention's or quote's kind)
 * @param names the values of the {@code describing} textual bodies (an entity's name)
 * @param entityIds the sources of the {@code identifying} specific resources that name one of
 *     this article's entities
 * @param cues the {@code linking} specific resources with a selector (a quote's cue)
 * @param links the sources of the {@code linking} specific resources without a selector (a
 *     quote's speaker mention), or the resource itself when it has no source
 */
record WebAnnotationBodies(List<Value> types, List<Value> kinds, List<Value> names,
    List<Value> entityIds, List<Value> cues, List<Value> links) {

  /** Copies each list. */
  WebAnnotationBodies {
    types = List.copyOf(types);
    kinds = List.copyOf(kinds);
    names = List.copyOf(names);
    entityIds = List.copyOf(entityIds);
    cues = List.copyOf(cues);
    links = List.copyOf(links);
  }

  /**
   * Sorts the bodies of {@code annotation} by purpose, keeping the identifying ones whose source
   * is {@code own}; every list is empty when it has no {@code body}.
   */
  static WebAnnotationBodies of(Value annotation, Predicate<String> own) {
    List<Value> types = new ArrayList<>();
    List<Value> kinds = new ArrayList<>();
    List<Value> names = new ArrayList<>();
    List<Value> entityIds = new ArrayList<>();
    List<Value> cues = new ArrayList<>();
    List<Value> links = new ArrayList<>();
    Optional<Value> body = annotation.field("body");
    for (Value b : body.map(Value::many).orElse(List.of())) {
      if (b.kind() != Kind.OBJECT) {
        continue; // an IRI of an external body says nothing this reader can use
      }
      Optional<Value> type = b.field("type");
      boolean specific = type.isPresent() && type.get().has("SpecificResource");
      boolean textual = !specific && b.field("value").filter(Value::isString).isPresent();
      for (Value purpose : b.field("purpose").map(Value::many).orElse(List.of())) {
        String p = purpose.isString() ? purpose.text() : "";
        if (textual) {
          Value value = b.field("value").get();
          switch (p) {
            case "tagging" -> types.add(value);
            case "classifying" -> kinds.add(value);
            case "describing" -> names.add(value);
            default -> { } // a comment, a reply…: nothing of the model
          }
        } else if (specific && p.equals("identifying")) {
          b.field("source").filter(Value::isString).filter(s -> own.test(s.text()))
              .ifPresent(entityIds::add);
        } else if (specific && p.equals("linking")) {
          (b.field("selector").isPresent() ? cues : links)
              .add(b.field("selector").isPresent() ? b : b.field("source").orElse(b));
        }
      }
    }
    return new WebAnnotationBodies(types, kinds, names, entityIds, cues, links);
  }
}
