package io.github.newscorpus.model;

import static java.util.Objects.requireNonNull;

/** Holds the argument checks shared by the model's constructors. */
final class Checks {

  private Checks() {}

  static void coveredText(Span span, String text) {
    requireNonNull(text, "text");
    if (text.length() != span.length()) {
      throw new IllegalArgumentException(
          "text length (" + text.length() + ") must equal span length (" + span.length()
              + ") for span " + span);
    }
  }

  static String nonBlank(String value, String name) {
    requireNonNull(value, name);
    if (value.isBlank()) {
      throw new IllegalArgumentException(name + " must not be blank");
    }
    return value;
  }
}
