package com.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.json.PackageVersion;
import io.github.newscorpus.Corpus;
import io.github.newscorpus.CorpusFormatException;
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
 * with the next character when it writes characters beyond U+FFFF as UTF-8; newscorpus refuses
 * lone surrogates, so what it writes reads back the same.
 */
class WithJackson218Test {

  @TempDir
  Path dir;

  @Test
  void writesAnEmojiAsUtf8AndReadsItBack() throws IOException {
    assertEquals("2.18.4", PackageVersion.VERSION.toString());
    // "Ann " then 👋 (U+1F44B), written in the input as an escaped pair
    Article a = Corpus.reader().readArticle("{\"id\":\"a\",\"text\":\"Ann \\ud83d\\udc4b\","
        + "\"sentences\":[{\"begin\":0,\"end\":3,\"text\":\"Ann\"}]}");
    assertEquals("Ann \ud83d\udc4b", a.text());
    Path file = dir.resolve("a.jsonl");
    Corpus.of(List.of(a)).write(file);
    String written = Files.readString(file, StandardCharsets.UTF_8);
    assertTrue(written.contains("\"text\":\"Ann 👋\""), written);
    assertEquals(List.of(a), Corpus.read(file).articles());
  }

  @Test
  void refusesALoneSurrogateSoNoneIsWritten() {
    // {"id":"a","text": is 17 characters: the text starts in column 18
    CorpusFormatException e = assertThrows(CorpusFormatException.class,
        () -> Corpus.reader().readArticle("{\"id\":\"a\",\"text\":\"x\\ud800 Ann\"}"));
    assertEquals("<string>:1:18: /text: strings must be well-formed Unicode; this one holds a "
        + "lone surrogate (\\uD800) at character 2", e.problems().get(0).toString());
  }

  @Test
  void everyPartThatFormatsTextWorks() throws IOException {
    NeighbourChecks.everyMessagePath(dir);
  }
}
