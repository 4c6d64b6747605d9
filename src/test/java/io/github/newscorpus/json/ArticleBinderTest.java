package io.github.newscorpus.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.newscorpus.Corpus;
import io.github.newscorpus.model.Article;
import io.github.newscorpus.testing.FuzzSeeds;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Tests {@link ArticleBinder}: every field of every object, in any order. */
class ArticleBinderTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  /** Returns {@code node} with the fields of every object in reverse order. */
  private static JsonNode reversed(JsonNode node) {
    if (node instanceof ObjectNode object) {
      List<Map.Entry<String, JsonNode>> fields = new ArrayList<>(object.properties());
      Collections.reverse(fields);
      ObjectNode copy = MAPPER.createObjectNode();
      fields.forEach(f -> copy.set(f.getKey(), reversed(f.getValue())));
      return copy;
    }
    if (node instanceof ArrayNode array) {
      ArrayNode copy = MAPPER.createArrayNode();
      array.forEach(item -> copy.add(reversed(item)));
      return copy;
    }
    return node;
  }

  /** The seeds use every field of the format, and texts with emoji, flags and accents. */
  @Test
  void readsEveryFieldOfEveryObjectInTheReverseOfTheWritersOrder() throws IOException {
    for (Corpus seed : FuzzSeeds.corpora()) {
      byte[] written = Layouts.json(seed.articles());
      byte[] backwards = MAPPER.writeValueAsBytes(reversed(MAPPER.readTree(written)));
      Layouts.Result result = Layouts.read(backwards, "backwards.json");
      assertEquals(List.of(), result.messages());
      assertEquals(seed.articles(), result.articles());
    }
  }

  @Test
  void readsTheBundledArticleWithItsTextLastAndFirst() throws IOException {
    Article story = Corpus.bundled().articles().get(0);
    ObjectNode corpus = (ObjectNode) MAPPER.readTree(Layouts.json(List.of(story)));
    ObjectNode article = (ObjectNode) corpus.get("articles").get(0);
    article.set("text", article.remove("text"));
    assertEquals(List.of(story), Layouts.read(MAPPER.writeValueAsBytes(corpus), "last.json").articles());
  }
}
