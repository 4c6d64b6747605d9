package io.github.newscorpus.bench;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import io.github.newscorpus.Corpus;
import io.github.newscorpus.model.Article;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Times streaming a generated JSON Lines corpus of N articles with {@link Corpus#stream}, against
 * the floor: a bare Jackson token scan of the same file.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ScaleBenchmark {

  @Param({"1000", "10000"})
  public int articles;

  private final JsonFactory factory = new JsonFactory();
  private Path file;

  @Setup
  public void setUp() throws IOException {
    file = GeneratedCorpora.jsonLines(articles);
  }

  @Benchmark
  public long newscorpusStream() throws IOException {
    try (Stream<Article> stream = Corpus.stream(file)) {
      return stream.mapToLong(a -> a.mentions().size()).sum();
    }
  }

  @Benchmark
  public long jacksonTokenScan() throws IOException {
    long tokens = 0;
    try (JsonParser p = factory.createParser(file.toFile())) {
      while (p.nextToken() != null) {
        tokens++;
      }
    }
    return tokens;
  }
}
