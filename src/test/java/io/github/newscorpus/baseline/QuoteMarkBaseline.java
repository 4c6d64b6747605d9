package io.github.newscorpus.baseline;

import io.github.newscorpus.eval.Annotations;
import io.github.newscorpus.eval.PredictedQuote;
import io.github.newscorpus.model.QuoteKind;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A naive quote extractor, as an example of using the scorer: every pair of double quotation
 * marks (“…” or "…") on one line is a quote; a trailing comma inside the marks is dropped; the cue
 * is the nearest reporting verb on the line after the closing mark (else before the opening one);
 * the speaker is the pronoun or capitalised words next to the cue; a quotation of three words or
 * fewer is PARTIAL, anything longer DIRECT. It knows nothing of indirect speech, nicknames or
 * quotations split by their attribution.
 */
public final class QuoteMarkBaseline {

  private static final Pattern QUOTATION = Pattern.compile("[“\"]([^”\"\n]+)[”\"]");
  private static final Set<String> VERBS =
      Set.of("said", "says", "wrote", "writes", "told", "added", "asked", "warned", "stated");
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}.’'-]*");
  private static final Set<String> PRONOUNS = Set.of("he", "she", "they", "we", "i");
  private static final int WINDOW = 80;

  private QuoteMarkBaseline() {}

  /** Returns the quotes it finds in {@code text}. */
  public static Annotations extract(String text) {
    Annotations.Builder out = Annotations.of(text);
    Matcher m = QUOTATION.matcher(text);
    while (m.find()) {
      int begin = m.start(1);
      int end = m.end(1);
      if (text.charAt(end - 1) == ',') {
        end--;
      }
      String content = text.substring(begin, end);
      PredictedQuote q = PredictedQuote.of(begin, end)
          .kind(content.strip().split("\\s+").length <= 3 ? QuoteKind.PARTIAL : QuoteKind.DIRECT);
      int[] cue = cue(text, m.end(), m.start());
      if (cue != null) {
        q = q.cue(cue[0], cue[1]);
        int[] speaker = speaker(text, cue);
        if (speaker != null) {
          q = q.speaker(speaker[0], speaker[1]);
        }
      }
      out.quote(q);
    }
    return out.build();
  }

  /** Returns the first reporting verb after {@code after} on its line, else the last before {@code before}. */
  private static int[] cue(String text, int after, int before) {
    int lineEnd = text.indexOf('\n', after);
    List<int[]> following = words(text, after, Math.min(lineEnd < 0 ? text.length() : lineEnd, after + WINDOW));
    for (int[] w : following) {
      if (VERBS.contains(word(text, w))) {
        return w;
      }
    }
    int lineStart = text.lastIndexOf('\n', before - 1) + 1;
    List<int[]> preceding = words(text, Math.max(lineStart, before - WINDOW), before);
    for (int i = preceding.size() - 1; i >= 0; i--) {
      if (VERBS.contains(word(text, preceding.get(i)))) {
        return preceding.get(i);
      }
    }
    return null;
  }

  /** Returns the pronoun or capitalised run just before the cue, else just after it. */
  private static int[] speaker(String text, int[] cue) {
    int lineStart = text.lastIndexOf('\n', cue[0] - 1) + 1;
    List<int[]> before = words(text, Math.max(lineStart, cue[0] - 40), cue[0]);
    if (!before.isEmpty()) {
      int[] last = before.get(before.size() - 1);
      if (PRONOUNS.contains(word(text, last))) {
        return last;
      }
      int[] run = capitalisedRun(text, before, before.size() - 1, -1);
      if (run != null) {
        return run;
      }
    }
    int lineEnd = text.indexOf('\n', cue[1]);
    List<int[]> after = words(text, cue[1], Math.min(lineEnd < 0 ? text.length() : lineEnd, cue[1] + 60));
    for (int i = 0; i < after.size(); i++) {
      int[] run = capitalisedRun(text, after, i, +1);
      if (run != null) {
        return run;
      }
      if (PRONOUNS.contains(word(text, after.get(i)))) {
        return after.get(i);
      }
    }
    return null;
  }

  /** Returns the run of capitalised words from {@code start} in {@code direction}, or null. */
  private static int[] capitalisedRun(String text, List<int[]> words, int start, int direction) {
    int i = start;
    while (i >= 0 && i < words.size() && Character.isUpperCase(text.charAt(words.get(i)[0]))) {
      i += direction;
    }
    if (i == start) {
      return null;
    }
    int first = direction > 0 ? start : i + 1;
    int last = direction > 0 ? i - 1 : start;
    return new int[] {words.get(first)[0], words.get(last)[1]};
  }

  private static List<int[]> words(String text, int from, int to) {
    Matcher w = WORD.matcher(text).region(from, Math.max(from, to));
    List<int[]> found = new java.util.ArrayList<>();
    while (w.find()) {
      int end = w.end();
      while (end > w.start() && ".,’'".indexOf(text.charAt(end - 1)) >= 0) {
        end--;
      }
      found.add(new int[] {w.start(), end});
    }
    return found;
  }

  private static String word(String text, int[] w) {
    return text.substring(w[0], w[1]).toLowerCase(Locale.ROOT);
  }
}
