package io.github.newscorpus.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.newscorpus.model.Article;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Holds the small fixtures of the json tests: {@code json/small.json}, a two-line article with an
 * emoji (so code points, the file's offsets and columns, and UTF-16 indices differ after it) and
 * typographic quotes (three bytes each in UTF-8), and {@code json/small.jsonl}, the same article
 * as JSON Lines (the header, then the article on line 2).
 */
final class Small {

  /** small.json. */
  static final String JSON = resource("/json/small.json");
  /** small.jsonl. */
  static final String LINES = resource("/json/small.jsonl");
  /** The article line of small.jsonl, without its line break. */
  static final String ARTICLE_LINE = LINES.split("\n")[1];
  /** The header line of a JSON Lines file. */
  static final String HEADER = "{\"format\":\"newscorpus/1\"}";
  /** The one article object of small.json, as it appears there (lines 4 to 30). */
  static final String ARTICLE =
      JSON.substring(JSON.indexOf("    {\n      \"id\": \"wave\""), JSON.lastIndexOf("\n  ]"));

  private Small() {}

  private static String resource(String name) {
    try (InputStream in = Small.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Returns small.json with {@code from} replaced by {@code to}; {@code from} must occur once. */
  static String broken(String from, String to) {
    assertTrue(JSON.contains(from), "fixture must contain: " + from);
    assertEquals(JSON.indexOf(from), JSON.lastIndexOf(from), "fixture edit must be unique: " + from);
    return JSON.replace(from, to);
  }

  /** Returns the articles of a valid corpus JSON text. */
  static List<Article> articles(String json) {
    Layouts.Result result = Layouts.read(json.getBytes(StandardCharsets.UTF_8), "small.json");
    assertEquals(List.of(), result.messages());
    return result.articles();
  }

  /** Returns small.json's article. */
  static Article wave() {
    return articles(JSON).get(0);
  }
}
