package io.github.newscorpus.internal;

import java.util.Map;
import org.apache.commons.text.WordUtils;
import org.apache.commons.text.translate.AggregateTranslator;
import org.apache.commons.text.translate.CharSequenceTranslator;
import org.apache.commons.text.translate.EntityArrays;
import org.apache.commons.text.translate.JavaUnicodeEscaper;
import org.apache.commons.text.translate.LookupTranslator;

/** Formats values for error messages. Not API: public only for the library's own packages. */
public final class Messages {

  /** Escapes quotes, backslashes and control characters, and nothing else (keeps "Peña"). */
  private static final CharSequenceTranslator ESCAPER = new AggregateTranslator(
      new LookupTranslator(Map.of("\"", "\\\"", "\\", "\\\\")),
      new LookupTranslator(EntityArrays.JAVA_CTRL_CHARS_ESCAPE),
      JavaUnicodeEscaper.below(32));

  private Messages() {}

  /**
   * Returns the text in double quotes, escaped, and cut after the first word boundary past 40
   * characters when longer than 60: {@code "We know that damage has been done to the…"}.
   */
  public static String excerpt(String text) {
    return "\"" + ESCAPER.translate(WordUtils.abbreviate(text, 40, 60, "…")) + "\"";
  }

  /**
   * Says that an id is used twice in one article:
   * {@code id "m1" is already used by a mention; ids must be unique within an article}.
   *
   * @param earlier names what used it first, such as "a mention"
   */
  public static String idUsed(String id, String earlier) {
    return "id " + excerpt(id) + " is already used by " + earlier
        + "; ids must be unique within an article";
  }

  /**
   * Says that an annotation's stored text is not the text its span covers:
   * {@code text "Bob" does not match the covered text "ob "}. Offsets are left out: a reader
   * of code points and the model, in UTF-16 indices, would give different ones.
   */
  public static String coveredText(String stored, String covered) {
    return "text " + excerpt(stored) + " does not match the covered text " + excerpt(covered);
  }
}
