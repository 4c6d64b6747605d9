package com.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.json.PackageVersion;
import io.github.newscorpus.Corpus;
import io.github.newscorpus.model.Article;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs newscorpus with jackson-core 2.18.4, declared first. That version joins a lone surrogate
 * with the next character when it writes characters beyond U+FFFF as raw UTF-8, so newscorpus
 * writes such characters as escapes there: the text must come back as it was.
 */
class WithJackson218Test {

  @TempDir
  Path dir;

  @Test
  void writesALoneSurrogateAndAnEmojiSoThatTheyReadBack() throws IOException {
    assertEquals("2.18.4", PackageVersion.VERSION.toString());
    // "x", a lone high surrogate, " Ann ", then 👋 (U+1F44B): Ann is at code points 3 to 6
    Article a = Corpus.reader().readArticle("{\"id\":\"a\",\"text\":\"x\\ud800 Ann \\ud83d\\udc4b\","
        + "\"sentences\":[{\"begin\":3,\"end\":6,\"text\":\"Ann\"}]}");
    assertEquals("x\ud800 Ann \ud83d\udc4b", a.text());
    Path file = dir.resolve("a.jsonl");
    Corpus.of(List.of(a)).write(file);
    String written = Files.readString(file, StandardCharsets.UTF_8);
    assertTrue(written.contains("\"text\":\"x\\uD800 Ann \\uD83D\\uDC4B\""), written);
    assertEquals(List.of(a), Corpus.read(file).articles());
  }

  @Test
  void everyPartThatFormatsTextWorks() throws IOException {
    NeighbourChecks.everyMessagePath(dir);
  }
}
