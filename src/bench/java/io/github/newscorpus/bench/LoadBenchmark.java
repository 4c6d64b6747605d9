package io.github.newscorpus.bench;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import io.github.newscorpus.Corpus;
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
 * Times loading the bundled corpus's bytes into memory: newscorpus (JSON to a checked model), on
 * the corpus as the writer lays it out and on the same corpus with every object's keys sorted
 * (compact, as Jackson writes it), each against the floor for its own bytes (a bare Jackson token
 * scan) and Jackson's tree of them; beside them, the peers that check nothing: Jackson databind
 * into plain records, and UIMA deserialising the same annotations into a CAS, from XMI and from
 * binary compressed form 6.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class LoadBenchmark {

  /** The name the bytes are read under: its extension picks the corpus JSON layout. */
  private static final String NAME = "bundled.json";

  private final JsonFactory factory = new JsonFactory();
  private final ObjectMapper mapper = new ObjectMapper();
  private final ObjectReader records = DatabindRecords.READER;
  private byte[] json;
  private byte[] sortedKeys;
  private byte[] xmi;
  private byte[] form6;
  private CAS cas;

  /** Returns the bundled corpus's bytes, as the writer laid them out. */
  static byte[] bundledJson() throws IOException {
    try (InputStream in = Corpus.class.getResourceAsStream("/io/github/newscorpus/corpus/newscorpus.json")) {
      return in.readAllBytes();
    }
  }

  @Setup
  public void setUp() throws IOException {
    json = bundledJson();
    sortedKeys = Reordered.sortedKeys(json);
    CAS story = UimaCas.of(Corpus.bundled().articles().get(0));
    xmi = UimaCas.xmi(story);
    form6 = UimaCas.binaryForm6(story);
    cas = UimaCas.emptyCas();
  }

  @Benchmark
  public Object newscorpus() throws IOException {
    return Corpus.reader().read(new ByteArrayInputStream(json), NAME).articles();
  }

  /** The same corpus with every object's keys sorted, compact: valid, not the writer's order. */
  @Benchmark
  public Object newscorpusSortedKeys() throws IOException {
    return Corpus.reader().read(new ByteArrayInputStream(sortedKeys), NAME).articles();
  }

  @Benchmark
  public int jacksonTokenScan() throws IOException {
    return scan(json);
  }

  @Benchmark
  public int jacksonTokenScanSortedKeys() throws IOException {
    return scan(sortedKeys);
  }

  private int scan(byte[] bytes) throws IOException {
    int tokens = 0;
    try (JsonParser p = factory.createParser(bytes)) {
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
  public Object jacksonTreeSortedKeys() throws IOException {
    return mapper.readTree(sortedKeys);
  }

  @Benchmark
  public Object jacksonDatabind() throws IOException {
    return records.readValue(json);
  }

  @Benchmark
  public Object uimaXmi() {
    UimaCas.readXmi(xmi, cas);
    return cas;
  }

  @Benchmark
  public Object uimaBinaryForm6() {
    UimaCas.readBinary(form6, cas);
    return cas;
  }
}
