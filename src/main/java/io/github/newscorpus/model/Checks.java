package io.github.newscorpus.model;

import io.github.newscorpus.internal.CodePoints;
import io.github.newscorpus.internal.Messages;

/** Holds the argument checks shared by the model's constructors. */
final class Checks {

  private Checks() {}

  /** Returns {@code value}, or throws {@code NullPointerException("name must not be null")}. */
  static <T> T notNull(T value, String name) {
    if (value == null) {
      throw new NullPointerException(name + " must not be null");
    }
    return value;
  }

  /**
   * Returns {@code value} when it has a character that is not whitespace to
   * {@link Character#isWhitespace(int)} (as {@link String#isBlank()} has it; the format's JSON
   * Schema spells the same set out in its {@code nonBlank} pattern) and is well-formed.
   */
  static String nonBlank(String value, String name) {
    notNull(value, name);
    if (value.isBlank()) {
      throw new IllegalArgumentException(name + " must not be blank, got \"" + value + "\"");
    }
    return wellFormed(value, name);
  }

  /**
   * Returns {@code value} when it is well-formed Unicode: no surrogate without its other half,
   * which no UTF-8 output (brat, HTML, a JSON reader's strings) could hold.
   */
  static String wellFormed(String value, String name) {
    int lone = CodePoints.loneSurrogate(notNull(value, name));
    if (lone >= 0) {
      throw new IllegalArgumentException(name + " must be well-formed Unicode; it holds "
          + Messages.loneSurrogate(value, lone));
    }
    return value;
  }

  static void coveredText(Span span, String text) {
    notNull(text, "text");
    if (text.length() != span.length()) {
      throw new IllegalArgumentException(
          "text length (" + text.length() + ") must equal span length (" + span.length()
              + ") for span " + span);
    }
  }
}
