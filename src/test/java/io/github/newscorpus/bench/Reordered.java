package io.github.newscorpus.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;

/**
 * Rewrites a corpus JSON file with each article's {@code text} field last: still valid, but not
 * in the order the writer writes, so that a read of it goes to the checking path (see the
 * {@code json} package), whose cost the load benchmark then shows beside the direct path's.
 */
public final class Reordered {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private Reordered() {}

  /** Returns {@code corpusJson} with each article's text moved after its other fields. */
  public static byte[] textLast(byte[] corpusJson) throws IOException {
    JsonNode corpus = MAPPER.readTree(corpusJson);
    for (JsonNode article : corpus.get("articles")) {
      ObjectNode fields = (ObjectNode) article;
      fields.set("text", fields.remove("text"));
    }
    return MAPPER.writeValueAsBytes(corpus);
  }
}
