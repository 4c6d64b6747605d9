package io.github.newscorpus.baseline;

import io.github.newscorpus.Corpus;
import io.github.newscorpus.eval.EntityScore;
import io.github.newscorpus.eval.Evaluation;
import io.github.newscorpus.eval.QuoteOverlap;
import io.github.newscorpus.eval.QuoteScore;
import io.github.newscorpus.eval.Scheme;
import io.github.newscorpus.model.Article;
import java.util.List;

/**
 * Prints the two baselines' scores on the bundled article, as the Markdown table in the README:
 * {@code mvn -q test-compile exec:java@baselines}.
 */
public final class Baselines {

  private Baselines() {}

  /** Returns the table. */
  static String table(Article story) {
    Evaluation gold = Evaluation.of(story);
    EntityScore entities = gold.entities(CapitalisedRunTagger.tag(story.text()));
    StringBuilder s = new StringBuilder("| system | scheme | precision | recall | F1 |\n| --- | --- | --- | --- | --- |\n");
    for (Scheme scheme : Scheme.values()) {
      var r = entities.ratios(scheme);
      s.append(String.format("| capitalised-run tagger, entities | %s | %.3f | %.3f | %.3f |%n",
          scheme, r.precision(), r.recall(), r.f1()));
    }
    for (QuoteOverlap threshold : List.of(QuoteOverlap.LENIENT, QuoteOverlap.STRICT)) {
      QuoteScore q = gold.quotes(QuoteMarkBaseline.extract(story.text()), threshold);
      var r = q.ratios();
      s.append(String.format("| quotation-mark extractor, quotes | overlap ≥ %.1f | %.3f | %.3f | %.3f |%n",
          threshold.minimum(), r.precision(), r.recall(), r.f1()));
    }
    QuoteScore q = gold.quotes(QuoteMarkBaseline.extract(story.text()), QuoteOverlap.LENIENT);
    s.append(String.format("%nAt overlap ≥ 0.3, of the %d matched quotes: speaker %s, cue %s, kind %s.%n",
        q.matched(), q.speaker(), q.cue(), q.kind()));
    return s.toString();
  }

  /** Prints the table for the bundled article. */
  public static void main(String[] args) {
    System.out.print(table(Corpus.bundled().articles().get(0)));
  }
}
