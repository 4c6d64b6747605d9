package io.github.newscorpus.export;

import io.github.newscorpus.export.JsonTree.Kind;
import io.github.newscorpus.export.JsonTree.Value;
import io.github.newscorpus.internal.CodePoints;
import io.github.newscorpus.internal.Messages;
import io.github.newscorpus.model.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Anchors Web Annotation targets in one article's text: a {@code TextPositionSelector} by its
 * code points, checked against a {@code TextQuoteSelector} beside it, or a
 * {@code TextQuoteSelector} alone by the one place where its prefix, exact text and suffix occur.
 *
 * <p>Over the text {@code "ab ab ab"} (no characters outside the BMP, so code points are UTF-16
 * indices):
 *
 * <table>
 *   <caption>Selectors and what they anchor</caption>
 *   <tr><th>Selectors</th><th>Anchored</th></tr>
 *   <tr><td>position 3–5</td><td>[3, 5)</td></tr>
 *   <tr><td>position 3–5, quote exact {@code "ab"}, prefix {@code "ab "}</td><td>[3, 5)</td></tr>
 *   <tr><td>quote exact {@code "ab"}, prefix {@code "b "}, suffix {@code " "}</td><td>[3, 5)</td></tr>
 *   <tr><td>quote exact {@code "ab"}, suffix {@code " "}</td><td>a problem: at 0, 3</td></tr>
 *   <tr><td>quote exact {@code "ba"}</td><td>a problem: not in the text</td></tr>
 * </table>
 *
 * <p>Each target that cannot be anchored adds one problem, placed at the value at fault.
 */
final class TextAnchors {

  /** Reading stops before more positions of an ambiguous quote than these are listed. */
  private static final int POSITIONS_SHOWN = 5;

  private final String articleId;
  private final String text;
  private final CodePoints codePoints;
  /** {@code urn:newscorpus:<article id>}: the source a target may name. */
  private final String urn;
  private final WebAnnotationProblems problems;

  /** Starts anchoring in the text of article {@code articleId}, adding problems to {@code problems}. */
  TextAnchors(String articleId, String text, WebAnnotationProblems problems) {
    this.articleId = articleId;
    this.text = text;
    this.codePoints = new CodePoints(text);
    this.urn = WebAnnotation.urn(articleId);
    this.problems = problems;
  }

  /**
   * Returns the span (UTF-16) a target or a cue selects, by its first {@code TextPositionSelector}
   * or else its first {@code TextQuoteSelector}; empty, with a problem added, when it selects none.
   */
  Optional<Span> anchor(Value target) {
    if (target.kind() != Kind.OBJECT) {
      problems.add(target, "expected a SpecificResource with a TextQuoteSelector or a "
          + "TextPositionSelector, found " + WebAnnotationProblems.found(target)
          + ", which cannot be anchored in the text");
      return Optional.empty();
    }
    Optional<Value> src = target.field("source").filter(Value::isString);
    if (src.isPresent() && src.get().text().startsWith("urn:newscorpus:")
        && !src.get().text().equals(urn)) {
      problems.add(src.get(), "source " + Messages.excerpt(src.get().text()) + " is not this "
          + "article's text (" + urn + ")");
      return Optional.empty();
    }
    Value position = null;
    Value quote = null;
    for (Value s : target.field("selector").map(Value::many).orElse(List.of())) {
      Optional<Value> type = s.field("type");
      if (type.isPresent() && type.get().has("TextPositionSelector") && position == null) {
        position = s;
      } else if (type.isPresent() && type.get().has("TextQuoteSelector") && quote == null) {
        quote = s;
      }
    }
    if (position == null && quote == null) {
      problems.add(target.field("selector").orElse(target), "expected a TextQuoteSelector or a "
          + "TextPositionSelector");
      return Optional.empty();
    }
    Optional<String> exact = Optional.empty();
    Optional<String> prefix = Optional.empty();
    Optional<String> suffix = Optional.empty();
    if (quote != null) {
      Optional<Value> e = quote.field("exact");
      if (e.isEmpty() || !e.get().isString() || e.get().text().isEmpty()) {
        problems.add(e.orElse(quote), "a TextQuoteSelector's \"exact\" must be a non-empty string");
        return Optional.empty();
      }
      exact = Optional.of(e.get().text());
      // both checked, so that both problems are reported
      if (!stringOrAbsent(quote, "prefix") | !stringOrAbsent(quote, "suffix")) {
        return Optional.empty();
      }
      prefix = quote.field("prefix").map(Value::text);
      suffix = quote.field("suffix").map(Value::text);
    }
    if (position != null) {
      return position(position, quote, exact, prefix, suffix);
    }
    return search(quote, exact.get(), prefix.orElse(""), suffix.orElse(""));
  }

