package io.github.newscorpus.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.newscorpus.CorpusFormatException;
import io.github.newscorpus.model.Article;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileArticlesTest {

  @TempDir
  Path dir;

  /** Writes small.jsonl (one article, "wave") twice, the second with the id "wave2". */
  private List<Path> twoFiles() throws IOException {
    String jsonl;
    try (InputStream in = FileArticlesTest.class.getResourceAsStream("/json/small.jsonl")) {
      jsonl = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    Path a = Files.writeString(dir.resolve("a.jsonl"), jsonl);
    Path b = Files.writeString(dir.resolve("b.jsonl"), jsonl.replace("\"id\":\"wave\"", "\"id\":\"wave2\""));
    return List.of(a, b);
  }

  private FileArticles articles(List<Path> files) throws IOException {
    return new FileArticles(dir, files, (source, problems) -> new CorpusFormatException(source, problems),
        Limits.DEFAULTS);
  }

  @Test
  void readsFileAfterFile() throws IOException {
    List<String> ids = new ArrayList<>();
    try (FileArticles articles = articles(twoFiles())) {
      while (articles.tryAdvance(a -> ids.add(a.id()))) {
        // collecting
      }
    }
    assertEquals(List.of("wave", "wave2"), ids);
  }

  /** Regression: the default split buffered batches of articles, breaking one-at-a-time. */
  @Test
  void neverSplits() throws IOException {
    try (FileArticles articles = articles(twoFiles())) {
      assertNull(articles.trySplit());
    }
  }

  /** Regression: after close, advancing opened (and leaked) the next file. */
  @Test
  void closedMeansNoMoreArticles() throws IOException {
    FileArticles articles = articles(twoFiles());
    List<Article> seen = new ArrayList<>();
    assertTrue(articles.tryAdvance(seen::add));
    articles.close();
    assertFalse(articles.tryAdvance(seen::add));
    assertEquals(1, seen.size());
  }
}
