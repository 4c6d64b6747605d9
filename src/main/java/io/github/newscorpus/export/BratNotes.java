package io.github.newscorpus.export;

import java.util.Optional;

/** Encodes values for brat lines, which are tab-separated and one per line. */
final class BratNotes {

  private BratNotes() {}

  /** Returns whether brat fragments break at {@code c}: a line break or a tab. */
  static boolean isBreak(char c) {
    return c == '\n' || c == '\r' || c == '\t';
  }

  /** Returns {@code s} with each line break or tab replaced by a space. */
  static String oneLine(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      b.append(isBreak(s.charAt(i)) ? ' ' : s.charAt(i));
    }
    return b.toString();
  }

  /** Percent-encodes {@code %}, the space and ASCII control characters, so an id is one token. */
  static String encodeId(String id) {
    StringBuilder b = new StringBuilder(id.length());
    for (int i = 0; i < id.length(); i++) {
      char c = id.charAt(i);
      if (c == '%' || c <= ' ' || c == 0x7F) {
        b.append(String.format("%%%02X", (int) c));
      } else {
        b.append(c);
      }
    }
    return b.toString();
  }

  /** Reverses {@link #encodeId}. */
  static String decodeId(String encoded) {
    StringBuilder b = new StringBuilder(encoded.length());
    for (int i = 0; i < encoded.length(); i++) {
      char c = encoded.charAt(i);
      if (c == '%' && isHex(encoded, i + 1) && isHex(encoded, i + 2)) {
        b.append((char) Integer.parseInt(encoded.substring(i + 1, i + 3), 16));
        i += 2;
      } else {
        b.append(c);
      }
    }
    return b.toString();
  }

  /**
   * Returns the first {@code %} of {@code encoded} that two hex digits do not follow, with the
   * (at most two) characters after it, such as {@code %ZZ}; empty when there is none.
   */
  static Optional<String> badEscape(String encoded) {
    for (int i = encoded.indexOf('%'); i >= 0; i = encoded.indexOf('%', i + 3)) {
      if (!isHex(encoded, i + 1) || !isHex(encoded, i + 2)) {
        return Optional.of(encoded.substring(i, Math.min(i + 3, encoded.length())));
      }
    }
    return Optional.empty();
  }

  /** Returns whether {@code s} has an ASCII hex digit at {@code i} (not a full-width one). */
  private static boolean isHex(String s, int i) {
    if (i >= s.length()) {
      return false;
    }
    char c = s.charAt(i);
    return c >= '0' && c <= '9' || c >= 'A' && c <= 'F' || c >= 'a' && c <= 'f';
  }
}
