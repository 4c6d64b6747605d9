package io.github.newscorpus.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.newscorpus.model.Article;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonLinesTest {

  private static final Article WAVE = Small.wave();

  private static String write(Iterator<Article> articles) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    JsonLines.write(articles, out);
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void writesTheHeaderThenEachArticleCompactlyOnOneLine() throws IOException {
    // the article's text holds a line break, written as the escape \n
    assertEquals(Small.LINES, write(List.of(WAVE).iterator()));
  }

  @Test
  void writesTheHeaderAloneForNoArticles() throws IOException {
    assertEquals("{\"format\":\"newscorpus/1\"}\n", write(List.<Article>of().iterator()));
  }

  @Test
  void writesOneLinePerArticleInOrder() throws IOException {
    Article other = Article.builder("calm", "Nothing happened.").build();
    assertEquals("{\"format\":\"newscorpus/1\"}\n"
        + Small.ARTICLE_LINE + "\n"
        + "{\"id\":\"calm\",\"text\":\"Nothing happened.\"}\n",
        write(List.of(WAVE, other).iterator()));
  }

  @Test
  void refusesARepeatedId() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> write(List.of(WAVE, WAVE).iterator()));
    assertEquals("article id \"wave\" appears twice; ids must be unique in a corpus", e.getMessage());
  }

  @Test
  void recognisesJsonLinesByTheExtensionInAnyCase() {
    assertTrue(JsonLines.named(Path.of("data", "big.jsonl")));
    assertTrue(JsonLines.named(Path.of("BIG.JSONL")));
    assertFalse(JsonLines.named(Path.of("big.json")));
    assertFalse(JsonLines.named(Path.of("big.jsonl.tmp")));
    assertFalse(JsonLines.named(Path.of("/")));
  }
}
