package io.github.newscorpus.model;

import io.github.newscorpus.internal.Messages;
import io.github.newscorpus.internal.Show;

/**
 * Holds one reference to an entity in the text: a name, a descriptive noun phrase, or a pronoun.
 *
 * @param id unique within its article, such as {@code m12}
 * @param span the extent of the mention
 * @param text the covered text
 * @param entity what it refers to
 * @param kind how it refers
 */
public record Mention(String id, Span span, String text, Entity entity, MentionKind kind)
    implements Annotation {

  /** Checks that no component is null and that the text is as long as the span. */
  public Mention {
    Checks.nonBlank(id, "id");
    Checks.notNull(span, "span");
    Checks.coveredText(span, text);
    Checks.notNull(entity, "entity");
    Checks.notNull(kind, "kind");
  }

  /**
   * Returns the id, covered text, span, entity id and kind, such as
   * {@code Mention[m170 "he" 7716..7718 → e-cardin PRONOUN]}.
   */
  @Override
  public String toString() {
    return "Mention[" + Show.id(id) + " " + Messages.excerpt(text) + " " + Show.range(span.begin(), span.end()) + " → "
        + Show.id(entity.id()) + " " + kind + "]";
  }
}
