package io.github.newscorpus.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.newscorpus.CorpusFormatException;
import io.github.newscorpus.model.Article;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Tests {@link DirectArticles}: articles read on the direct path until it is unsure, then on the
 * checking path from where it stopped, giving what {@link FileArticles} alone gives.
 */
class DirectArticlesTest {

  @TempDir
  Path dir;

  private static final String HEADER = "{\"format\":\"newscorpus/1\"}\n";

  /** The article line of small.jsonl with the id {@code id}. */
  private static String line(String id) throws IOException {
    try (InputStream in = DirectArticlesTest.class.getResourceAsStream("/json/small.jsonl")) {
      String lines = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return lines.substring(HEADER.length()).replace("\"id\":\"wave\"", "\"id\":\"" + id + "\"");
    }
  }

  private static List<String> ids(DirectArticles articles) {
    List<String> ids = new ArrayList<>();
    while (articles.tryAdvance(a -> ids.add(a.id()))) {
      // collecting
    }
    return ids;
  }

  private DirectArticles articles(Path... files) throws IOException {
    return new DirectArticles(dir, List.of(files), CorpusFormatException::new, Limits.DEFAULTS);
  }

  private List<Article> checked(Path... files) throws IOException {
    List<Article> articles = new ArrayList<>();
    try (FileArticles checking = new FileArticles(dir, List.of(files), CorpusFormatException::new,
        Limits.DEFAULTS)) {
      while (checking.tryAdvance(articles::add)) {
        // collecting
      }
    }
    return articles;
  }

  @Test
  void readsFileAfterFile() throws IOException {
    Path a = Files.writeString(dir.resolve("a.jsonl"), HEADER + line("a1") + line("a2"));
    Path b = Files.writeString(dir.resolve("b.jsonl"), HEADER + line("b1"));
    try (DirectArticles articles = articles(a, b)) {
      assertEquals(List.of("a1", "a2", "b1"), ids(articles));
    }
  }

  /**
   * The second article has its text last: valid, but not in the writer's order, so the direct
   * path is unsure there and the checking path goes on from it, past the one delivered.
   */
  @Test
  void handsOverToTheCheckingPathWithoutRepeatingOrLosingAnArticle() throws IOException {
    String second = line("a2");
    String text = second.substring(second.indexOf(",\"text\":"), second.indexOf(",\"metadata\""));
    String textLast = second.replace(text, "").replace("]}\n", "]" + text + "}\n");
    Path a = Files.writeString(dir.resolve("a.jsonl"), HEADER + line("a1") + textLast + line("a3"));
    Path b = Files.writeString(dir.resolve("b.jsonl"), HEADER + line("b1"));
    byte[] bytes = Files.readAllBytes(a);
    assertEquals(Optional.empty(), DirectReads.read(bytes, bytes.length, true, Limits.DEFAULTS),
        "the direct path must be unsure of a.jsonl");
    List<Article> streamed = new ArrayList<>();
    try (DirectArticles articles = articles(a, b)) {
      while (articles.tryAdvance(streamed::add)) {
        // collecting
      }
    }
    assertEquals(List.of("a1", "a2", "a3", "b1"), streamed.stream().map(Article::id).toList());
    assertEquals(checked(a, b), streamed);
  }

  @Test
  void failsAtTheSameArticleAndWithTheSameProblemsAsTheCheckingPath() throws IOException {
    Path a = Files.writeString(dir.resolve("a.jsonl"),
        HEADER + line("a1") + line("a2").replace("\"text\":\"Bob\"", "\"text\":\"Rob\""));
    List<String> ids = new ArrayList<>();
    UncheckedIOException e;
    try (DirectArticles articles = articles(a)) {
      e = assertThrows(UncheckedIOException.class, () -> {
        while (articles.tryAdvance(article -> ids.add(article.id()))) {
          // collecting
        }
      });
    }
    assertEquals(List.of("a1"), ids);
    CorpusFormatException cause = assertInstanceOf(CorpusFormatException.class, e.getCause());
    CorpusFormatException checking = assertInstanceOf(CorpusFormatException.class,
        assertThrows(UncheckedIOException.class, () -> checked(a)).getCause());
    assertEquals(checking.problems(), cause.problems());
    assertEquals(2, cause.problems().size()); // the mention's and the contributor's "Bob"
    assertTrue(cause.problems().get(0).startsWith(a + ":3:"), cause.problems().get(0));
  }

  @Test
  void reportsAMissingFirstFileAtOnce() {
    assertThrows(NoSuchFileException.class, () -> articles(dir.resolve("missing.jsonl")));
  }

  @Test
  void neverSplitsAndEndsWhenClosed() throws IOException {
    Path a = Files.writeString(dir.resolve("a.jsonl"), HEADER + line("a1") + line("a2"));
    DirectArticles articles = articles(a);
    assertNull(articles.trySplit());
    List<Article> seen = new ArrayList<>();
    assertTrue(articles.tryAdvance(seen::add));
    articles.close();
    assertFalse(articles.tryAdvance(seen::add));
    assertEquals(1, seen.size());
  }
}
