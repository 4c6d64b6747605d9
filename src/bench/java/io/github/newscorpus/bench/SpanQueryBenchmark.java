package io.github.newscorpus.bench;

import io.github.newscorpus.Corpus;
import io.github.newscorpus.model.Article;
import io.github.newscorpus.model.Mention;
import io.github.newscorpus.model.Paragraph;
import io.github.newscorpus.model.Quote;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.uima.cas.CAS;
import org.apache.uima.cas.Type;
import org.apache.uima.cas.text.AnnotationFS;
import org.apache.uima.fit.util.CasUtil;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Times span queries over the bundled article in newscorpus and, on a CAS holding identical spans,
 * in uimaFIT: the mentions each paragraph covers, the sentence covering each mention, and the
 * mentions each quote overlaps. UimaEquivalenceTest checks both give the same answers.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class SpanQueryBenchmark {

  private Article story;
  private CAS cas;
  private Type paragraph;
  private Type sentence;
  private Type mention;
  private List<AnnotationFS> casParagraphs;
  private List<AnnotationFS> casMentions;
  private List<AnnotationFS> casQuotes;

  @Setup
  public void setUp() {
    story = Corpus.bundled().articles().get(0);
    cas = UimaCas.of(story);
    paragraph = cas.getTypeSystem().getType(UimaCas.PARAGRAPH);
    sentence = cas.getTypeSystem().getType(UimaCas.SENTENCE);
    mention = cas.getTypeSystem().getType(UimaCas.MENTION);
    casParagraphs = UimaCas.select(cas, UimaCas.PARAGRAPH);
    casMentions = UimaCas.select(cas, UimaCas.MENTION);
    casQuotes = UimaCas.select(cas, UimaCas.QUOTE);
    // warm the lazily built indexes of both sides once, outside the timings
    newscorpusCovered();
    newscorpusCovering();
  }

  @Benchmark
  public int newscorpusCovered() {
    int n = 0;
    for (Paragraph p : story.paragraphs()) {
      n += story.mentions().coveredBy(p).size();
    }
    return n;
  }

  @Benchmark
  public int uimafitSelectCovered() {
    int n = 0;
    for (AnnotationFS p : casParagraphs) {
      n += CasUtil.selectCovered(cas, mention, p).size();
    }
    return n;
  }

  @Benchmark
  public int uimafitIndexCovered() {
    int n = 0;
    Map<AnnotationFS, List<AnnotationFS>> index = CasUtil.indexCovered(cas, paragraph, mention);
    for (AnnotationFS p : casParagraphs) {
      n += index.get(p).size();
    }
    return n;
  }

  @Benchmark
  public int newscorpusCovering() {
    int n = 0;
    for (Mention m : story.mentions()) {
      n += story.sentences().covering(m).size();
    }
    return n;
  }

  @Benchmark
  public int uimafitSelectCovering() {
    int n = 0;
    for (AnnotationFS m : casMentions) {
      n += CasUtil.selectCovering(cas, sentence, m).size();
    }
    return n;
  }

  @Benchmark
  public int newscorpusOverlapping() {
    int n = 0;
    for (Quote q : story.quotes()) {
      n += story.mentions().overlapping(q).size();
    }
    return n;
  }

  @Benchmark
  public int uimafitSelectOverlapping() {
    int n = 0;
    for (AnnotationFS q : casQuotes) {
      n += CasUtil.selectOverlapping(cas, mention, q).size();
    }
    return n;
  }
}
