package io.github.newscorpus.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.newscorpus.model.Article;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Tests {@link CorpusJsonCursor} on small.json (see {@link CorpusJsonTest}) and on two-article
 * variants of it; places were counted by hand.
 */
class CorpusJsonCursorTest {

  /** The one article object of small.json, as it appears there (lines 4 to 30). */
  private static final String ARTICLE = CorpusJsonTest.small().substring(
      CorpusJsonTest.small().indexOf("    {\n      \"id\": \"wave\""),
      CorpusJsonTest.small().lastIndexOf("\n  ]"));

  private final List<Article> delivered = new ArrayList<>();

  private CorpusJsonCursor cursor(String json) throws IOException {
    return new CorpusJsonCursor(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)),
        new Problems("c.json"), new ArticleIds(), Limits.DEFAULTS);
  }

  /** Returns small.json with a second article, {@code wave2}, whose text is {@code text2}. */
  private static String twoArticles(String secondArticle) {
    return CorpusJsonTest.small().replace(ARTICLE, ARTICLE + ",\n" + secondArticle);
  }

  @Test
  void deliversOneArticlePerAdvanceThenChecksTheEnd() throws IOException {
    String json = twoArticles(ARTICLE.replace("\"id\": \"wave\"", "\"id\": \"wave2\""));
    try (CorpusJsonCursor cursor = cursor(json)) {
      assertTrue(cursor.advance(delivered::add));
      assertEquals(List.of("wave"), ids());
      assertTrue(cursor.advance(delivered::add));
      assertEquals(List.of("wave", "wave2"), ids());
      assertFalse(cursor.advance(delivered::add));
      assertFalse(cursor.advance(delivered::add), "stays at the end");
      assertEquals(List.of(), cursor.problems().list());
    }
  }

  @Test
  void aBadArticleIsReportedAfterTheGoodOnesBeforeIt() throws IOException {
    // the second article starts on line 31; its first mention (line 50) has a shifted text
    String json = twoArticles(ARTICLE.replace("\"id\": \"wave\"", "\"id\": \"wave2\"")
        .replace("\"begin\": 0, \"end\": 3, \"text\": \"Ann\", \"entity\"",
            "\"begin\": 0, \"end\": 3, \"text\": \"Anx\", \"entity\""));
    try (CorpusJsonCursor cursor = cursor(json)) {
      assertTrue(cursor.advance(delivered::add));
      assertEquals(List.of(), cursor.problems().list());
      assertTrue(cursor.advance(delivered::add));
      assertEquals(List.of("wave"), ids());
      assertEquals(List.of("c.json:51:52: /articles/1/mentions/0/text: text \"Anx\" does not match "
          + "the text at [0, 3), which is \"Ann\""), cursor.problems().list());
    }
  }

  @Test
  void readsArticlesThatComeBeforeTheFormat() throws IOException {
    String json = "{\"articles\": [\n" + ARTICLE + "\n], \"format\": \"newscorpus/1\"}";
    try (CorpusJsonCursor cursor = cursor(json)) {
      assertTrue(cursor.advance(delivered::add));
      assertFalse(cursor.advance(delivered::add));
      assertEquals(List.of("wave"), ids());
      assertEquals(List.of(), cursor.problems().list());
    }
  }

  @Test
  void anUnknownFormatAfterTheArticlesIsReportedAtTheEnd() throws IOException {
    String json = "{\"articles\": [\n" + ARTICLE + "\n], \"format\": \"newscorpus/9\"}";
    try (CorpusJsonCursor cursor = cursor(json)) {
      assertTrue(cursor.advance(delivered::add));
      assertFalse(cursor.advance(delivered::add));
      assertEquals(List.of("wave"), ids());
      // line 29 is `], "format": "newscorpus/9"}`
      assertEquals(List.of("c.json:29:14: /format: unsupported format \"newscorpus/9\"; this version "
          + "reads \"newscorpus/1\""), cursor.problems().list());
    }
  }

  @Test
  void anUnknownFormatFirstStopsBeforeTheArticles() throws IOException {
    String json = "{\"format\": \"newscorpus/2\", \"articles\": [{\"id\": 5}]}";
    try (CorpusJsonCursor cursor = cursor(json)) {
      assertFalse(cursor.advance(delivered::add));
      assertEquals(List.of("c.json:1:12: /format: unsupported format \"newscorpus/2\"; this version "
          + "reads \"newscorpus/1\""), cursor.problems().list());
    }
  }

  @Test
  void reportsEveryProblemOfTheCorpusObject() throws IOException {
    String json = "{\"format\": \"newscorpus/1\", \"colour\": {\"a\": [1]},\n"
        + " \"format\": 2, \"articles\": 3}";
    try (CorpusJsonCursor cursor = cursor(json)) {
      assertFalse(cursor.advance(delivered::add));
      assertEquals(List.of(
          "c.json:1:38: /colour: unknown field \"colour\"; expected one of [articles, format]",
          "c.json:2:2: /format: duplicate field \"format\"; each field may appear once",
          "c.json:2:27: /articles: expected an array, found number"),
          cursor.problems().list());
    }
  }

  @Test
  void reportsMissingFieldsAtTheCorpusObject() throws IOException {
    try (CorpusJsonCursor cursor = cursor("\n  {}")) {
      assertFalse(cursor.advance(delivered::add));
      assertEquals(List.of("c.json:2:3: missing required field \"format\"",
          "c.json:2:3: missing required field \"articles\""), cursor.problems().list());
    }
  }

  @Test
  void aFormatThatIsNotAStringStops() throws IOException {
    try (CorpusJsonCursor cursor = cursor("{\"format\": 1, \"articles\": [{}]}")) {
      assertFalse(cursor.advance(delivered::add));
      assertEquals(List.of("c.json:1:12: /format: expected a string, found number 1"),
          cursor.problems().list());
    }
  }

  private List<String> ids() {
    return delivered.stream().map(Article::id).toList();
  }
}
