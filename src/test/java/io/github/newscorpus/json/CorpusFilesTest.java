package io.github.newscorpus.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.newscorpus.model.Article;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Tests {@link CorpusFiles} on directories of small corpus files: small.json and small.jsonl
 * (article {@code wave}, see {@link CorpusJsonTest}) with their ids changed.
 */
class CorpusFilesTest {

  /** Joins the problems into the exception's message, so that tests can compare it. */
  private static final CorpusFiles.Failure FAILURE =
      (source, problems) -> new IOException(source + ": " + String.join(" | ", problems));

  @TempDir
  Path dir;

  /** Writes a corpus JSON file holding article wave renamed {@code id}. */
  private Path json(String name, String id) throws IOException {
    Path file = dir.resolve(name);
    Files.createDirectories(file.getParent());
    return Files.writeString(file, CorpusJsonTest.small().replace("\"id\": \"wave\"", "\"id\": \"" + id + "\""));
  }

  /** Writes a JSON Lines file holding article wave renamed to each id, one per line. */
  private Path lines(String name, String... ids) throws IOException {
    StringBuilder content = new StringBuilder(JsonLinesCursorTest.HEADER).append('\n');
    for (String id : ids) {
      content.append(JsonLinesCursorTest.ARTICLE.replace("\"id\":\"wave\"", "\"id\":\"" + id + "\""))
          .append('\n');
    }
    Path file = dir.resolve(name);
    Files.createDirectories(file.getParent());
    return Files.writeString(file, content);
  }

  private static List<String> ids(List<Article> articles) {
    return articles.stream().map(Article::id).toList();
  }

  @Test
  void findsCorpusFilesAtAnyDepthSortedByPathSkippingOthersAndLinks() throws IOException {
    Path b = lines("b.jsonl");
    Path a = json("a.JSON", "a");
    Path deep = json("sub/deeper/c.json", "c");
    Path sub = lines("sub/a.jsonl");
    Files.writeString(dir.resolve("notes.txt"), "not a corpus");
    Files.writeString(dir.resolve(".b.jsonl.1234.tmp"), "a temporary file");
    Files.createSymbolicLink(dir.resolve("linked.json"), a);
    Files.createSymbolicLink(dir.resolve("linked-dir"), dir.resolve("sub"));
    assertEquals(List.of(a, b, sub, deep), CorpusFiles.files(dir));
  }

