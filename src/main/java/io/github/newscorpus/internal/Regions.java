package io.github.newscorpus.internal;

/**
 * Compares a stretch of a text with a string, as every covered text is checked on load. Not API:
 * public only for the library's own packages.
 */
public final class Regions {

  /**
   * The length from which a stretch is copied and compared by {@code String.equals}: the JDK's
   * {@code regionMatches} compares char by char, and an article's text (with its typographic
   * quotes) and its covered texts (mostly ASCII) are often stored in different forms, while the
   * copy and the comparison of whole strings use vector instructions.
   */
  static final int COPY_FROM = 48;

  private Regions() {}

  /**
   * Returns whether {@code text}, from {@code begin}, holds exactly {@code expected}: false when
   * the text ends before it does.
   */
  public static boolean matches(String text, int begin, String expected) {
    if (begin < 0 || begin > text.length() - expected.length()) { // no overflow: both >= 0
      return false;
    }
    return expected.length() < COPY_FROM
        ? text.regionMatches(begin, expected, 0, expected.length())
        : text.substring(begin, begin + expected.length()).equals(expected);
  }
}
