package io.github.newscorpus.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.newscorpus.model.Article;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tests {@link DirectReads}: whole inputs on the direct path, or empty when it is unsure. */
class DirectReadsTest {

  @TempDir
  Path dir;

  private static final String HEADER = "{\"format\":\"newscorpus/1\"}\n";

  private static String line(String id) throws IOException {
    try (InputStream in = DirectReadsTest.class.getResourceAsStream("/json/small.jsonl")) {
      String lines = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return lines.substring(HEADER.length()).replace("\"id\":\"wave\"", "\"id\":\"" + id + "\"");
    }
  }

  private static List<String> ids(Optional<List<Article>> articles) {
    return articles.orElseThrow().stream().map(Article::id).toList();
  }

  @Test
  void readsBytesOfEitherLayout() throws IOException {
    byte[] lines = (HEADER + line("a") + line("b")).getBytes(StandardCharsets.UTF_8);
    assertEquals(List.of("a", "b"), ids(DirectReads.read(lines, lines.length, Layout.JSON_LINES, Limits.DEFAULTS)));
    // only the first length bytes count: cut after the first article, the rest is ignored
    int cut = (HEADER + line("a")).getBytes(StandardCharsets.UTF_8).length;
    assertEquals(List.of("a"), ids(DirectReads.read(lines, cut, Layout.JSON_LINES, Limits.DEFAULTS)));
    assertEquals(Optional.empty(), DirectReads.read(lines, cut - 2, Layout.JSON_LINES, Limits.DEFAULTS));
  }

  @Test
  void readsFilesInOrderWithIdsUniqueAcrossThem() throws IOException {
    Path a = Files.writeString(dir.resolve("a.jsonl"), HEADER + line("a1") + line("a2"));
    Path b = Files.writeString(dir.resolve("b.jsonl"), HEADER + line("b1"));
    assertEquals(List.of("a1", "a2", "b1"), ids(DirectReads.read(dir, List.of(a, b), Limits.DEFAULTS)));
    Path again = Files.writeString(dir.resolve("c.jsonl"), HEADER + line("a2"));
    assertEquals(Optional.empty(), DirectReads.read(dir, List.of(a, b, again), Limits.DEFAULTS));
  }

  @Test
  void isUnsureOfAFileLongerThanTheLimitBeforeReadingIt() throws IOException {
    Path a = Files.writeString(dir.resolve("a.jsonl"), HEADER + line("a1"));
    Limits d = Limits.DEFAULTS;
    Limits exact = new Limits(Files.size(a), d.maxArticleLength(), d.maxStringLength(),
        d.maxNestingDepth(), d.maxArticles(), d.maxAnnotations(), d.maxArticleValues());
    Limits less = new Limits(Files.size(a) - 1, d.maxArticleLength(), d.maxStringLength(),
        d.maxNestingDepth(), d.maxArticles(), d.maxAnnotations(), d.maxArticleValues());
    assertEquals(List.of("a1"), ids(DirectReads.read(dir, List.of(a), exact)));
    assertEquals(Optional.empty(), DirectReads.read(dir, List.of(a), less));
  }
}
