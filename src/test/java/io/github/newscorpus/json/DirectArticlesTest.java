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
import java.util.Spliterator;
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
    assertEquals(Optional.empty(), DirectReads.read(bytes, bytes.length, Layout.JSON_LINES, Limits.DEFAULTS),
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

  /** Reads on both paths, each to its end or its failure: the ids read, then the problems. */
  private List<List<String>> bothPaths(Limits limits, Path file) throws IOException {
    List<List<String>> outcomes = new ArrayList<>();
    for (boolean direct : new boolean[] {true, false}) {
      List<String> ids = new ArrayList<>();
      List<String> problems = List.of();
      Spliterator<Article> articles = direct
          ? new DirectArticles(dir, List.of(file), CorpusFormatException::new, limits)
          : new FileArticles(dir, List.of(file), CorpusFormatException::new, limits);
      try {
        while (articles.tryAdvance(a -> ids.add(a.id()))) {
          // collecting
        }
      } catch (UncheckedIOException e) {
        problems = ((CorpusFormatException) e.getCause()).problems();
      }
      outcomes.add(ids);
      outcomes.add(problems);
    }
    return outcomes;
  }

  /**
   * Regression: the checking parser finds a file too long only as it fills its buffer, so the
   * direct path delivered articles (all of its first 8,000 bytes) that the checking path never
   * reaches. Four articles of about 1,050 bytes each, at most 1,500 characters: the checking path
   * gives the first, then the problem; so must the stream.
   */
  @Test
  void aFileTooLongFailsAfterTheSameArticles() throws IOException {
    Path a = Files.writeString(dir.resolve("a.jsonl"),
        HEADER + line("a1") + line("a2") + line("a3") + line("a4"));
    Limits d = Limits.DEFAULTS;
    Limits limits = new Limits(1_500, d.maxArticleLength(), d.maxStringLength(),
        d.maxNestingDepth(), d.maxArticles(), d.maxAnnotations(), d.maxArticleValues());
    List<List<String>> outcomes = bothPaths(limits, a);
    assertEquals(List.of("a1"), outcomes.get(2), "the checking path");
    assertEquals(outcomes.get(2), outcomes.get(0), "the stream");
    assertEquals(outcomes.get(3), outcomes.get(1));
    assertTrue(outcomes.get(1).get(0).contains("longer than maxDocumentLength (1,500)"),
        outcomes.get(1).toString());
  }
}
