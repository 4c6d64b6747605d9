package io.github.newscorpus.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.newscorpus.Corpus;
import io.github.newscorpus.model.Article;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class WebAnnotationTest {

  private static final Article STORY = Corpus.bundled().articles().get(0);
  private static final ObjectMapper MAPPER = new ObjectMapper();

  static String json(Article a) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    WebAnnotation.write(a, out);
    return out.toString(StandardCharsets.UTF_8);
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
