package io.github.newscorpus.bench;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Rewrites a corpus JSON file with every object's keys sorted, as {@code json.dump(...,
 * sort_keys=True)} or {@code jq -S} would write it: still valid, but not in the order the writer
 * writes (an article's {@code text} comes after its {@code paragraphs}, {@code mentions} and
 * {@code quotes}, a mention's {@code id} after its offsets), the cost of which the load
 * benchmark shows beside the writer's order. Jackson writes it compact, on one line.
 */
public final class Reordered {

  /** Writes characters outside the BMP as UTF-8, not as escapes, as the library's writer does. */
  private static final ObjectMapper MAPPER = new ObjectMapper(JsonFactory.builder()
      .enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8)
      .build());

  private Reordered() {}

  /** Returns {@code json} with the keys of every object, at any depth, in sorted order. */
  public static byte[] sortedKeys(byte[] json) throws IOException {
    JsonNode sorted = sorted(MAPPER.readTree(json));
    ByteArrayOutputStream out = new ByteArrayOutputStream(json.length);
    try (JsonGenerator g = MAPPER.createGenerator(out)) {
      MAPPER.writeTree(g, sorted);
    }
    return out.toByteArray();
  }

  private static JsonNode sorted(JsonNode node) {
    if (node.isObject()) {
      List<Map.Entry<String, JsonNode>> fields = new ArrayList<>(node.properties());
      // Keys compared as String: by UTF-16 unit, which is code-point order for the format's
      // (ASCII) keys, as Python and jq sort them.
      fields.sort(Map.Entry.comparingByKey());
      ObjectNode copy = MAPPER.createObjectNode();
      for (Map.Entry<String, JsonNode> f : fields) {
        copy.set(f.getKey(), sorted(f.getValue()));
      }
      return copy;
    }
    if (node.isArray()) {
      ArrayNode copy = MAPPER.createArrayNode();
      for (JsonNode item : node) {
        copy.add(sorted(item));
      }
      return copy;
    }
    return node;
  }
}
