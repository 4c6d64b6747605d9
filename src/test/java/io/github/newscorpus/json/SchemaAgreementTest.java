package io.github.newscorpus.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.github.newscorpus.Corpus;
import io.github.newscorpus.CorpusFormatException;
import io.github.newscorpus.FormatProblem;
import io.github.newscorpus.json.SchemaMutations.Document;
import io.github.newscorpus.json.SchemaMutations.Verdict;
import io.github.newscorpus.model.Article;
import io.github.newscorpus.model.EntityType;
import io.github.newscorpus.model.MentionKind;
import io.github.newscorpus.model.ParagraphKind;
import io.github.newscorpus.model.QuoteKind;
import io.github.newscorpus.model.Span;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;

/**
 * Checks that the JSON Schema {@code corpus/newscorpus-1.schema.json} and the reader agree: on
 * every document {@link SchemaMutations} makes, a change the schema can express is accepted by
 * both or refused by both, and a change that breaks only a {@link ReaderOnlyRule} passes the schema
 * and is refused by the reader. The schema is read in its declared dialect, 2020-12, and
 * documents are parsed with exact decimals, as the dialect compares numbers by value.
 * Disagreements are written to {@code target/schema-agreement/disagreements.txt}.
 */
class SchemaAgreementTest {

  private static final long SEED = 14;
  private static final int PAIRS = 400;
  private static final Path SCHEMA = Path.of("corpus/newscorpus-1.schema.json");
  private static final ObjectMapper MAPPER = new ObjectMapper()
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
  private static final JsonSchema VALIDATOR = validator();

