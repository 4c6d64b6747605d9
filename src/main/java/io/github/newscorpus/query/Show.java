package io.github.newscorpus.query;

import io.github.newscorpus.internal.Messages;
import java.util.regex.Pattern;
import org.apache.commons.text.translate.AggregateTranslator;
import org.apache.commons.text.translate.CharSequenceTranslator;
import org.apache.commons.text.translate.EntityArrays;
import org.apache.commons.text.translate.JavaUnicodeEscaper;
import org.apache.commons.text.translate.LookupTranslator;

/**
 * Formats the parts of the query results' one-line {@code toString()} values, as the model's do
 * (its helper is package-private there).
 */
final class Show {

  /** An id printed as it is: short, and nothing that could be read as punctuation of the line. */
  private static final Pattern PLAIN_ID = Pattern.compile("[\\p{L}\\p{N}_.:/#@+-]{1,40}");

  /** Escapes control characters, and nothing else, so that a line stays one line. */
  private static final CharSequenceTranslator CONTROLS = new AggregateTranslator(
      new LookupTranslator(EntityArrays.JAVA_CTRL_CHARS_ESCAPE),
      JavaUnicodeEscaper.below(32));

  private Show() {}

  /** Returns the id as it is when it is plain, such as {@code e-cardin}; else as an excerpt. */
  static String id(String id) {
    return PLAIN_ID.matcher(id).matches() ? id : Messages.excerpt(id);
  }

  /** Returns the count and the noun, with an "s" unless the count is one ("entity" gets "ies"). */
  static String count(int n, String noun) {
    if (n == 1) {
      return n + " " + noun;
    }
    return n + " " + (noun.endsWith("y") ? noun.substring(0, noun.length() - 1) + "ies" : noun + "s");
  }

  /** Returns the text with its control characters escaped as Java writes them, such as {@code \n}. */
  static String oneLine(String text) {
    return CONTROLS.translate(text);
  }
}
