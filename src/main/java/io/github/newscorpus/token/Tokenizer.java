package io.github.newscorpus.token;

import io.github.newscorpus.model.Span;
import io.github.newscorpus.model.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Splits English news text into tokens, deterministically, by the rules the bundled gold tokens
 * follow (Penn Treebank conventions, with hyphens split as in OntoNotes):
 *
 * <ol>
 *   <li>Whitespace separates tokens and is never part of one; so do no-break and other space
 *       separators.
 *   <li>Opening marks {@code “ ‘ " ( [} split off the front of a word. Then closing marks
 *       {@code ” ’ " ' ) ] , ; : ? !} and periods split off its end, each its own token, until
 *       neither is left or what is left ends with an abbreviation ({@code Times’} gives
 *       {@code Times} and {@code ’}; {@code Images).} gives {@code Images ) .}).
 *   <li>An abbreviation keeps its period: single letters each followed by a period
 *       ({@code U.S.}, {@code p.m.}, {@code F.}) or a title or month such as {@code Sen.}, as the
 *       last piece of the word after any hyphen ({@code anti-U.S.}). An abbreviation that ends a
 *       sentence keeps its period and adds none ({@code at 3 a.m.}).
 *   <li>Hyphens, slashes and dashes inside a word are their own tokens ({@code 140 - character},
 *       {@code U.S. - Mexico}, {@code AFP / Getty}), and so is a currency sign before a number
 *       ({@code $ 1.4}).
 *   <li>Clitics split off: {@code ’s}, {@code n’t}, {@code ’m}, {@code ’ll}, {@code ’re},
 *       {@code ’ve}, {@code ’d}, with a curly or straight apostrophe ({@code Trump ’s},
 *       {@code do n’t}, {@code I ’m}).
 *   <li>Everything else stays whole: numbers with their points and colons ({@code 1.4},
 *       {@code 4:30}), hashtags ({@code #AdiosStarbucks}), and words with inner apostrophes.
 * </ol>
 *
 * <p>Stateless and thread-safe.
 */
public final class Tokenizer {

  private static final String OPENING = "“‘\"([";
  private static final String CLOSING = "”’\"')],;:?!";
  private static final String INNER = "-/—–";
  private static final String CURRENCY = "$€£¥";
  private static final Pattern INITIALS = Pattern.compile("(\\p{L}\\.)+");
  private static final Set<String> TITLES = Set.of("Sen.", "Rep.", "Gov.", "Gen.", "Lt.", "Col.",
      "Sgt.", "Capt.", "Adm.", "Mr.", "Mrs.", "Ms.", "Dr.", "Prof.", "Rev.", "Sr.", "Jr.", "St.",
      "Mt.", "Ft.", "Inc.", "Corp.", "Co.", "Ltd.", "vs.", "etc.", "No.", "Jan.", "Feb.", "Mar.",
      "Apr.", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.");
  private static final List<String> CLITICS = List.of("n’t", "n't", "’s", "'s", "’m", "'m", "’ll",
      "'ll", "’re", "'re", "’ve", "'ve", "’d", "'d");

  private Tokenizer() {}

  /** Returns the tokens of {@code text}, in document order; empty for a blank text. */
  public static List<Token> tokenize(String text) {
    List<Span> spans = new ArrayList<>();
    int i = 0;
    while (i < text.length()) {
      while (i < text.length() && isSpace(text.charAt(i))) {
        i++;
      }
      int start = i;
      while (i < text.length() && !isSpace(text.charAt(i))) {
        i++;
      }
      if (i > start) {
        word(text, start, i, spans);
      }
    }
    List<Token> tokens = new ArrayList<>(spans.size());
    for (Span s : spans) {
      tokens.add(new Token(s, text.substring(s.begin(), s.end())));
    }
    return List.copyOf(tokens);
  }

  /** Splits one whitespace-delimited word {@code [begin, end)} into tokens. */
  private static void word(String text, int begin, int end, List<Span> out) {
    int b = begin;
    int e = end;
    while (b < e && OPENING.indexOf(text.charAt(b)) >= 0) {
      out.add(new Span(b, b + 1));
      b++;
    }
    List<Span> tail = new ArrayList<>();
    while (e > b && (CLOSING.indexOf(text.charAt(e - 1)) >= 0
        || e - b > 1 && text.charAt(e - 1) == '.' && !abbreviation(lastPiece(text, b, e)))) {
      tail.add(0, new Span(e - 1, e));
      e--;
    }
    core(text, b, e, out);
    out.addAll(tail);
  }

  /** Splits at inner hyphens, slashes and dashes, a leading currency sign, and clitics. */
  private static void core(String text, int begin, int end, List<Span> out) {
    int b = begin;
    if (end - b > 1 && CURRENCY.indexOf(text.charAt(b)) >= 0 && Character.isDigit(text.charAt(b + 1))) {
      out.add(new Span(b, b + 1));
      b++;
    }
    int pieceStart = b;
    for (int i = b; i < end; i++) {
      if (INNER.indexOf(text.charAt(i)) >= 0) {
        clitics(text, pieceStart, i, out);
        out.add(new Span(i, i + 1));
        pieceStart = i + 1;
      }
    }
    clitics(text, pieceStart, end, out);
  }

  private static void clitics(String text, int begin, int end, List<Span> out) {
    if (begin >= end) {
      return;
    }
    String piece = text.substring(begin, end);
    for (String clitic : CLITICS) {
      if (piece.length() > clitic.length() && piece.endsWith(clitic)) {
        out.add(new Span(begin, end - clitic.length()));
        out.add(new Span(end - clitic.length(), end));
        return;
      }
    }
    out.add(new Span(begin, end));
  }

  /** Returns the part of {@code [begin, end)} after its last hyphen, slash or dash. */
  private static String lastPiece(String text, int begin, int end) {
    int from = begin;
    for (int i = begin; i < end; i++) {
      if (INNER.indexOf(text.charAt(i)) >= 0) {
        from = i + 1;
      }
    }
    return text.substring(from, end);
  }

  /** Returns whether {@code c} separates tokens: whitespace or a space separator (no-break too). */
  private static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u0085';
  }

  private static boolean abbreviation(String word) {
    return TITLES.contains(word) || INITIALS.matcher(word).matches();
  }
}
