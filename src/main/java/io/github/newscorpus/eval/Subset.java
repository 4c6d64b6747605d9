package io.github.newscorpus.eval;

import io.github.newscorpus.model.Article;
import io.github.newscorpus.model.Paragraph;
import io.github.newscorpus.model.ParagraphKind;
import io.github.newscorpus.model.QuoteKind;
import io.github.newscorpus.model.Span;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Selects which gold and predicted entity mentions and quotes are scored: those in paragraphs of
 * some kinds, and quotes of some kinds. {@link #ALL} scores everything.
 *
 * <p>An item (a mention, or any segment of a quote) that overlaps a paragraph of a kind left out
 * is not scored, on either side; an item outside every paragraph is. With quote kinds, a gold
 * quote of another kind is not scored, nor is a prediction matched to it, nor an unmatched
 * prediction that gives another kind; an unmatched prediction that gives no kind is spurious.
 *
 * <pre>{@code
 * Evaluation.of(story).within(Subset.paragraphs(ParagraphKind.BODY).quoteKinds(QuoteKind.DIRECT))
 * }</pre>
 *
 * @param paragraphKinds the kinds of paragraph whose items are scored, in declaration order
 * @param quoteKinds the kinds of quote scored, in declaration order
 */
public record Subset(Set<ParagraphKind> paragraphKinds, Set<QuoteKind> quoteKinds) {

  /** Scores every item. */
  public static final Subset ALL = new Subset(EnumSet.allOf(ParagraphKind.class),
      EnumSet.allOf(QuoteKind.class));

  /** Copies the sets; checks that neither is null or empty. */
  public Subset {
    paragraphKinds = Collections.unmodifiableSet(EnumSet.copyOf(nonEmpty(paragraphKinds, "paragraphKinds")));
    quoteKinds = Collections.unmodifiableSet(EnumSet.copyOf(nonEmpty(quoteKinds, "quoteKinds")));
  }

  /** Returns the subset of the items in paragraphs of the given kinds, quotes of every kind. */
  public static Subset paragraphs(ParagraphKind first, ParagraphKind... more) {
    return new Subset(EnumSet.of(first, more), EnumSet.allOf(QuoteKind.class));
  }

  /** Returns this subset restricted to quotes of the given kinds. */
  public Subset quoteKinds(QuoteKind first, QuoteKind... more) {
    return new Subset(paragraphKinds, EnumSet.of(first, more));
  }

  /** Returns whether spans that lie in the article are in this subset's paragraphs. */
  boolean inParagraphs(Article article, List<Span> spans) {
    if (paragraphKinds.size() == ParagraphKind.values().length) {
      return true;
    }
    for (Span s : spans) {
      for (Paragraph p : article.paragraphs().overlapping(s)) {
        if (!paragraphKinds.contains(p.kind())) {
          return false;
        }
      }
    }
    return true;
  }

  private static <T> Set<T> nonEmpty(Set<T> set, String name) {
    Objects.requireNonNull(set, name + " must not be null");
    if (set.isEmpty()) {
      throw new IllegalArgumentException(name + " must not be empty; Subset.ALL scores everything");
    }
    return set;
  }
}
