package io.github.newscorpus.export;

import io.github.newscorpus.model.Span;
import java.util.Map;
import java.util.Optional;

/**
 * Aligns a tagger's tokens, in order, with the text they were cut from: each token is looked for
 * at the first character that is not whitespace after the previous token, and when it is not
 * there, further on (the tagger skipped some text); a token found nowhere after the previous one
 * is not aligned, and the next token is looked for after the previous one still.
 *
 * <p>A token matches the text character by character, with these spellings taken as equal, so
 * that Penn Treebank tokens align with typographic text:
 *
 * <table>
 *   <caption>Equal spellings</caption>
 *   <tr><th>token</th><th>text</th></tr>
 *   <tr><td>{@code -LRB- -RRB- -LSB- -RSB- -LCB- -RCB-} (the whole token)</td>
 *       <td>{@code ( ) [ ] { }}</td></tr>
 *   <tr><td>{@code \/ \*}</td><td>{@code / *}</td></tr>
 *   <tr><td>{@code `` ''} and {@code "}</td><td>any double quotation mark: {@code " “ ” „ « » ″}</td></tr>
 *   <tr><td>{@code ` '} and the single marks</td><td>any single quotation mark or apostrophe:
 *       {@code ' ‘ ’ ‚ ‹ › ′ `}</td></tr>
 *   <tr><td>{@code --} (against one character other than {@code -}) and any dash or hyphen</td><td>any dash or hyphen: {@code - ‐ ‑ ‒ – — ―}</td></tr>
 *   <tr><td>{@code ...}</td><td>{@code …}</td></tr>
 * </table>
 *
 * <p>A token never spans whitespace in the text.
 */
final class ConllAligner {

  private static final Map<String, String> BRACKETS = Map.of("-LRB-", "(", "-RRB-", ")",
      "-LSB-", "[", "-RSB-", "]", "-LCB-", "{", "-RCB-", "}");
  private static final String DOUBLE = "\"“”„«»″";
  private static final String SINGLE = "'‘’‚‹›′`";
  private static final String DASH = "-‐‑‒–—―";

  private final String text;
  /** Where the next token is looked for: the end of the last token aligned. */
  private int cursor;

  ConllAligner(String text) {
    this.text = text;
  }

  /** Returns a token with the Penn Treebank escapes of brackets, slashes and stars undone. */
  static String unescape(String token) {
    String bracket = BRACKETS.get(token);
    return bracket != null ? bracket : token.replace("\\/", "/").replace("\\*", "*");
  }

  /** Returns where the text index the next token is looked for from. */
  int cursor() {
    return cursor;
  }

  /** Returns the span of {@code token} in the text after the previous one; empty if none. */
  Optional<Span> align(String token) {
    for (int at = cursor; at < text.length(); at++) {
      if (Character.isWhitespace(text.charAt(at))) {
        continue;
      }
      int end = matchAt(token, at);
      if (end >= 0) {
        cursor = end;
        return Optional.of(new Span(at, end));
      }
    }
    return Optional.empty();
  }

  /** Returns the end of {@code token} matched at {@code at}, or -1 when it does not match there. */
  private int matchAt(String token, int at) {
    int i = 0;
    int j = at;
    while (i < token.length()) {
      if (j >= text.length()) {
        return -1;
      }
      char t = token.charAt(i);
      char x = text.charAt(j);
      if ((token.startsWith("``", i) || token.startsWith("''", i)) && DOUBLE.indexOf(x) >= 0) {
        i += 2;
      } else if (token.startsWith("--", i) && x != '-' && DASH.indexOf(x) >= 0) {
        i += 2;
      } else if (token.startsWith("...", i) && x == '…') {
        i += 3;
      } else if (t == x || same(DOUBLE, t, x) || same(SINGLE, t, x) || same(DASH, t, x)) {
        i++;
      } else {
        return -1;
      }
      j++;
    }
    return j;
  }

  private static boolean same(String group, char a, char b) {
    return group.indexOf(a) >= 0 && group.indexOf(b) >= 0;
  }
}
