package io.github.newscorpus.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.newscorpus.Corpus;
import io.github.newscorpus.model.Article;
import io.github.newscorpus.model.Mention;
import io.github.newscorpus.model.Paragraph;
import io.github.newscorpus.model.Quote;
import io.github.newscorpus.model.Span;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.uima.cas.CAS;
import org.apache.uima.cas.SerialFormat;
import org.apache.uima.cas.Type;
import org.apache.uima.cas.text.AnnotationFS;
import org.apache.uima.fit.util.CasUtil;
import org.junit.jupiter.api.Test;

/**
 * Checks that every operation the benchmarks time gives the same answer in newscorpus and in the
 * reference (UIMA, uimaFIT, Jackson), so that a fast wrong answer cannot win.
 */
class UimaEquivalenceTest {

  private static final Article STORY = Corpus.bundled().articles().get(0);

  static byte[] bundledJson() throws IOException {
    try (InputStream in = Corpus.class.getResourceAsStream("/io/github/newscorpus/corpus/newscorpus.json")) {
      return in.readAllBytes();
    }
  }

  private static CAS fromXmi() {
    CAS cas = UimaCas.emptyCas();
    UimaCas.readXmi(UimaCas.xmi(UimaCas.of(STORY)), cas);
    return cas;
  }

  private static List<Span> spans(List<AnnotationFS> list) {
    return list.stream().map(a -> new Span(a.getBegin(), a.getEnd())).toList();
  }

  private static List<Span> ours(List<? extends io.github.newscorpus.model.Annotation> list) {
    return list.stream().map(a -> a.span()).toList();
  }

  @Test
  void loadingGivesTheSameAnnotationsBothWays() throws IOException {
    Corpus read = Corpus.reader().read(new ByteArrayInputStream(bundledJson()), "bundled.json");
    assertEquals(STORY, read.articles().get(0));
    assertSameAnnotations(fromXmi());
  }

  /** The load benchmark's UIMA binary row: compressed form 6 into a reused CAS, reset each time. */
  @Test
  void binaryCasForm6RoundTripsToTheSameAnnotations() {
    byte[] binary = UimaCas.binaryForm6(UimaCas.of(STORY));
    CAS cas = UimaCas.emptyCas();
    for (int i = 0; i < 2; i++) {
      assertEquals(SerialFormat.COMPRESSED_FILTERED, UimaCas.readBinary(binary, cas));
      assertSameAnnotations(cas);
    }
  }

  private static void assertSameAnnotations(CAS cas) {
    assertEquals(STORY.text(), cas.getDocumentText());
    assertEquals(ours(STORY.paragraphs()), spans(UimaCas.select(cas, UimaCas.PARAGRAPH)));
    assertEquals(ours(STORY.sentences()), spans(UimaCas.select(cas, UimaCas.SENTENCE)));
    assertEquals(ours(STORY.tokens()), spans(UimaCas.select(cas, UimaCas.TOKEN)));
    assertEquals(ours(STORY.mentions()), spans(UimaCas.select(cas, UimaCas.MENTION)));
    assertEquals(ours(STORY.quotes()), spans(UimaCas.select(cas, UimaCas.QUOTE)));
  }

  /** The load benchmark's sorted-keys rows read the same corpus, every object's keys sorted. */
  @Test
  void loadingWithSortedKeysGivesTheSameArticles() throws IOException {
    byte[] sorted = Reordered.sortedKeys(bundledJson());
    JsonNode tree = new ObjectMapper().readTree(sorted);
    assertEquals(new ObjectMapper().readTree(bundledJson()), tree, "the same JSON value");
    assertKeysSorted(tree);
    assertEquals(List.of("entities", "id", "mentions", "metadata", "paragraphs", "quotes", "sentences",
        "text", "tokens"), names(tree.get("articles").get(0)));
    Corpus read = Corpus.reader().read(new ByteArrayInputStream(sorted), "sorted.json");
    assertEquals(List.of(STORY), read.articles());
  }

  private static void assertKeysSorted(JsonNode node) {
    if (node.isObject()) {
      List<String> names = names(node);
      assertEquals(names.stream().sorted().toList(), names);
    }
    node.forEach(UimaEquivalenceTest::assertKeysSorted);
  }

