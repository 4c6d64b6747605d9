package io.github.newscorpus.eval;

import io.github.newscorpus.internal.Show;
import io.github.newscorpus.model.Article;
import io.github.newscorpus.model.EntityType;
import io.github.newscorpus.model.Mention;
import io.github.newscorpus.model.MentionKind;
import io.github.newscorpus.model.Quote;
import io.github.newscorpus.model.Sentence;
import io.github.newscorpus.model.Span;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Holds a system's predictions for one text: entity mentions, quotes, sentences and tokens, any
 * of them possibly empty. Spans are UTF-16 indices into the text.
 *
 * <pre>{@code
 * Annotations predicted = Annotations.of(story.text())
 *     .mention(2196, 2214, "PERSON")
 *     .quote(PredictedQuote.of(7562, 7713).speaker(7716, 7718).cue(7719, 7723))
 *     .build();
 * }</pre>
 *
 * <p>Immutable; the builder is not thread-safe.
 *
 * @param text the text the spans index into
 * @param mentions the predicted mentions, in document order
 * @param quotes the predicted quotes, in document order
 * @param sentences the predicted sentences, in document order
 * @param tokens the predicted tokens, in document order
 */
public record Annotations(String text, List<PredictedMention> mentions, List<PredictedQuote> quotes,
    List<Span> sentences, List<Span> tokens) {

  /** Checks that every span lies inside the text and sorts each list into document order. */
  public Annotations {
    Objects.requireNonNull(text, "text must not be null");
    mentions = sorted(mentions, PredictedMention::span, text);
    quotes = sorted(quotes, q -> new Span(q.segments().get(0).begin(),
        q.segments().get(q.segments().size() - 1).end()), text);
    sentences = sorted(sentences, s -> s, text);
    tokens = sorted(tokens, s -> s, text);
    for (PredictedQuote q : quotes) {
      q.speaker().ifPresent(s -> inside(s, text));
      q.cue().ifPresent(s -> inside(s, text));
    }
  }

  /** Returns a builder of predictions for {@code text}, which the spans will index into. */
  public static Builder of(String text) {
    return new Builder(text);
  }

  /**
   * Returns the predictions an article holds: its name mentions typed by their entity, its quotes
   * with their speaker mentions and cues, and its sentences. Use it to score a system's output
   * written as a newscorpus JSON file with any subset of layers.
   */
  public static Annotations from(Article article) {
    Builder b = of(article.text());
    for (Mention m : article.mentions()) {
      if (m.kind() == MentionKind.NAME) {
        b.mentions.add(new PredictedMention(m.span(), m.entity().type()));
      }
    }
    for (Quote q : article.quotes()) {
      b.quotes.add(new PredictedQuote(q.segments(), Optional.of(q.kind()),
          q.speakerMention().map(Mention::span), q.cue()));
    }
    article.sentences().stream().map(Sentence::span).forEach(b.sentences::add);
    return b.build();
  }

  /**
   * Returns the type a label names in {@link LabelMap#DEFAULT}: a {@link EntityType} name, or a
   * CoNLL-2003 or OntoNotes 5 label such as {@code PER} or {@code GPE}, in any case.
   *
   * @throws IllegalArgumentException naming the accepted labels when it names none, or saying
   *     that it has no counterpart (such as {@code MISC} or {@code DATE})
   */
  public static EntityType type(String label) {
    return LabelMap.DEFAULT.type(label).orElseThrow(() -> new IllegalArgumentException(
        "entity label \"" + label + "\" has no counterpart among " + Arrays.toString(EntityType.values())));
  }

  /**
   * Returns the text's length and the number of each kind of prediction, never the text, such as
   * {@code Annotations[10487 chars, 196 mentions, 18 quotes, 70 sentences, 0 tokens]}.
   */
  @Override
  public String toString() {
    return "Annotations[" + Show.count(text.length(), "char") + ", "
        + Show.count(mentions.size(), "mention") + ", " + Show.count(quotes.size(), "quote") + ", "
        + Show.count(sentences.size(), "sentence") + ", " + Show.count(tokens.size(), "token") + "]";
  }

  private static <T> List<T> sorted(List<T> items, Function<T, Span> span, String text) {
    List<T> copy = new ArrayList<>(items);
    copy.forEach(item -> inside(span.apply(Objects.requireNonNull(item, "item must not be null")), text));
    copy.sort(Comparator.comparing(span));
    return List.copyOf(copy);
  }

  /**
   * Checks that a span lies inside a text, for every score that takes spans.
   *
   * @throws IllegalArgumentException naming the span and the text's length
   */
  static void inside(Span s, String text) {
    if (s.end() > text.length()) {
      throw new IllegalArgumentException("span " + s + " must lie inside the text (length "
          + text.length() + ")");
    }
  }

  /** Collects predictions; {@link #build()} checks and sorts them. Not thread-safe. */
  public static final class Builder {
    private final String text;
    private final List<PredictedMention> mentions = new ArrayList<>();
    private final List<PredictedQuote> quotes = new ArrayList<>();
    private final List<Span> sentences = new ArrayList<>();
    private final List<Span> tokens = new ArrayList<>();
    private LabelMap labels = LabelMap.DEFAULT;

    private Builder(String text) {
      this.text = Objects.requireNonNull(text, "text must not be null");
    }

    /**
     * Adds a mention at {@code [begin, end)} whose type {@code label} names in the builder's
     * {@link #labels(LabelMap) label map} ({@link LabelMap#DEFAULT} unless told otherwise); adds
     * nothing when the label has no counterpart (such as {@code MISC}), which is left out of
     * scoring.
     *
     * @throws IllegalArgumentException when the span is empty or the map does not know the label
     */
    public Builder mention(int begin, int end, String label) {
      Span span = nonEmpty(begin, end, "mention");
      labels.type(label).ifPresent(type -> mentions.add(new PredictedMention(span, type)));
      return this;
    }

    /**
     * Adds a mention at {@code [begin, end)} of {@code type}.
     *
     * @throws IllegalArgumentException when the span is empty
     */
    public Builder mention(int begin, int end, EntityType type) {
      mentions.add(new PredictedMention(nonEmpty(begin, end, "mention"),
          Objects.requireNonNull(type, "type must not be null")));
      return this;
    }

    /** Reads the labels of the mentions added after this call with {@code map}. */
    public Builder labels(LabelMap map) {
      labels = Objects.requireNonNull(map, "map must not be null");
      return this;
    }

    /** Adds a quote. */
    public Builder quote(PredictedQuote quote) {
      quotes.add(Objects.requireNonNull(quote, "quote must not be null"));
      return this;
    }

    /** Adds a sentence at {@code [begin, end)}. */
    public Builder sentence(int begin, int end) {
      sentences.add(new Span(begin, end));
      return this;
    }

    /** Adds a token at {@code [begin, end)}, which must not be empty. */
    public Builder token(int begin, int end) {
      tokens.add(nonEmpty(begin, end, "token"));
      return this;
    }

    private static Span nonEmpty(int begin, int end, String what) {
      Span s = new Span(begin, end);
      if (s.isEmpty()) {
        throw new IllegalArgumentException("a predicted " + what + " must cover some text; " + s
            + " is empty");
      }
      return s;
    }

    /**
     * Returns the predictions, each list sorted into document order.
     *
     * @throws IllegalArgumentException when a span lies outside the text
     */
    public Annotations build() {
      return new Annotations(text, mentions, quotes, sentences, tokens);
    }
  }
}
