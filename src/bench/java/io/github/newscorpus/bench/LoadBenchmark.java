package io.github.newscorpus.bench;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.newscorpus.Corpus;
import io.github.newscorpus.json.CorpusJson;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.TimeUnit;
import org.apache.uima.cas.CAS;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Times loading the bundled corpus's bytes into memory: newscorpus (JSON to a checked model, on
 * the direct path, and on the checking path with the same JSON in another order) against the
 * floor (a bare Jackson token scan of the same bytes), Jackson's tree, and UIMA deserialising the
 * same annotations from XMI into a CAS.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class LoadBenchmark {

  private final JsonFactory factory = new JsonFactory();
  private final ObjectMapper mapper = new ObjectMapper();
  private byte[] json;
  private byte[] textLast;
  private byte[] xmi;
  private CAS cas;

  @Setup
  public void setUp() throws IOException {
    try (InputStream in = Corpus.class.getResourceAsStream("/io/github/newscorpus/corpus/newscorpus.json")) {
      json = in.readAllBytes();
    }
    textLast = Reordered.textLast(json);
    xmi = UimaCas.xmi(UimaCas.of(Corpus.bundled().articles().get(0)));
    cas = UimaCas.emptyCas();
  }

  @Benchmark
  public Object newscorpus() throws IOException {
    return CorpusJson.read(new ByteArrayInputStream(json), "bundled").articles();
  }

  /** The same corpus with each article's text last: valid, read on the checking path. */
  @Benchmark
  public Object newscorpusCheckingPath() throws IOException {
    return CorpusJson.read(new ByteArrayInputStream(textLast), "text last").articles();
  }

  @Benchmark
  public int jacksonTokenScan() throws IOException {
    int tokens = 0;
    try (JsonParser p = factory.createParser(json)) {
      while (p.nextToken() != null) {
        tokens++;
      }
    }
    return tokens;
  }

  @Benchmark
  public Object jacksonTree() throws IOException {
    return mapper.readTree(json);
  }

  @Benchmark
  public Object uimaXmi() {
    UimaCas.readXmi(xmi, cas);
    return cas;
  }
}
