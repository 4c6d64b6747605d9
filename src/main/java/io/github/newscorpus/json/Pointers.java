package io.github.newscorpus.json;

/** Builds JSON Pointers (RFC 6901). */
final class Pointers {

  private Pointers() {}

  /** Escapes one reference token: {@code ~} becomes {@code ~0} and {@code /} becomes {@code ~1}. */
  static String escape(String token) {
    return token.replace("~", "~0").replace("/", "~1");
  }
}
