package io.github.newscorpus.internal;

import java.util.regex.Pattern;
import org.apache.commons.text.translate.AggregateTranslator;
import org.apache.commons.text.translate.CharSequenceTranslator;
import org.apache.commons.text.translate.EntityArrays;
import org.apache.commons.text.translate.JavaUnicodeEscaper;
import org.apache.commons.text.translate.LookupTranslator;

/**
 * Formats the parts of the model's and the queries' one-line {@code toString()} values. Not API:
 * public only for the library's own packages.
 */
public final class Show {

  /** An id printed as it is: short, and nothing that could be read as punctuation of the line. */
  private static final Pattern PLAIN_ID = Pattern.compile("[\\p{L}\\p{N}_.:/#@+-]{1,40}");

  /** Escapes control characters, and nothing else, so that a line stays one line. */
  private static final CharSequenceTranslator CONTROLS = new AggregateTranslator(
      new LookupTranslator(EntityArrays.JAVA_CTRL_CHARS_ESCAPE),
      JavaUnicodeEscaper.below(32));

  private Show() {}

  /** Returns the id as it is when it is plain, such as {@code e-cardin}; else as an excerpt. */
  public static String id(String id) {
    return PLAIN_ID.matcher(id).matches() ? id : Messages.excerpt(id);
  }

  /** Returns the count and the noun, with an "s" unless the count is one ("entity" gets "ies"). */
  public static String count(int n, String noun) {
    if (n == 1) {
      return n + " " + noun;
    }
    return n + " " + (noun.endsWith("y") ? noun.substring(0, noun.length() - 1) + "ies" : noun + "s");
  }

  /** Returns {@code begin..end}. */
  public static String range(int begin, int end) {
    return begin + ".." + end;
  }

  /**
   * Returns the text as an excerpt of at most {@code max} characters and an ellipsis before
   * escaping, {@code max} below 60 so that {@link Messages#excerpt} does not cut it again: cut at
   * its last space after {@code max / 2} characters, or at {@code max} (never inside a surrogate
   * pair).
   */
  public static String brief(String text, int max) {
    if (text.length() <= max) {
      return Messages.excerpt(text);
    }
    int space = text.lastIndexOf(' ', max);
    int cut = space > max / 2 ? space : max;
    if (Character.isHighSurrogate(text.charAt(cut - 1))) {
      cut--;
    }
    return Messages.excerpt(text.substring(0, cut) + "…");
  }

  /** Returns the text with its control characters escaped as Java writes them, such as {@code \\n}. */
  public static String oneLine(String text) {
    return CONTROLS.translate(text);
  }
}
