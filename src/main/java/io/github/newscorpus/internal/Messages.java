package io.github.newscorpus.internal;

import java.util.Locale;
import java.util.Map;
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
   * Returns the text in double quotes, escaped, and, when longer than 60 characters, cut at its
   * first space from the 41st character (or after 60 characters, never inside a surrogate pair)
   * and ended with an ellipsis: {@code "We know that damage has been done to the…"}.
   */
  public static String excerpt(String text) {
    return "\"" + escapeLoneSurrogates(ESCAPER.translate(shorten(text))) + "\"";
  }

  /** Writes each surrogate without its other half as {@code \\uXXXX}: UTF-8 cannot hold it. */
  private static String escapeLoneSurrogates(String text) {
    int lone = CodePoints.loneSurrogate(text);
    if (lone < 0) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length() + 10);
    int from = 0;
    for (; lone >= 0; lone = CodePoints.loneSurrogate(text, from)) {
      out.append(text, from, lone)
          .append(String.format(Locale.ROOT, "\\u%04X", (int) text.charAt(lone)));
      from = lone + 1;
    }
    return out.append(text, from, text.length()).toString();
  }

  /**
   * Describes the lone surrogate at index {@code at} of {@code value}, counting characters as
   * code points from 1: {@code a lone surrogate (\\uD800) at character 2}.
   */
  public static String loneSurrogate(String value, int at) {
    return String.format(Locale.ROOT, "a lone surrogate (\\u%04X) at character %,d",
        (int) value.charAt(at), value.codePointCount(0, at) + 1);
  }


  // Not WordUtils.abbreviate: from Commons Text 1.14 it needs Commons Lang 3.18, and projects
  // with CoreNLP get 3.3.1 (see the README's runtime dependencies).
  private static String shorten(String text) {
    if (text.length() <= 60) {
      return text;
    }
    int space = text.indexOf(' ', 40);
    int cut = space >= 0 && space <= 60 ? space : 60;
    if (Character.isHighSurrogate(text.charAt(cut - 1))) {
      cut--;
    }
    return text.substring(0, cut) + "…";
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