  /**
   * A file listed in a directory and then replaced by a link before it is opened is not read
   * through the link; the path the caller gave, a link or not, is.
   */
  @Test
  void opensAFileFoundInADirectoryWithoutFollowingALinkPutInItsPlace() throws IOException {
    Path a = json("a.json", "a");
    Path secret = Files.writeString(dir.resolve("secret.txt"), "not for reading");
    assertEquals(List.of(a), CorpusFiles.files(dir));
    Files.delete(a);
    Files.createSymbolicLink(a, secret);
    assertThrows(IOException.class, () -> CorpusFiles.open(a, dir).close());
    try (InputStream in = CorpusFiles.open(a, a)) {
      assertEquals("not for reading", new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }
  }

  @Test
  void readsADirectoryGivenAsASymbolicLinkUnderTheGivenName() throws IOException {
    json("corpus/a.json", "a");
    Path link = Files.createSymbolicLink(dir.resolve("link"), dir.resolve("corpus"));
    assertEquals(List.of(link.resolve("a.json")), CorpusFiles.files(link));
  }

  @Test
  void aPathThatIsNotADirectoryIsTheOneFileToRead() throws IOException {
    Path file = dir.resolve("anything.txt");
    assertEquals(List.of(file), CorpusFiles.files(file));
  }

  @Test
  void readsEveryFileOfADirectoryInPathOrder() throws IOException {
    json("b.json", "b");
    lines("a.jsonl", "a1", "a2");
    lines("c/d.jsonl", "d");
    CorpusJson.Result result = CorpusFiles.read(dir);
    assertEquals(List.of(), result.problems());
    assertEquals(List.of("a1", "a2", "b", "d"), ids(result.articles()));
  }

  @Test
  void anEmptyDirectoryIsAnEmptyCorpus() throws IOException {
    assertEquals(new CorpusJson.Result(List.of(), List.of()), CorpusFiles.read(dir));
    try (Stream<Article> articles = CorpusFiles.stream(dir, FAILURE)) {
      assertEquals(0, articles.count());
    }
  }

  @Test
  void refusesAnIdUsedInAnotherFileNamingBothPlaces() throws IOException {
    Path a = lines("a.jsonl", "x", "y");
    Path b = json("b.json", "y");
    CorpusJson.Result result = CorpusFiles.read(dir);
    assertEquals(List.of(b + ":5:13: /articles/0/id: article id \"y\" is already used by the "
        + "article at " + a + ":3:1; ids must be unique in a corpus"), result.problems());
    assertEquals(List.of(), result.articles());
  }

  @Test
  void listsTheProblemsOfEveryFileEachWithItsFileName() throws IOException {
    Path a = Files.writeString(dir.resolve("a.json"), "{\"format\": \"newscorpus/2\", \"articles\": []}");
    lines("b.jsonl", "fine");
    Path c = Files.writeString(dir.resolve("c.jsonl"), "");
    assertEquals(List.of(
        a + ":1:12: /format: unsupported format \"newscorpus/2\"; this version reads \"newscorpus/1\"",
        c + ":1:1: expected the header {\"format\":\"newscorpus/1\"} on line 1, found an empty file"),
        CorpusFiles.read(dir).problems());
  }

  @Test
  void streamsLazilyAndStopsAtTheFirstBadArticle() throws IOException {
    lines("a.jsonl", "a1", "a2");
    Path b = Files.writeString(dir.resolve("b.jsonl"), JsonLinesCursorTest.HEADER + "\n{\"id\": \"b1\"}\n");
    try (Stream<Article> articles = CorpusFiles.stream(dir, FAILURE)) {
      assertEquals(List.of("a1"), ids(articles.limit(1).toList()), "b.jsonl is never read");
    }
    try (Stream<Article> articles = CorpusFiles.stream(dir, FAILURE)) {
      Iterator<Article> it = articles.iterator();
      assertEquals("a1", it.next().id());
      assertEquals("a2", it.next().id());
      UncheckedIOException e = assertThrows(UncheckedIOException.class, it::hasNext);
      assertEquals(b + ": " + b + ":2:1: missing required field \"text\"", e.getCause().getMessage());
    }
  }

  @Test
  void streamsAnIdUsedTwiceAsAProblem() throws IOException {
    Path a = lines("a.jsonl", "x", "x");
    try (Stream<Article> articles = CorpusFiles.stream(a, FAILURE)) {
      UncheckedIOException e = assertThrows(UncheckedIOException.class, articles::count);
      assertEquals(a + ": " + a + ":3:7: /id: article id \"x\" is already used by the article at "
          + a + ":2:1; ids must be unique in a corpus", e.getCause().getMessage());
    }
  }

  @Test
  void streamsAMissingFileAsAnImmediateError() {
    assertThrows(NoSuchFileException.class, () -> CorpusFiles.stream(dir.resolve("none.json"), FAILURE));
  }

  @Test
  void closingTheStreamClosesTheFile() throws IOException {
    assumeTrue(Files.isDirectory(Path.of("/proc/self/fd")), "needs /proc to count open files");
    Path a = json("a.json", "a");
    Stream<Article> articles = CorpusFiles.stream(a, FAILURE);
    assertEquals(1, openHandles(a));
    articles.close();
    assertEquals(0, openHandles(a));
  }

  @Test
  void theStreamClosesEachFileWhenItIsReadToTheEnd() throws IOException {
    assumeTrue(Files.isDirectory(Path.of("/proc/self/fd")), "needs /proc to count open files");
    Path a = lines("a.jsonl", "a1", "a2");
    Path b = lines("b.jsonl", "b1");
    try (Stream<Article> articles = CorpusFiles.stream(dir, FAILURE)) {
      Iterator<Article> it = articles.iterator();
      it.next();
      it.next();
      assertEquals(List.of(1, 0), List.of(openHandles(a), openHandles(b)));
      it.next();
      assertEquals(List.of(0, 1), List.of(openHandles(a), openHandles(b)));
    }
    assertEquals(List.of(0, 0), List.of(openHandles(a), openHandles(b)));
  }

  /** Counts this process's open file descriptors on {@code file}. */
  private static int openHandles(Path file) throws IOException {
    Path target = file.toRealPath();
    int count = 0;
    try (Stream<Path> fds = Files.list(Path.of("/proc/self/fd"))) {
      for (Path fd : fds.toList()) {
        try {
          if (Files.readSymbolicLink(fd).equals(target)) {
            count++;
          }
        } catch (IOException e) {
          // the descriptor that listed the directory is gone already
        }
      }
    }
    return count;
  }

  @Test
  void writesJsonLinesForAJsonlNameAndCorpusJsonOtherwise() throws IOException {
    List<Article> articles = CorpusJsonTest.readUnchecked(CorpusJsonTest.small());
    CorpusFiles.write(articles, dir.resolve("c.jsonl"));
    CorpusFiles.write(articles, dir.resolve("c.json"));
    assertEquals(JsonLinesCursorTest.smallLines(), Files.readString(dir.resolve("c.jsonl")));
    assertEquals(CorpusJsonTest.small(), Files.readString(dir.resolve("c.json")));
  }

  @Test
  void writesLinesOnlyToAJsonlFile() {
    Path file = dir.resolve("c.json");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> CorpusFiles.writeLines(Stream.of(), file));
    assertEquals("file " + file + " must be named *.jsonl: reading recognises JSON Lines by that "
        + "extension", e.getMessage());
  }

  @Test
  void aRepeatedIdLeavesThePreviousFileAsItWas() throws IOException {
    Path file = Files.writeString(dir.resolve("c.jsonl"), "old");
    Article wave = CorpusJsonTest.readUnchecked(CorpusJsonTest.small()).get(0);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> CorpusFiles.writeLines(Stream.of(wave, wave), file));
    assertEquals("article id \"wave\" appears twice; ids must be unique in a corpus", e.getMessage());
    assertEquals("old", Files.readString(file));
    try (Stream<Path> files = Files.list(dir)) {
      assertEquals(List.of(file), files.toList());
    }
  }

  @Test
  void theStreamFailsWithTheCauseTheFailureBuilds() throws IOException {
    Path a = Files.writeString(dir.resolve("a.json"), "{\"format\": \"newscorpus/1\", \"articles\": [1]}");
    try (Stream<Article> articles = CorpusFiles.stream(a, FAILURE)) {
      UncheckedIOException e = assertThrows(UncheckedIOException.class, articles::toList);
      assertInstanceOf(IOException.class, e.getCause());
      assertEquals(a + ": " + a + ":1:41: /articles/0: expected an object, found number",
          e.getCause().getMessage());
    }
  }
}
