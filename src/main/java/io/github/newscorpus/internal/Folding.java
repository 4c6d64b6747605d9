package io.github.newscorpus.internal;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * Folds text for matching that ignores case, accents and quotation-mark style, one UTF-16 unit
 * for one, so offsets into the folded text are offsets into the original. Not API: public only
 * for the library's own packages.
 */
public final class Folding {

  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern SPACES = Pattern.compile("\\s+");

  private Folding() {}

  /**
   * Returns {@code text} with each character lower-cased, stripped of its accent ("Ñ" becomes
   * "n") and with curly quotation marks made straight; the same length as {@code text}.
   * Surrogates and combining marks are left as they are.
   */
  public static String fold(String text) {
    char[] folded = new char[text.length()];
    for (int i = 0; i < folded.length; i++) {
      folded[i] = fold(text.charAt(i));
    }
    return new String(folded);
  }

  /**
   * Returns the lookup key of a name: folded, without combining marks or periods, its whitespace
   * collapsed: "  Peña  NIETO" becomes "pena nieto", "John F. Kelly" "john f kelly", "U.S." "us".
   */
  public static String key(String name) {
    String folded = fold(Normalizer.normalize(name, Normalizer.Form.NFC));
    folded = MARKS.matcher(folded).replaceAll("").replace(".", "");
    return SPACES.matcher(folded.strip()).replaceAll(" ");
  }

  private static char fold(char c) {
    if (c < 0x80) {
      return Character.toLowerCase(c);
    }
    switch (c) {
      case '‘', '’' -> {
        return '\'';
      }
      case '“', '”' -> {
        return '"';
      }
      default -> {
        if (Character.isSurrogate(c)) {
          return c;
        }
        char base = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD).charAt(0);
        return Character.toLowerCase(base);
      }
    }
  }
}
