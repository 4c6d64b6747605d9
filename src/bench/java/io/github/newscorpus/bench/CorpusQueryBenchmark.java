package io.github.newscorpus.bench;

import io.github.newscorpus.Corpus;
import io.github.newscorpus.model.Article;
import io.github.newscorpus.query.CorpusQueries;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Times a corpus-wide {@code quotesBy} through the corpus index against a scan of every article,
 * over a generated corpus of N articles held in memory.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class CorpusQueryBenchmark {

  /** A source the generator never renames, quoted in about a quarter of the articles. */
  static final String SPEAKER = "La Jornada";

  @Param({"1000", "10000"})
  public int articles;

  private Corpus corpus;
  private CorpusQueries queries;

  @Setup
  public void setUp() throws IOException {
    corpus = Corpus.read(GeneratedCorpora.jsonLines(articles));
    queries = CorpusQueries.of(corpus.articles()); // built once, outside the timings
    if (indexed() != scan()) {
      throw new IllegalStateException("the index and the scan disagree: " + indexed() + " vs " + scan());
    }
  }

  @Benchmark
  public int indexed() {
    return queries.quotesBy(SPEAKER).size();
  }

  @Benchmark
  public int scan() {
    int n = 0;
    for (Article a : corpus.articles()) {
      n += a.findEntity(SPEAKER).map(e -> a.quotesBy(e).size()).orElse(0);
    }
    return n;
  }
}
