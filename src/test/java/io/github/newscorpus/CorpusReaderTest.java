package io.github.newscorpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.newscorpus.model.Article;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Tests {@link CorpusReader} on the bundled corpus as other tools write it, on {@code
 * json/small.jsonl} (one article, {@code wave}, on line 2) with lines added, and on inputs that
 * can be read only once.
 */
class CorpusReaderTest {

  @TempDir
  Path dir;

  private static String resource(String name) throws IOException {
    try (InputStream in = CorpusReaderTest.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static final String HEADER = "{\"format\":\"newscorpus/1\"}";

  /** Returns small.jsonl's article line with its id changed to {@code id}. */
  private static String wave(String id) throws IOException {
    return resource("/json/small.jsonl").split("\n")[1].replace("\"id\":\"wave\"", "\"id\":\"" + id + "\"");
  }

  private static InputStream bytes(String content) {
    return new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8));
  }

  private static List<String> ids(List<Article> articles) {
    return articles.stream().map(Article::id).toList();
  }

  @Test
  void readsTheBundledCorpusAsOtherToolsWriteIt() throws IOException {
    for (String name : List.of("bundled-sorted.json.gz", "bundled-ascii-minified.json.gz",
        "bundled-crlf.json.gz", "bundled-node-tabs.json.gz")) {
      try (InputStream in = new GZIPInputStream(
          CorpusReaderTest.class.getResourceAsStream("/json/other-tools/" + name))) {
        assertEquals(Corpus.bundled(), Corpus.reader().read(in, name.replace(".gz", "")), name);
      }
    }
  }

  @Test
  void readsAStreamAsTheLayoutItsNameSaysAndClosesIt() throws IOException {
    boolean[] closed = {false};
    InputStream in = new ByteArrayInputStream((HEADER + "\n" + wave("a") + "\n")
        .getBytes(StandardCharsets.UTF_8)) {
      @Override
      public void close() {
        closed[0] = true;
      }
    };
    assertEquals(List.of("a"), ids(Corpus.reader().read(in, "stdin.jsonl").articles()));
    assertTrue(closed[0]);
    CorpusFormatException e = assertThrows(CorpusFormatException.class,
        () -> Corpus.reader().read(bytes(HEADER + "\n" + wave("a") + "\n"), "stdin.json"));
    // read as corpus JSON, the header is a corpus object without articles, and more follows
    assertEquals(List.of("stdin.json:1:1: missing required field \"articles\"",
        "stdin.json:2:1: unexpected content after the end of the JSON value"),
        e.problems().stream().map(FormatProblem::toString).toList());
  }

  @Test
  void aStreamDeliversTheValidArticlesThenThrowsWithEveryProblemOfTheFirstBadOne()
      throws IOException {
    String bad = wave("b").replace("\"speaker\":\"e-ann\"", "\"speaker\":\"e-carl\"")
        .replace("\"kind\":\"DIRECT\"", "\"kind\":\"SHOUTED\"");
    List<Article> seen = new ArrayList<>();
    try (Stream<Article> articles = Corpus.reader().stream(bytes(String.join("\n", HEADER,
        wave("a"), bad, wave("c")) + "\n"), "s.jsonl")) {
      UncheckedIOException e = assertThrows(UncheckedIOException.class,
          () -> articles.forEach(seen::add));
      CorpusFormatException cause = assertInstanceOf(CorpusFormatException.class, e.getCause());
      assertEquals(List.of("/quotes/0/kind", "/quotes/0/speaker"),
          cause.problems().stream().map(FormatProblem::pointer).toList());
      assertEquals(List.of(3, 3), cause.problems().stream().map(FormatProblem::line).toList());
      assertTrue(cause.getMessage().startsWith("s.jsonl is not a valid newscorpus file (2 problems)"),
          cause.getMessage());
    }
    assertEquals(List.of("a"), ids(seen));
  }