  private static JsonSchema validator() {
    try (InputStream in = Files.newInputStream(SCHEMA)) {
      return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Set<ValidationMessage> validate(String json) throws IOException {
    return VALIDATOR.validate(MAPPER.readTree(json));
  }

  /** Returns the reader's problems with {@code json}, none when it reads. */
  private static List<FormatProblem> read(byte[] json) throws IOException {
    try {
      Corpus.reader().read(new ByteArrayInputStream(json), "doc.json");
      return List.of();
    } catch (CorpusFormatException e) {
      return e.problems();
    }
  }

  private static String corpus(String article) {
    return "{\"format\": \"newscorpus/1\", \"articles\": [" + article + "]}";
  }

  @Test
  void schemaAndReaderAgreeOnEveryGeneratedDocument() throws IOException {
    List<Document> documents = SchemaMutations.documents(SEED, PAIRS);
    List<String> disagreements = new ArrayList<>();
    EnumSet<ReaderOnlyRule> broken = EnumSet.noneOf(ReaderOnlyRule.class);
    int[] verdicts = new int[Verdict.values().length];
    for (Document d : documents) {
      Set<ValidationMessage> schema = VALIDATOR.validate(MAPPER.readTree(d.json()));
      List<FormatProblem> reader = read(d.json());
      Verdict found = schema.isEmpty() && reader.isEmpty() ? Verdict.ACCEPT
          : !schema.isEmpty() && !reader.isEmpty() ? Verdict.REFUSE
          : schema.isEmpty() ? Verdict.READER_ONLY : null;
      verdicts[d.expect().verdict().ordinal()]++;
      if (found != d.expect().verdict()) {
        disagreements.add(d.name() + ": expected " + d.expect() + ", found "
            + (found == null ? "schema refuses, reader accepts" : found) + "\n  schema: " + schema
            + "\n  reader: " + reader + "\n  " + new String(d.json(), StandardCharsets.UTF_8));
      } else if (d.expect().rule() != null) {
        broken.add(d.expect().rule());
      }
    }
    Path report = Path.of("target/schema-agreement/disagreements.txt");
    Files.createDirectories(report.getParent());
    Files.writeString(report, documents.size() + " documents (" + verdicts[0] + " accept, "
        + verdicts[1] + " refuse, " + verdicts[2] + " reader-only), " + disagreements.size()
        + " disagreements\n" + String.join("\n", disagreements) + "\n");
    assertEquals(List.of(), disagreements.subList(0, Math.min(5, disagreements.size())),
        disagreements.size() + " of " + documents.size() + " documents; all in " + report);
    // the generator reaches every reader-only rule but the size limits, and every verdict
    assertEquals(EnumSet.complementOf(EnumSet.of(ReaderOnlyRule.SIZE_LIMITS)), broken);
    assertTrue(Arrays.stream(verdicts).allMatch(n -> n >= 100), Arrays.toString(verdicts));
  }

  @Test
  void baseDocumentAndBundledCorpusPassBoth() throws IOException {
    String base = MAPPER.writeValueAsString(SchemaMutations.base());
    assertEquals(Set.of(), validate(base));
    assertEquals(List.of(), read(base.getBytes(StandardCharsets.UTF_8)));
    byte[] bundled = Files.readAllBytes(Path.of("corpus/newscorpus.json"));
    assertEquals(Set.of(), VALIDATOR.validate(MAPPER.readTree(bundled)));
    assertEquals(List.of(), read(bundled));
  }

  @Test
  void schemaDescriptionListsEveryReaderOnlyRule() throws IOException {
    String description = MAPPER.readTree(SCHEMA.toFile()).get("description").asText();
    for (ReaderOnlyRule rule : ReaderOnlyRule.values()) {
      assertTrue(description.contains(rule.words()), rule + ": " + rule.words());
    }
  }

  @Test
  void schemaNonBlankPatternRefusesJustWhatTheReaderCallsBlank() throws IOException {
    // The pattern, as the validator runs it: found in a string, unanchored, with java.util.regex.
    Pattern nonBlank = Pattern.compile(MAPPER.readTree(SCHEMA.toFile())
        .at("/$defs/nonBlank/pattern").asText());
    List<String> differ = new ArrayList<>();
    for (int c = 0; c <= Character.MAX_CODE_POINT; c++) {
      String s = Character.toString(c);
      if (nonBlank.matcher(s).find() == s.isBlank()) {
        differ.add(String.format("U+%04X", c));
      }
    }
    assertEquals(List.of(), differ);
  }

  @Test
  void schemaEnumsAreTheModelsConstants() throws IOException {
    JsonNode article = MAPPER.readTree(SCHEMA.toFile()).at("/$defs/article/properties");
    assertEquals(names(ParagraphKind.values()), texts(article.at("/paragraphs/items/properties/kind/enum")));
    assertEquals(names(EntityType.values()), texts(article.at("/entities/items/properties/type/enum")));
    assertEquals(names(MentionKind.values()), texts(article.at("/mentions/items/properties/kind/enum")));
    assertEquals(names(QuoteKind.values()), texts(article.at("/quotes/items/properties/kind/enum")));
  }

  private static List<String> names(Enum<?>[] constants) {
    return Arrays.stream(constants).map(Enum::name).toList();
  }

  private static List<String> texts(JsonNode array) {
    return StreamSupport.stream(array.spliterator(), false).map(JsonNode::asText).toList();
  }

  // The cases of issue 14, each once in the schema's words and once in the reader's.

  @Test
  void anOffsetWrittenWithAZeroFractionIsThatOffsetToBoth() throws IOException {
    String json = Small.broken("\"begin\": 23, \"end\": 26, \"text\": \"Bob\", \"entity\"",
        "\"begin\": 23.0, \"end\": 2.6e1, \"text\": \"Bob\", \"entity\"");
    assertEquals(Set.of(), validate(json));
    Article read = Small.articles(json).get(0);
    assertEquals(new Span(24, 27), read.mentions().get(1).span()); // after 👋, two UTF-16 units
    assertEquals(Small.wave(), read);
  }

  @Test
  void anOffsetWithAFractionIsRefusedByBoth() throws IOException {
    String json = Small.broken("\"begin\": 23, \"end\": 26, \"text\": \"Bob\", \"entity\"",
        "\"begin\": 23, \"end\": 26.5, \"text\": \"Bob\", \"entity\"");
    assertEquals(List.of("$.articles[0].mentions[1].end"), locations(validate(json)));
    assertEquals(List.of("small.json:25:42: /articles/0/mentions/1/end: expected a non-negative "
        + "integer offset, found number 26.5"), Layouts.read(json.getBytes(StandardCharsets.UTF_8),
        "small.json").messages());
  }

  @Test
  void aBlankAliasIsRefusedByBoth() throws IOException {
    String json = Small.broken("\"aliases\": [\"Ann\"]", "\"aliases\": [\"Ann\", \" \"]");
    assertEquals(List.of("$.articles[0].entities[0].aliases[1]"), locations(validate(json)));
    assertEquals(List.of("alias must not be blank, got \" \""), messages(json));
  }

  @Test
  void aBlankFactValueIsRefusedByBoth() throws IOException {
    String json = Small.broken("\"value\": \"Test Press\"", "\"value\": \"\\u3000\"");
    assertEquals(List.of("$.articles[0].metadata.publisher.value"), locations(validate(json)));
    assertEquals(List.of("value must not be blank, got \"\u3000\""), messages(json));
  }

  @Test
  void aBlankInferenceReasonIsRefusedByBoth() throws IOException {
    String json = Small.broken("\"inferred\": \"made up for a test\"", "\"inferred\": \"\\t \"");
    assertEquals(List.of("$.articles[0].metadata.publisher.inferred"), locations(validate(json)));
    assertEquals(List.of("inference must not be blank, got \"\t \""), messages(json));
  }

  @Test
  void aLoneSurrogatePassesTheSchemaAndNotTheReader() throws IOException {
    String json = corpus("{\"id\": \"a\", \"text\": \"x\\ud800\"}");
    assertEquals(Set.of(), validate(json));
    CorpusFormatException e = assertThrows(CorpusFormatException.class,
        () -> Corpus.reader().read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)),
            "doc.json"));
    assertTrue(e.problems().get(0).message().startsWith("strings must be well-formed Unicode"),
        e.getMessage());
  }

  private static List<String> locations(Set<ValidationMessage> errors) {
    return errors.stream().map(m -> m.getInstanceLocation().toString()).distinct().sorted()
        .toList();
  }

  private static List<String> messages(String json) throws IOException {
    return read(json.getBytes(StandardCharsets.UTF_8)).stream().map(FormatProblem::message)
        .toList();
  }
}
