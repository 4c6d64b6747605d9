package io.github.newscorpus.tools;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.github.newscorpus.Corpus;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Checks the checked-in bundled corpus: that it is exactly what the annotation sheets compile to,
 * that it passes the JSON Schema, and, without the library's reader, that every stored text equals
 * the text at its code-point offsets.
 */
class BuildBundledCorpusTest {

  private static final Path JSON = BuildBundledCorpus.CORPUS_FILE;
  private static final ObjectMapper MAPPER = new ObjectMapper();

  @TempDir
  Path dir;

  @Test
  void checkedInJsonIsWhatTheSheetsCompileTo() throws IOException {
    Path rebuilt = dir.resolve("newscorpus.json");
    BuildBundledCorpus.compile(Path.of("corpus")).write(rebuilt);
    assertEquals(Files.readString(JSON, StandardCharsets.UTF_8),
        Files.readString(rebuilt, StandardCharsets.UTF_8),
        "corpus/newscorpus.json is stale: run mvn -q test-compile exec:java@annotate");
  }

  @Test
  void jarResourceIsTheCheckedInFile() throws IOException {
    try (InputStream in = Corpus.class.getResourceAsStream("/io/github/newscorpus/corpus/newscorpus.json")) {
      assertArrayEquals(Files.readAllBytes(JSON), in.readAllBytes());
    }
  }

  @Test
  void passesTheJsonSchema() throws IOException {
    JsonSchema schema;
    try (InputStream in = Files.newInputStream(Path.of("corpus/newscorpus-1.schema.json"))) {
      schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
    }
    Set<ValidationMessage> errors = schema.validate(MAPPER.readTree(JSON.toFile()));
    assertEquals(Set.of(), errors);
  }

  @Test
  void schemaRejectsWhatTheFormatForbids() throws IOException {
    JsonSchema schema;
    try (InputStream in = Files.newInputStream(Path.of("corpus/newscorpus-1.schema.json"))) {
      schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
    }
    JsonNode bad = MAPPER.readTree("{\"format\": \"newscorpus/2\", \"articles\": [{\"id\": \"a\", "
        + "\"text\": \"x\", \"mentions\": [{\"id\": \"m\", \"begin\": -1, \"end\": 1, \"text\": \"x\", "
        + "\"entity\": \"e\", \"kind\": \"NAMED\"}]}]}");
    List<String> paths = schema.validate(bad).stream().map(m -> m.getInstanceLocation().toString())
        .sorted().toList();
    assertEquals(List.of("$.articles[0].mentions[0].begin", "$.articles[0].mentions[0].kind", "$.format"),
        paths);
  }

  /** Walks the raw JSON: every object with begin, end and text must cover exactly that text. */
  @Test
  void everyStoredTextEqualsTheTextAtItsCodePointOffsets() throws IOException {
    JsonNode corpus = MAPPER.readTree(JSON.toFile());
    int checked = 0;
    for (JsonNode article : corpus.get("articles")) {
      int[] codePoints = article.get("text").asText().codePoints().toArray();
      List<JsonNode> spans = new ArrayList<>();
      collectSpans(article, spans);
      for (JsonNode span : spans) {
        int begin = span.get("begin").asInt();
        int end = span.get("end").asInt();
        assertEquals(span.get("text").asText(), new String(codePoints, begin, end - begin), span.toString());
        checked++;
      }
    }
    // 54 paragraphs, 70 sentences, 1,891 tokens, 233 mentions, 18 quotes with 23 segments and
    // 17 cues, and 5 metadata evidence spans (published, 2 updates, contributor, credit)
    assertEquals(54 + 70 + 1_891 + 233 + 23 + 17 + 5, checked);
  }

  private static void collectSpans(JsonNode node, List<JsonNode> into) {
    if (node.isObject()) {
      if (node.has("begin") && node.has("end") && node.has("text")) {
        into.add(node);
      }
      for (Map.Entry<String, JsonNode> field : node.properties()) {
        collectSpans(field.getValue(), into);
      }
    } else if (node.isArray()) {
      node.forEach(child -> collectSpans(child, into));
    }
  }
}
