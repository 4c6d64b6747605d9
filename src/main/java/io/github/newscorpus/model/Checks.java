package io.github.newscorpus.model;

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

  /** Returns {@code value} when it has a non-whitespace character. */
  static String nonBlank(String value, String name) {
    notNull(value, name);
    if (value.isBlank()) {
      throw new IllegalArgumentException(name + " must not be blank, got \"" + value + "\"");
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