  @Test
  void aReaderThatSkipsBadArticlesHandsEachOnesProblemsToTheHandlerAndGoesOn() throws IOException {
    String content = String.join("\n", HEADER, wave("a"), "{\"id\": \"broken\",",
        wave("b").replace("\"speaker\":\"e-ann\"", "\"speaker\":\"e-carl\""), wave("a"), wave("c"))
        + "\n";
    List<List<FormatProblem>> skipped = new ArrayList<>();
    CorpusReader reader = Corpus.reader().skippingBadArticles(skipped::add);
    try (Stream<Article> articles = reader.stream(bytes(content), "s.jsonl")) {
      assertEquals(List.of("a", "c"), ids(articles.toList()));
    }
    // line 3 is cut short; line 4 names a speaker there is none of; line 5 repeats line 2's id
    assertEquals(List.of(List.of(3), List.of(4), List.of(5)), skipped.stream()
        .map(batch -> batch.stream().map(FormatProblem::line).toList()).toList());
    assertEquals("s.jsonl:5:7: /id: article id \"a\" is already used by the article at s.jsonl:2:1; "
        + "ids must be unique in a corpus", skipped.get(2).get(0).toString());
    skipped.clear();
    assertEquals(List.of("a", "c"), ids(reader.read(bytes(content), "s.jsonl").articles()));
    assertEquals(3, skipped.size());
  }

  @Test
  void aReadThatDoesNotSkipListsEveryProblemOfEveryArticle() throws IOException {
    String content = String.join("\n", HEADER, wave("a"), "{\"id\": \"broken\",",
        wave("b").replace("\"speaker\":\"e-ann\"", "\"speaker\":\"e-carl\""), wave("c")) + "\n";
    CorpusFormatException e = assertThrows(CorpusFormatException.class,
        () -> Corpus.reader().read(bytes(content), "s.jsonl"));
    assertEquals(List.of(3, 4), e.problems().stream().map(FormatProblem::line).toList());
  }

  @Test
  void readsOneArticleFromAStringPlacingProblemsWhereTheCallerSays() throws IOException {
    assertEquals("wave", Corpus.reader().readArticle(wave("wave")).id());
    String bad = wave("a").replace("\"speaker\":\"e-ann\"", "\"speaker\":\"e-carl\"");
    CorpusFormatException e = assertThrows(CorpusFormatException.class,
        () -> Corpus.reader().readArticle(bad, "shard-00017.jsonl", 4_211));
    // the speaker's value is in column 951: three 👋 before it, and the id "a" three characters
    // shorter than "wave"
    assertEquals(List.of("shard-00017.jsonl:4211:951: /quotes/0/speaker: speaker \"e-carl\" is not "
        + "the id of any of the article's entities"),
        e.problems().stream().map(FormatProblem::toString).toList());
    e = assertThrows(CorpusFormatException.class, () -> Corpus.reader().readArticle(""));
    assertEquals("<string>:1:1: the input is empty; expected a JSON object",
        e.problems().get(0).toString());
    IllegalArgumentException line = assertThrows(IllegalArgumentException.class,
        () -> Corpus.reader().readArticle("{}", "s.jsonl", 0));
    assertEquals("line (0) must be at least 1", line.getMessage());
  }

  @Test
  void readsWithinTheLimitsItIsGiven() {
    CorpusReader reader = Corpus.reader().withLimits(ReadLimits.defaults().withMaxAnnotations(1));
    assertEquals(ReadLimits.defaults().withMaxAnnotations(1), reader.limits());
    assertEquals(ReadLimits.defaults(), Corpus.reader().limits(), "the default reader is unchanged");
    CorpusFormatException e = assertThrows(CorpusFormatException.class,
        () -> reader.readArticle(wave("a")));
    assertTrue(e.problems().get(0).message().startsWith("the article has more than maxAnnotations (1)"),
        e.getMessage());
  }

  @Test
  void streamsADirectoryLazily() throws IOException {
    Files.writeString(dir.resolve("a.jsonl"), HEADER + "\n" + wave("a1") + "\n" + wave("a2") + "\n");
    Path b = Files.writeString(dir.resolve("b.jsonl"), HEADER + "\n{\"id\": \"b1\"}\n");
    try (Stream<Article> articles = Corpus.stream(dir)) {
      assertEquals(List.of("a1"), ids(articles.limit(1).toList()), "b.jsonl is never read");
    }
    try (Stream<Article> articles = Corpus.stream(dir)) {
      Iterator<Article> it = articles.iterator();
      assertEquals("a1", it.next().id());
      assertEquals("a2", it.next().id());
      UncheckedIOException e = assertThrows(UncheckedIOException.class, it::hasNext);
      assertEquals(b + " is not a valid newscorpus file (1 problem):\n  " + b
          + ":2:1: missing required field \"text\"", e.getCause().getMessage());
    }
  }

