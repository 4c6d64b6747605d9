package io.github.newscorpus.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.newscorpus.Corpus;
import io.github.newscorpus.CorpusFormatException;
import io.github.newscorpus.FormatProblem;
import io.github.newscorpus.ReadLimits;
import io.github.newscorpus.model.Article;
import io.github.newscorpus.model.Entity;
import io.github.newscorpus.model.EntityType;
import io.github.newscorpus.model.Mention;
import io.github.newscorpus.model.MentionKind;
import io.github.newscorpus.model.Quote;
import io.github.newscorpus.model.Span;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WebAnnotationTest {

  private static final Article STORY = Corpus.bundled().articles().get(0);
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final W3cTestSuite ANNOTATION_MUSTS =
      W3cTestSuite.load("annotations/annotationMusts.test");
  private static final W3cTestSuite COLLECTION_MUSTS =
      W3cTestSuite.load("collections/collectionMusts.test");
  private static final W3cTestSuite PAGE_MUSTS = W3cTestSuite.load("collections/pages/pageMusts.test");

  static String json(Article a) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    WebAnnotation.write(a, out);
    return out.toString(StandardCharsets.UTF_8);
  }

  private static Article read(String json) throws IOException {
    return read(STORY, json, ReadLimits.defaults());
  }

  private static Article read(Article over, String json, ReadLimits limits) throws IOException {
    return WebAnnotation.read(over, new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)),
        "in.jsonld", limits);
  }

  private static List<FormatProblem> problems(String json) {
    return assertThrows(CorpusFormatException.class, () -> read(json)).problems();
  }

  @Test
  void bundledArticleMatchesItsGoldenFile() throws IOException {
    Golden.assertMatches("000_4e41f4d9df3989c8.webanno.json", json(STORY));
  }

  /**
   * Checks the golden file by the W3C rules, independently of the writer: every
   * TextPositionSelector's code-point range holds its TextQuoteSelector's exact text, with the
   * prefix right before and the suffix right after.
   */
  @Test
  void everySelectorPairAgreesWithTheText() throws IOException {
    int[] text = STORY.text().codePoints().toArray();
    JsonNode collection = MAPPER.readTree(Golden.read("000_4e41f4d9df3989c8.webanno.json"));
    assertEquals("http://www.w3.org/ns/anno.jsonld", collection.get("@context").asText());
    JsonNode items = collection.get("first").get("items");
    assertEquals(233 + 18, items.size());
    assertEquals(233 + 18, collection.get("total").asInt());
    int checked = 0;
    for (JsonNode annotation : items) {
      for (JsonNode selectors : annotation.findValues("selector")) {
        JsonNode position = selectors.get(0);
        JsonNode quote = selectors.get(1);
        int start = position.get("start").asInt();
        int end = position.get("end").asInt();
        assertEquals(quote.get("exact").asText(), new String(text, start, end - start));
        String prefix = quote.get("prefix").asText();
        String suffix = quote.get("suffix").asText();
        int p = prefix.codePointCount(0, prefix.length());
        int s = suffix.codePointCount(0, suffix.length());
        assertEquals(prefix, new String(text, start - p, p));
        assertEquals(suffix, new String(text, end, s));
        checked++;
      }
    }
    // a selector pair per mention, per quote segment (23) and per cue (17)
    assertEquals(233 + 23 + 17, checked);
  }

  /**
   * Runs the W3C test suite's MUST assertions: the collection with its embedded page
   * (collectionMusts and pageMusts), the page taken out of it (pageMusts), and each of the 251
   * annotations taken out of the page (annotationMusts).
   */
  @Test
  void collectionPageAndEveryAnnotationPassTheW3cMusts() throws IOException {
    JsonNode collection = MAPPER.readTree(json(STORY));
    assertPasses(COLLECTION_MUSTS, collection, 10);
    assertPasses(PAGE_MUSTS, collection, 15);
    JsonNode page = collection.get("first");
    assertPasses(PAGE_MUSTS, page, 15);
    assertEquals(collection.get("last"), page.get("id"));
    assertEquals(collection.get("id"), page.get("partOf").get("id"));
    assertEquals(251, page.get("partOf").get("total").asInt());
    assertEquals(0, page.get("startIndex").asInt());
    assertEquals(251, page.get("items").size());
    for (JsonNode annotation : page.get("items")) {
      assertPasses(ANNOTATION_MUSTS, annotation, 54);
    }
  }

  @Test
  void theForeignFixturesPassTheW3cMustsToo() throws IOException {
    JsonNode page = MAPPER.readTree(Golden.read("foreign-page.jsonld"));
    assertPasses(PAGE_MUSTS, page, 15);
    for (JsonNode annotation : MAPPER.readTree(Golden.read("foreign-captions.jsonld"))) {
      assertPasses(ANNOTATION_MUSTS, annotation, 54);
    }
  }

  private static void assertPasses(W3cTestSuite suite, JsonNode value, int assertions) {
    List<W3cTestSuite.Outcome> outcomes = suite.run(value);
    assertEquals(assertions, outcomes.size());
    assertEquals(List.of(), outcomes.stream().filter(o -> o.failed() || o.skipped()).toList());
  }

  /**
   * The shape written before: a page without id, partOf and startIndex, a collection without
   * last, annotations without their own @context. The suite must fail it, naming the rules.
   */
  @Test
  void theSuiteFailsTheShapeWrittenBefore() throws IOException {
    ObjectNode collection = (ObjectNode) MAPPER.readTree(json(Samples.emoji()));
    collection.remove("last");
    ObjectNode page = (ObjectNode) collection.get("first");
    page.remove(List.of("@context", "id", "partOf", "startIndex"));
    ObjectNode annotation = (ObjectNode) page.get("items").get(0);
    annotation.remove("@context");
    assertEquals(List.of("collections/pages/5.2-pageIdValidated.json"),
        PAGE_MUSTS.failures(collection).stream().map(W3cTestSuite.Outcome::assertion).toList());
    assertEquals(List.of("annotations/3.1-annotationContextValidated.json"),
        ANNOTATION_MUSTS.failures(annotation).stream().map(W3cTestSuite.Outcome::assertion).toList());
    assertTrue(COLLECTION_MUSTS.failures(collection).isEmpty(), "last is a SHOULD, not a MUST");
  }

  @Test
  void anArticleWithoutAnnotationsIsACollectionOfNoPages() throws IOException {
    Article empty = Article.builder("empty", "Nothing here.").build();
    JsonNode collection = MAPPER.readTree(json(empty));
    assertEquals(0, collection.get("total").asInt());
    assertFalse(collection.has("first"));
    assertFalse(collection.has("last"));
    assertPasses(COLLECTION_MUSTS, collection, 10);
    assertEquals(empty, read(empty, json(empty), ReadLimits.defaults()));
  }

  @Test
  void readGivesBackTheWholeBundledArticle() throws IOException {
    Article back = read(json(STORY));
    assertEquals(STORY.mentions(), back.mentions());
    assertEquals(STORY.quotes(), back.quotes());
    assertEquals(STORY, back);
  }

  @Test
  void readGivesBackCharactersOutsideTheBmp(@TempDir Path dir) throws IOException {
    Article emoji = Samples.emoji();
    Path file = dir.resolve("emoji.jsonld");
    WebAnnotation.write(emoji, file);
    assertEquals(emoji, WebAnnotation.read(emoji, file));
  }

  /** Ann is not one of the bare article's entities: her id, name and type come from the bodies. */
  @Test
  void anEntityTheArticleLacksIsMadeFromTheBodies() throws IOException {
    Article bare = Article.builder("emoji", Samples.TEXT).build();
    Article read = read(bare, json(Samples.emoji()), ReadLimits.defaults());
    Entity ann = Entity.of("e-ann", "Ann", EntityType.PERSON);
    assertEquals(List.of(ann), read.entities());
    assertEquals(List.of(new Mention("m1", new Span(3, 6), "Ann", ann, MentionKind.NAME),
        new Mention("m2", new Span(26, 29), "Ann", ann, MentionKind.NAME)), read.mentions());
    assertEquals(Optional.of(read.mentions().get(0)), read.quotes().get(0).speakerMention());
  }

  /** Worked from the article text: each quote selector occurs once with its prefix and suffix. */
  @Test
  void aForeignPageIsAnchoredByItsQuotes() throws IOException {
    Article read = read(Golden.read("foreign-page.jsonld"));
    String text = STORY.text();
    int videgaray = text.indexOf("foreign affairs.\n\nVidegaray later said") + 18;
    int jornada = text.indexOf("La Jornada blared");
    assertEquals(List.of(
            new Mention("m2", new Span(jornada, jornada + 10), "La Jornada",
                STORY.expectEntity("e-la-jornada"), MentionKind.NAME),
            new Mention("m1", new Span(videgaray, videgaray + 9), "Videgaray",
                STORY.expectEntity("e-videgaray"), MentionKind.NAME)),
        read.mentions());
    // the gold quote q3 is this one: the same segment, cue, speaker and speaker mention's span
    Quote gold = STORY.quotes().stream().filter(q -> q.id().equals("q3")).findFirst().orElseThrow();
    Quote quote = read.quotes().get(0);
    assertEquals("q1", quote.id());
    assertEquals(gold.kind(), quote.kind());
    assertEquals(gold.segments(), quote.segments());
    assertEquals(gold.text(), quote.text());
    assertEquals(gold.cue(), quote.cue());
    assertEquals(gold.speaker(), quote.speaker());
    assertEquals(gold.speakerMention().get().span(), quote.speakerMention().get().span());
    assertEquals(Set.copyOf(STORY.entities()), Set.copyOf(read.entities()));
  }

  /**
   * The article repeats its photo caption: "Secretary of State Rex Tillerson leaves Germany…" is
   * lines 3 and 4. The headline (67 characters) and a blank line come first, so the first caption
   * starts at 69 and its "Rex Tillerson" at 69 + 19 = 88; the caption is 137 characters, so the
   * second starts at 69 + 137 + 1 = 207 and its "Rex Tillerson" at 226. Only the second follows
   * "City on Wednesday.\n" (the first caption's end).
   */
  @Test
  void anAmbiguousQuoteIsReportedWithEveryPlace() throws IOException {
    List<FormatProblem> problems = assertThrows(CorpusFormatException.class,
        () -> read(Golden.read("foreign-captions.jsonld"))).problems();
    assertEquals(1, problems.size());
    FormatProblem p = problems.get(0);
    assertEquals("/0/target/selector", p.pointer());
    assertEquals(13, p.line()); // the first annotation's "selector"
    assertEquals("exact \"Rex Tillerson\" after prefix \"Secretary of State \" before suffix "
        + "\" leaves Germany\" is ambiguous: it occurs 2 times, at code points 88, 226; expected a "
        + "longer prefix or suffix, or a TextPositionSelector", p.message());
  }

  @Test
  void aLongerPrefixPicksTheSecondCaption() throws IOException {
    String json = Golden.read("foreign-captions.jsonld");
    String second = "[" + json.substring(json.indexOf("},\n  {") + 3);
    Article read = read(second);
    assertEquals(List.of(new Mention("m1", new Span(226, 239), "Rex Tillerson",
        STORY.expectEntity("Rex Tillerson"), MentionKind.NAME)), read.mentions());
  }

  /** The places are counted by hand in the text block (its lines start at its indentation). */
  @Test
  void everyProblemIsReportedWithItsPlaceAndNothingIsReturned() {
    String json = """
        {"@context": "http://www.w3.org/ns/anno.jsonld", "type": "AnnotationPage", "items": [
          {"type": "Annotation", "body": {"type": "TextualBody", "purpose": "classifying", "value": "NAME"}},
          {"type": "Annotation", "body": [
            {"type": "TextualBody", "purpose": "classifying", "value": "NAME"},
            {"type": "TextualBody", "purpose": "tagging", "value": "ROBOT"}],
           "target": {"selector": {"type": "TextQuoteSelector", "exact": "Cardin", "suffix": " voiced"}}},
          {"type": "Annotation", "body": [
            {"type": "TextualBody", "purpose": "classifying", "value": "NAME"},
            {"type": "TextualBody", "purpose": "describing", "value": "Cardin"}],
           "target": {"source": "urn:newscorpus:another", "selector": {"type": "TextPositionSelector", "start": 0, "end": 5}}},
          {"type": "Annotation", "body": [
            {"type": "TextualBody", "purpose": "classifying", "value": "NAME"},
            {"type": "TextualBody", "purpose": "describing", "value": "Trump"}],
           "target": {"selector": [{"type": "TextPositionSelector", "start": 1, "end": 6},
            {"type": "TextQuoteSelector", "exact": "Trump"}]}}
        ]}
        """;
    List<String> found = new ArrayList<>();
    for (FormatProblem p : problems(json)) {
      found.add(p.line() + ":" + p.column() + " " + p.pointer() + ": " + p.message());
    }
    assertEquals(List.of(
        "2:3 /items/0: expected a \"target\"",
        "5:60 /items/1/body/1/value: tagging body \"ROBOT\" names no entity type; expected one of "
            + "PERSON, ORGANIZATION, LOCATION, NORP, LAW, MEDIA, BRAND, UNNAMED_SOURCE",
        "10:25 /items/2/target/source: source \"urn:newscorpus:another\" is not this article's "
            + "text (urn:newscorpus:000_4e41f4d9df3989c8)",
        // the headline starts "Trump’s": code points [1, 6) are "rump’"
        "15:44 /items/3/target/selector/1/exact: exact \"Trump\" is not the text at code points "
            + "[1, 6), \"rump’\""), found);
  }

  @Test
  void aSyntaxErrorIsPlacedByLineAndColumn() {
    List<FormatProblem> problems = problems("{\"@context\": \"x\",\n  \"items\": [1,, 2]}");
    assertEquals(1, problems.size());
    assertEquals(2, problems.get(0).line());
    assertEquals(15, problems.get(0).column());
    assertTrue(problems.get(0).message().startsWith("Unexpected character (','"),
        problems.get(0).message());
    assertTrue(problems.get(0).message().endsWith("; reading stopped here"));
  }

  @Test
  void aFieldNamedTwiceIsAProblem() {
    List<FormatProblem> problems =
        problems("{\"@context\": \"http://www.w3.org/ns/anno.jsonld\", \"type\": \"AnnotationPage\","
            + " \"items\": [], \"items\": []}");
    // "items" the second time starts at column 89: 1 + 10 + 2 + 34 + 2 + 6 + 2 + 16 + 2 + 7 + 2 + 2 + 2 + 1
    assertEquals(List.of("in.jsonld:1:89: /items: field \"items\" appears more than once; "
        + "expected each field once"), problems.stream().map(FormatProblem::toString).toList());
  }

  @Test
  void theLimitsStopTheRead() throws IOException {
    String json = json(Samples.emoji());
    CorpusFormatException annotations = assertThrows(CorpusFormatException.class,
        () -> read(Samples.emoji(), json, ReadLimits.defaults().withMaxAnnotations(2)));
    assertEquals("/first/items/2: more than maxAnnotations (2) annotations; reading stopped here",
        pointerAndMessage(annotations));
    CorpusFormatException values = assertThrows(CorpusFormatException.class,
        () -> read(Samples.emoji(), json, ReadLimits.defaults().withMaxArticleValues(10)));
    assertTrue(pointerAndMessage(values).endsWith("the input holds more than maxArticleValues (10) "
        + "JSON values; reading stopped here"), pointerAndMessage(values));
    CorpusFormatException length = assertThrows(CorpusFormatException.class,
        () -> read(Samples.emoji(), json, ReadLimits.defaults().withMaxArticleLength(3)));
    // the 4th character is past the limit: "{", "\n", " ", " " — line 2, column 2
    assertEquals("in.jsonld:2:2: the input is longer than maxArticleLength (3) characters; "
        + "reading stopped here", length.problems().get(0).toString());
  }

  private static String pointerAndMessage(CorpusFormatException e) {
    assertEquals(1, e.problems().size());
    return e.problems().get(0).pointer() + ": " + e.problems().get(0).message();
  }

  @Test
  void charactersOutsideTheBmpCountOnce() throws IOException {
    JsonNode items = MAPPER.readTree(json(Samples.emoji())).get("first").get("items");
    // the first Ann is [3,6) in UTF-16, [2,5) in code points; the quote "hi 👋" [13,18) is [12,16)
    JsonNode ann = items.get(0).get("target").get("selector").get(0);
    assertEquals(2, ann.get("start").asInt());
    assertEquals(5, ann.get("end").asInt());
    JsonNode quote = items.get(2).get("target").get(0).get("selector");
    assertEquals(12, quote.get(0).get("start").asInt());
    assertEquals(16, quote.get(0).get("end").asInt());
    assertEquals("hi 👋", quote.get(1).get("exact").asText());
    assertEquals("🙂 Ann said “", quote.get(1).get("prefix").asText());
  }

  @Test
  void idsAreUrns() {
    assertEquals("urn:newscorpus:a+b:m1", WebAnnotation.urn("a b", "m1"));
  }
}
