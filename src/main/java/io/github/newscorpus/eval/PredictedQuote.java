package io.github.newscorpus.eval;

import io.github.newscorpus.model.QuoteKind;
import io.github.newscorpus.model.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Holds one quote a system found: its content segments, and optionally its kind, the span of its
 * speaker and the span of its cue.
 *
 * @param segments the content spans, at least one, in document order, not overlapping
 * @param kind the kind, if the system gives one
 * @param speaker the span naming the speaker ("Cardin", "he"), if the system gives one
 * @param cue the reporting verb's span, if the system gives one
 */
public record PredictedQuote(List<Span> segments, Optional<QuoteKind> kind, Optional<Span> speaker,
    Optional<Span> cue) {

  /** Checks every component and the segments' order. */
  public PredictedQuote {
    segments = List.copyOf(segments);
    if (segments.isEmpty()) {
      throw new IllegalArgumentException("a predicted quote needs at least one segment");
    }
    for (Span s : segments) {
      if (s.isEmpty()) {
        throw new IllegalArgumentException("a predicted quote segment must cover some text; " + s
            + " is empty");
      }
    }
    for (int i = 1; i < segments.size(); i++) {
      if (segments.get(i).begin() < segments.get(i - 1).end()) {
        throw new IllegalArgumentException("segment " + segments.get(i) + " must start after "
            + segments.get(i - 1) + " ends");
      }
    }
    Objects.requireNonNull(kind, "kind must not be null");
    Objects.requireNonNull(speaker, "speaker must not be null");
    Objects.requireNonNull(cue, "cue must not be null");
  }

  /** Returns a quote of one segment {@code [begin, end)} with no kind, speaker or cue. */
  public static PredictedQuote of(int begin, int end) {
    return new PredictedQuote(List.of(new Span(begin, end)), Optional.empty(), Optional.empty(),
        Optional.empty());
  }

  /** Returns a copy with a further segment {@code [begin, end)}, which must come after the others. */
  public PredictedQuote segment(int begin, int end) {
    List<Span> more = new ArrayList<>(segments);
    more.add(new Span(begin, end));
    return new PredictedQuote(more, kind, speaker, cue);
  }

  /** Returns a copy with the given kind. */
  public PredictedQuote kind(QuoteKind value) {
    return new PredictedQuote(segments, Optional.of(value), speaker, cue);
  }

  /** Returns a copy whose speaker is named at {@code [begin, end)}. */
  public PredictedQuote speaker(int begin, int end) {
    return new PredictedQuote(segments, kind, Optional.of(new Span(begin, end)), cue);
  }

  /** Returns a copy whose cue is at {@code [begin, end)}. */
  public PredictedQuote cue(int begin, int end) {
    return new PredictedQuote(segments, kind, speaker, Optional.of(new Span(begin, end)));
  }
}