  /** Returns whether the affix is absent or a string, reporting a problem when it is neither. */
  private boolean stringOrAbsent(Value quote, String name) {
    Optional<Value> v = quote.field(name);
    if (v.isPresent() && !v.get().isString()) {
      problems.add(v.get(), "a TextQuoteSelector's \"" + name + "\" must be a string, found "
          + WebAnnotationProblems.found(v.get()));
      return false;
    }
    return true;
  }

  private Optional<Span> position(Value position, Value quote, Optional<String> exact,
      Optional<String> prefix, Optional<String> suffix) {
    Optional<Value> start = position.field("start");
    Optional<Value> end = position.field("end");
    if (start.isEmpty() || end.isEmpty()) {
      problems.add(position, "a TextPositionSelector needs \"start\" and \"end\"");
      return Optional.empty();
    }
    if (!problems.count(start.get(), "start") || !problems.count(end.get(), "end")) {
      return Optional.empty();
    }
    int s = Integer.parseInt(start.get().text());
    int e = Integer.parseInt(end.get().text());
    if (e < s || e > codePoints.count()) {
      problems.add(position, "start (" + s + ") and end (" + e + ") must satisfy 0 <= start <= end <= "
          + codePoints.count() + ", the text's length in code points");
      return Optional.empty();
    }
    Span span = new Span(codePoints.toUtf16(s), codePoints.toUtf16(e));
    if (exact.isPresent()) {
      String covered = text.substring(span.begin(), span.end());
      if (!covered.equals(exact.get())) {
        problems.add(quote.field("exact").orElse(quote), "exact " + Messages.excerpt(exact.get())
            + " is not the text at code points [" + s + ", " + e + "), "
            + Messages.excerpt(covered));
        return Optional.empty();
      }
      if (prefix.isPresent() && !text.startsWith(prefix.get(), span.begin() - prefix.get().length())) {
        problems.add(quote.field("prefix").get(), "prefix " + Messages.excerpt(prefix.get())
            + " is not the text right before code point " + s);
        return Optional.empty();
      }
      if (suffix.isPresent() && !text.startsWith(suffix.get(), span.end())) {
        problems.add(quote.field("suffix").get(), "suffix " + Messages.excerpt(suffix.get())
            + " is not the text right after code point " + e);
        return Optional.empty();
      }
    }
    return Optional.of(span);
  }

  /** Finds the one place where prefix + exact + suffix occur in the text. */
  private Optional<Span> search(Value quote, String exact, String prefix, String suffix) {
    List<Integer> found = new ArrayList<>();
    for (int i = text.indexOf(exact); i >= 0; i = text.indexOf(exact, i + 1)) {
      if (text.startsWith(prefix, i - prefix.length())
          && text.startsWith(suffix, i + exact.length())) {
        found.add(i);
      }
    }
    String what = "exact " + Messages.excerpt(exact)
        + (prefix.isEmpty() ? "" : " after prefix " + Messages.excerpt(prefix))
        + (suffix.isEmpty() ? "" : " before suffix " + Messages.excerpt(suffix));
    if (found.isEmpty()) {
      problems.add(quote, what + " does not occur in the text of article " + articleId);
      return Optional.empty();
    }
    if (found.size() > 1) {
      problems.add(quote, what + " is ambiguous: it occurs " + found.size() + " times, at code points "
          + found.stream().limit(POSITIONS_SHOWN).map(i -> Integer.toString(codePoints.toCodePoint(i)))
              .collect(Collectors.joining(", ")) + (found.size() > POSITIONS_SHOWN ? ", …" : "")
          + "; expected a longer prefix or suffix, or a TextPositionSelector");
      return Optional.empty();
    }
    int begin = found.get(0);
    return Optional.of(new Span(begin, begin + exact.length()));
  }
}
