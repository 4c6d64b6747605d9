package io.github.newscorpus.html;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.NavigableSet;
import java.util.TreeSet;

/**
 * Keeps bidirectional text from reordering anything outside the string or element that holds it,
 * without changing the text.
 *
 * <p>In element content a user string goes in a {@code <bdi>}, and the style sheet isolates the
 * text's mentions and quotes. A browser isolates an element by putting an isolate initiator
 * before its content and a PDI (U+2069) after it, so three kinds of character in the content
 * would end that isolate early and let an override reach past the element: a PDI that closes no
 * initiator of the content's own, an initiator (U+2066 to U+2068) that the content does not
 * close, and a paragraph separator (U+2029, U+0085). Each of these stays in the page, alone in a
 * {@code <span class="bidi">} that the style sheet makes an inline block, where it acts on nothing
 * else. Embeddings and overrides need nothing: an isolate's end terminates them.
 *
 * <p>Plain text (an attribute value, the page's title) cannot hold elements: there a string that
 * could reorder its surroundings goes between FSI (U+2068) and PDI, with one more of each for
 * every PDI and initiator it leaves unbalanced, and its paragraph separators become spaces.
 */
final class Bidi {

  private static final char FSI = '\u2068';
  private static final char PDI = '\u2069';

  private Bidi() {}

  /** Returns {@code text} escaped in a {@code <bdi>}, with the characters that would end it inert. */
  static String isolate(String text) {
    return "<bdi>" + inner(text) + "</bdi>";
  }

  /** Returns {@code text} escaped for the content of an isolating element, with the same characters inert. */
  static String inner(String text) {
    Scopes scopes = new Scopes();
    scopes.enter();
    scopes.scan(text, 0, text.length());
    scopes.leaveTo(0);
    StringBuilder out = new StringBuilder(text.length());
    write(text, 0, text.length(), scopes.inert(), out);
    return out.toString();
  }

  /** Appends {@code text} from {@code from} to {@code to} escaped, the characters at {@code inert} inert. */
  static void write(String text, int from, int to, NavigableSet<Integer> inert, StringBuilder out) {
    int at = from;
    for (int i : inert.subSet(from, true, to, false)) {
      out.append(Escape.html(text.substring(at, i))).append("<span class=\"bidi\">").append(text.charAt(i))
          .append("</span>");
      at = i + 1;
    }
    out.append(Escape.html(text.substring(at, to)));
  }

  /**
   * Returns {@code text} as it is if it has no right-to-left, Arabic-number or explicit
   * directional character; else between balanced isolates, for plain text such as an attribute.
   */
  static String plain(String text) {
    if (text.codePoints().noneMatch(Bidi::directional)) {
      return text;
    }
    int unmatched = 0;
    int unclosed = 0;
    StringBuilder body = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (initiator(c)) {
        unclosed++;
      } else if (c == PDI && unclosed > 0) {
        unclosed--;
      } else if (c == PDI) {
        unmatched++;
      }
      boolean separator = Character.getDirectionality(c) == Character.DIRECTIONALITY_PARAGRAPH_SEPARATOR;
      body.append(separator ? ' ' : c);
    }
    return String.valueOf(FSI).repeat(unmatched + 1) + body + String.valueOf(PDI).repeat(unclosed + 1);
  }

  private static boolean initiator(char c) {
    return c >= '\u2066' && c <= FSI;
  }

  private static boolean directional(int codePoint) {
    return switch (Character.getDirectionality(codePoint)) {
      case Character.DIRECTIONALITY_RIGHT_TO_LEFT, Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC,
          Character.DIRECTIONALITY_ARABIC_NUMBER, Character.DIRECTIONALITY_LEFT_TO_RIGHT_EMBEDDING,
          Character.DIRECTIONALITY_LEFT_TO_RIGHT_OVERRIDE, Character.DIRECTIONALITY_RIGHT_TO_LEFT_EMBEDDING,
          Character.DIRECTIONALITY_RIGHT_TO_LEFT_OVERRIDE, Character.DIRECTIONALITY_POP_DIRECTIONAL_FORMAT,
          Character.DIRECTIONALITY_LEFT_TO_RIGHT_ISOLATE, Character.DIRECTIONALITY_RIGHT_TO_LEFT_ISOLATE,
          Character.DIRECTIONALITY_FIRST_STRONG_ISOLATE,
          Character.DIRECTIONALITY_POP_DIRECTIONAL_ISOLATE -> true;
      default -> false;
    };
  }

  /**
   * Finds, in text written inside nested isolating elements, the characters that would end an
   * element's isolate. Text at depth 0, the paragraph's own level, is left alone: the paragraph
   * ends whatever it starts.
   */
  static final class Scopes {

    /** For each open element, innermost first, the offsets of the initiators it has not closed. */
    private final Deque<Deque<Integer>> open = new ArrayDeque<>();
    private final NavigableSet<Integer> inert = new TreeSet<>();

    /** Opens an isolating element. */
    void enter() {
      open.push(new ArrayDeque<>());
    }

    /** Closes elements until {@code depth} are open; the initiators they did not close become inert. */
    void leaveTo(int depth) {
      while (open.size() > depth) {
        inert.addAll(open.pop());
      }
    }

    /** Reads {@code text} from {@code from} to {@code to}, which is written in the innermost open element. */
    void scan(String text, int from, int to) {
      Deque<Integer> initiators = open.peek();
      if (initiators == null) {
        return;
      }
      for (int i = from; i < to; i++) {
        char c = text.charAt(i);
        if (initiator(c)) {
          initiators.push(i);
        } else if (c == PDI && !initiators.isEmpty()) {
          initiators.pop();
        } else if (c == PDI || c == '\u2029' || c == '\u0085') {
          inert.add(i);
        }
      }
    }

    /** Returns the offsets found so far of the characters to make inert. */
    NavigableSet<Integer> inert() {
      return inert;
    }
  }
}