  private static List<String> names(JsonNode object) {
    return object.properties().stream().map(Map.Entry::getKey).toList();
  }

  /** The load benchmark's databind row reads the same annotations into plain records. */
  @Test
  void databindReadsTheSameAnnotationsIntoRecords() throws IOException {
    DatabindRecords.CorpusFile file = DatabindRecords.READER.readValue(bundledJson());
    assertEquals(1, file.articles().size());
    DatabindRecords.Article a = file.articles().get(0);
    assertEquals(STORY.id(), a.id());
    assertEquals(STORY.text(), a.text());
    assertEquals(STORY.paragraphs().stream().map(p -> p.text()).toList(),
        a.paragraphs().stream().map(p -> p.text()).toList());
    assertEquals(STORY.sentences().stream().map(x -> x.text()).toList(),
        a.sentences().stream().map(x -> x.text()).toList());
    assertEquals(STORY.tokens().stream().map(x -> x.text()).toList(),
        a.tokens().stream().map(x -> x.text()).toList());
    assertEquals(STORY.entities().stream().map(e -> e.id()).toList(),
        a.entities().stream().map(e -> e.id()).toList());
    assertEquals(STORY.mentions().stream().map(m -> m.text()).toList(),
        a.mentions().stream().map(m -> m.text()).toList());
    assertEquals(STORY.mentions().stream().map(m -> m.entity().id()).toList(),
        a.mentions().stream().map(m -> m.entity()).toList());
    assertEquals(STORY.quotes().stream().map(q -> q.id()).toList(),
        a.quotes().stream().map(q -> q.id()).toList());
    assertEquals(STORY.quotes().stream().map(q -> q.segments().size()).toList(),
        a.quotes().stream().map(q -> q.segments().size()).toList());
    assertEquals("Los Angeles Times", a.metadata().publisher().value());
  }

  @Test
  void mentionsCoveredByEachParagraphAgreeWithSelectCoveredAndIndexCovered() {
    CAS cas = fromXmi();
    Type mention = cas.getTypeSystem().getType(UimaCas.MENTION);
    Map<AnnotationFS, List<AnnotationFS>> index = CasUtil.indexCovered(cas,
        cas.getTypeSystem().getType(UimaCas.PARAGRAPH), mention);
    List<AnnotationFS> paragraphs = UimaCas.select(cas, UimaCas.PARAGRAPH);
    int total = 0;
    for (int i = 0; i < paragraphs.size(); i++) {
      Paragraph p = STORY.paragraphs().get(i);
      List<Span> expected = spans(CasUtil.selectCovered(cas, mention, paragraphs.get(i)));
      assertEquals(expected, ours(STORY.mentions().coveredBy(p)), p.text());
      assertEquals(expected, spans(index.get(paragraphs.get(i))), p.text());
      total += expected.size();
    }
    assertEquals(233, total);
  }

  @Test
  void sentenceCoveringEachMentionAgreesWithSelectCovering() {
    CAS cas = fromXmi();
    Type sentence = cas.getTypeSystem().getType(UimaCas.SENTENCE);
    List<AnnotationFS> mentions = UimaCas.select(cas, UimaCas.MENTION);
    for (int i = 0; i < mentions.size(); i++) {
      Mention m = STORY.mentions().get(i);
      assertEquals(spans(CasUtil.selectCovering(cas, sentence, mentions.get(i))), ours(STORY.sentences().covering(m)));
    }
  }

  @Test
  void mentionsOverlappingEachQuoteAgreeWithSelectOverlapping() {
    CAS cas = fromXmi();
    Type mention = cas.getTypeSystem().getType(UimaCas.MENTION);
    List<AnnotationFS> quotes = UimaCas.select(cas, UimaCas.QUOTE);
    List<Integer> counts = new ArrayList<>();
    for (int i = 0; i < quotes.size(); i++) {
      Quote q = STORY.quotes().get(i);
      List<Span> expected = spans(CasUtil.selectOverlapping(cas, mention, quotes.get(i)));
      assertEquals(expected, ours(STORY.mentions().overlapping(q)), q.id());
      counts.add(expected.size());
    }
    assertEquals(18, counts.size());
  }
}
