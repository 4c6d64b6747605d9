package io.github.newscorpus.html;

import java.util.HashMap;
import java.util.Map;
import org.apache.commons.text.translate.CharSequenceTranslator;
import org.apache.commons.text.translate.LookupTranslator;

/**
 * Escapes text for HTML element content and double- or single-quoted attribute values: the five
 * markup characters become character references, and control characters that HTML forbids
 * become U+FFFD. Other characters are kept as they are (the page is UTF-8).
 */
final class Escape {

  private static final CharSequenceTranslator HTML = new LookupTranslator(table());

  private Escape() {}

  /** Returns {@code text} escaped; "" for "". */
  static String html(CharSequence text) {
    return HTML.translate(text);
  }

  private static Map<CharSequence, CharSequence> table() {
    Map<CharSequence, CharSequence> table = new HashMap<>();
    table.put("&", "&amp;");
    table.put("<", "&lt;");
    table.put(">", "&gt;");
    table.put("\"", "&quot;");
    table.put("'", "&#39;");
    for (char c = 0; c < 0x20; c++) {
      if (c != '\t' && c != '\n' && c != '\r') {
        table.put(String.valueOf(c), "\uFFFD");
      }
    }
    table.put("\u007F", "\uFFFD");
    return table;
  }
}
