package io.github.newscorpus.model;

import io.github.newscorpus.internal.Show;
import java.util.Optional;

/**
 * Holds one metadata value with its provenance: the span of the text that states it, the reason
 * it was inferred, or both (a value partly stated, partly inferred).
 *
 * @param value the value, normalised (a time as {@code 16:30}, a date as {@code 2017-02-22})
 * @param evidence the span of the article's text that states the value, if any
 * @param inference why the value was inferred, if any part of it is not written in the text
 */
public record Fact(String value, Optional<Span> evidence, Optional<String> inference) {

  /** Checks that no component is null and that the value has some provenance. */
  public Fact {
    Checks.nonBlank(value, "value");
    Checks.notNull(evidence, "evidence");
    Checks.notNull(inference, "inference").ifPresent(reason -> Checks.nonBlank(reason, "inference"));
    if (evidence.isEmpty() && inference.isEmpty()) {
      throw new IllegalArgumentException(
          "fact \"" + value + "\" must have evidence in the text or an inference reason");
    }
  }

  /** Returns a value written in the text at {@code evidence}. */
  public static Fact stated(String value, Span evidence) {
    return new Fact(value, Optional.of(evidence), Optional.empty());
  }

  /** Returns a value not written in the text, with the reason it was inferred. */
  public static Fact inferred(String value, String reason) {
    return new Fact(value, Optional.empty(), Optional.of(reason));
  }

  /** Returns whether any part of the value is not written in the text. */
  public boolean isInferred() {
    return inference.isPresent();
  }

  /**
   * Returns the value, its evidence span if any, and whether it is inferred, such as
   * {@code Fact["2017-02-22T16:30" 10239..10248 inferred]}; the reason is left out.
   */
  @Override
  public String toString() {
    return "Fact[" + Show.brief(value, 30) + evidence.map(e -> " " + Show.range(e.begin(), e.end())).orElse("")
        + (isInferred() ? " inferred" : "") + "]";
  }
}
