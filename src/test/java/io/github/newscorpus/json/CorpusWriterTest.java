package io.github.newscorpus.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.newscorpus.model.Article;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tests {@link CorpusWriter} with small.json's article (see {@link Small}). */
class CorpusWriterTest {

  private static final Article WAVE = Small.wave();

  @TempDir
  Path dir;

  private static String write(Iterator<Article> articles) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    CorpusWriter.lines(articles, out);
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void writesWhatItReadsByteForByte() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    CorpusWriter.json(Small.articles(Small.JSON), out);
    assertEquals(Small.JSON, out.toString(StandardCharsets.UTF_8));
  }
  @Test
  void writesAnEmptyCorpusWithItsFormat() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    CorpusWriter.json(List.of(), out);
    assertEquals("{\n  \"format\": \"newscorpus/1\",\n  \"articles\": []\n}\n",
        out.toString(StandardCharsets.UTF_8));
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
  void writesJsonLinesForAJsonlNameAndCorpusJsonOtherwise() throws IOException {
    List<Article> articles = Small.articles(Small.JSON);
    CorpusWriter.write(articles, dir.resolve("c.jsonl"));
    CorpusWriter.write(articles, dir.resolve("c.json"));
    assertEquals(Small.LINES, Files.readString(dir.resolve("c.jsonl")));
    assertEquals(Small.JSON, Files.readString(dir.resolve("c.json")));
  }
  @Test
  void writesLinesOnlyToAJsonlFile() {
    Path file = dir.resolve("c.json");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> CorpusWriter.writeLines(Stream.of(), file));
    assertEquals("file " + file + " must be named *.jsonl: reading recognises JSON Lines by that "
        + "extension", e.getMessage());
  }
  @Test
  void aRepeatedIdLeavesThePreviousFileAsItWas() throws IOException {
    Path file = Files.writeString(dir.resolve("c.jsonl"), "old");
    Article wave = Small.articles(Small.JSON).get(0);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> CorpusWriter.writeLines(Stream.of(wave, wave), file));
    assertEquals("article id \"wave\" appears twice; ids must be unique in a corpus", e.getMessage());
    assertEquals("old", Files.readString(file));
    try (Stream<Path> files = Files.list(dir)) {
      assertEquals(List.of(file), files.toList());
    }
  }}