  /** Makes a named pipe, or skips the test where there is no mkfifo. */
  private Path fifo(String name) throws IOException, InterruptedException {
    Path fifo = dir.resolve(name);
    Process mkfifo;
    try {
      mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
    } catch (IOException e) {
      assumeTrue(false, "no mkfifo here");
      throw e;
    }
    assumeTrue(mkfifo.waitFor() == 0, "mkfifo failed");
    return fifo;
  }

  /**
   * Regression (issue: a corpus from a pipe was refused or hung): a named pipe can be read once;
   * the old reader opened it again when its fast path gave up, and hung. Valid and broken, read
   * and streamed, each within seconds.
   */
  @Test
  void readsANamedPipeOnceValidOrBroken() throws Exception {
    Path fifo = fifo("corpus.jsonl");
    String valid = String.join("\n", HEADER, wave("a"), wave("b")) + "\n";
    String broken = String.join("\n", HEADER, wave("a"), "{\"id\": \"b\"}") + "\n";
    assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
      CompletableFuture<Void> writer = CompletableFuture.runAsync(() -> write(fifo, valid));
      assertEquals(List.of("a", "b"), ids(Corpus.read(fifo).articles()));
      writer.get();
      writer = CompletableFuture.runAsync(() -> write(fifo, broken));
      CorpusFormatException e = assertThrows(CorpusFormatException.class, () -> Corpus.read(fifo));
      assertEquals(fifo + ":3:1: missing required field \"text\"", e.problems().get(0).toString());
      writer.get();
      writer = CompletableFuture.runAsync(() -> write(fifo, broken));
      List<Article> streamed = new ArrayList<>();
      try (Stream<Article> articles = Corpus.stream(fifo)) {
        assertThrows(UncheckedIOException.class, () -> articles.forEach(streamed::add));
      }
      assertEquals(List.of("a"), ids(streamed));
      writer.get();
    });
  }

  private static void write(Path fifo, String content) {
    try {
      Files.writeString(fifo, content);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Returns an input that can be read once, such as standard input: it fails if it is reset,
   * skipped or read after it was closed, and counts its closes in {@code closes[0]}.
   */
  private static InputStream once(String content, int[] closes) {
    return new InputStream() {
      private final InputStream in = bytes(content);

      @Override
      public int read() throws IOException {
        if (closes[0] > 0) {
          throw new IOException("read after close");
        }
        return in.read();
      }

      @Override
      public boolean markSupported() {
        return false;
      }

      @Override
      public synchronized void reset() throws IOException {
        throw new IOException("reset");
      }

      @Override
      public long skip(long n) throws IOException {
        throw new IOException("skip");
      }

      @Override
      public void close() {
        closes[0]++;
      }
    };
  }

  /** An input that can be read once is read to its end and closed once, valid or broken. */
  @Test
  void readsAStreamThatCanBeReadOnlyOnce() throws IOException {
    int[] closes = {0};
    assertEquals(List.of("a"), ids(Corpus.reader().read(once(HEADER + "\n" + wave("a") + "\n",
        closes), "stdin.jsonl").articles()));
    assertEquals(1, closes[0]);
    // line 3, {"id": "b"}, has no text: the stream delivers a, then stops at b
    int[] brokenCloses = {0};
    List<Article> streamed = new ArrayList<>();
    try (Stream<Article> articles = Corpus.reader().stream(once(String.join("\n", HEADER,
        wave("a"), "{\"id\": \"b\"}") + "\n", brokenCloses), "stdin.jsonl")) {
      UncheckedIOException e = assertThrows(UncheckedIOException.class,
          () -> articles.forEach(streamed::add));
      assertEquals("stdin.jsonl:3:1: missing required field \"text\"",
          ((CorpusFormatException) e.getCause()).problems().get(0).toString());
    }
    assertEquals(List.of("a"), ids(streamed));
    assertEquals(1, brokenCloses[0]);
  }
}
