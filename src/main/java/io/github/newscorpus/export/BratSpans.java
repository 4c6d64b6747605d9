package io.github.newscorpus.export;

import io.github.newscorpus.internal.CodePoints;
import io.github.newscorpus.internal.Messages;
import io.github.newscorpus.model.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the offsets of a brat text-bound ({@code T}) line, fragments of code points such as
 * {@code 0 3;4 7}, into spans of one text (UTF-16 indices), checking them against the text the
 * line gives, and joins back the fragments that only line breaks and tabs separate, as
 * {@link BratWriter} split them.
 *
 * <p>Over the text {@code "ab\ncd ef"}:
 *
 * <table>
 *   <caption>Offsets, the line's text, and the spans read</caption>
 *   <tr><th>Offsets</th><th>Text</th><th>Spans</th></tr>
 *   <tr><td>{@code 0 2}</td><td>{@code ab}</td><td>[0, 2)</td></tr>
 *   <tr><td>{@code 0 2;3 5}</td><td>{@code ab cd}</td><td>[0, 5): a line break between</td></tr>
 *   <tr><td>{@code 0 2;6 8}</td><td>{@code ab ef}</td><td>[0, 2), [6, 8)</td></tr>
 *   <tr><td>{@code 3 5;6 8}</td><td>{@code cd ef}</td><td>[3, 5), [6, 8): a space between</td></tr>
 * </table>
 */
final class BratSpans {

  private static final Pattern FRAGMENT = Pattern.compile("(\\d{1,10}) (\\d{1,10})");

  private final String text;
  private final CodePoints codePoints;
  private final BratProblems problems;

  /** Starts reading offsets into {@code text}, adding problems to {@code problems}. */
  BratSpans(String text, BratProblems problems) {
    this.text = text;
    this.codePoints = new CodePoints(text);
    this.problems = problems;
  }

  /**
   * Returns the spans, in text order, of line {@code n}'s {@code offsets}, whose fragments'
   * texts joined by spaces must be {@code covered}; empty, with one problem added, when a
   * fragment is malformed, empty, out of the text or out of order, or the text differs.
   */
  Optional<List<Span>> read(int n, String offsets, String covered) {
    List<Span> spans = new ArrayList<>();
    List<String> texts = new ArrayList<>();
    for (String fragment : offsets.split(";", -1)) {
      Matcher m = FRAGMENT.matcher(fragment);
      if (!m.matches()) {
        problems.add(n, "expected a fragment \"begin end\", found " + Messages.excerpt(fragment));
        return Optional.empty();
      }
      long b = Long.parseLong(m.group(1));
      long e = Long.parseLong(m.group(2));
      if (e < b || e > codePoints.count()) {
        problems.add(n, "fragment [" + b + ", " + e + ") must lie inside the text ("
            + codePoints.count() + " code points) with begin <= end");
        return Optional.empty();
      }
      if (e == b) {
        problems.add(n, "fragment [" + b + ", " + e + ") is empty; a fragment must cover at least "
            + "one character");
        return Optional.empty();
      }
      Span s = new Span(codePoints.toUtf16((int) b), codePoints.toUtf16((int) e));
      if (!spans.isEmpty() && s.begin() < spans.get(spans.size() - 1).end()) {
        problems.add(n, "fragments must be in order and must not overlap");
        return Optional.empty();
      }
      spans.add(s);
      texts.add(text.substring(s.begin(), s.end()));
    }
    String joined = String.join(" ", texts);
    if (!joined.equals(covered)) {
      problems.add(n, "text " + Messages.excerpt(covered) + " does not match the text at its "
          + "offsets, " + Messages.excerpt(joined));
      return Optional.empty();
    }
    return Optional.of(rejoin(spans));
  }

  /** Joins fragments that only line breaks and tabs separate, as the writer split them. */
  private List<Span> rejoin(List<Span> spans) {
    List<Span> joined = new ArrayList<>();
    for (Span s : spans) {
      if (!joined.isEmpty() && breaksOnly(joined.get(joined.size() - 1).end(), s.begin())) {
        Span last = joined.remove(joined.size() - 1);
        joined.add(new Span(last.begin(), s.end()));
      } else {
        joined.add(s);
      }
    }
    return List.copyOf(joined);
  }

  private boolean breaksOnly(int from, int to) {
    for (int i = from; i < to; i++) {
      if (!BratNotes.isBreak(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }
}
