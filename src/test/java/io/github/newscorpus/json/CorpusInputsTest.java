package io.github.newscorpus.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.newscorpus.FormatProblem;
import io.github.newscorpus.ReadLimits;
import io.github.newscorpus.model.Article;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Tests {@link CorpusInputs} on directories of small corpus files: small.json and small.jsonl
 * (article {@code wave}, see {@link Small}) with their ids changed.
 */
class CorpusInputsTest {

  @TempDir
  Path dir;

  private final List<String> ids = new ArrayList<>();
  private final List<String> problems = new ArrayList<>();

  /** Writes a corpus JSON file holding article wave renamed {@code id}. */
  private Path json(String name, String id) throws IOException {
    Path file = dir.resolve(name);
    Files.createDirectories(file.getParent());
    return Files.writeString(file, Small.JSON.replace("\"id\": \"wave\"", "\"id\": \"" + id + "\""));
  }

  /** Writes a JSON Lines file holding article wave renamed to each id, one per line. */
  private Path lines(String name, String... articleIds) throws IOException {
    StringBuilder content = new StringBuilder(Small.HEADER).append('\n');
    for (String id : articleIds) {
      content.append(Small.ARTICLE_LINE.replace("\"id\":\"wave\"", "\"id\":\"" + id + "\""))
          .append('\n');
    }
    Path file = dir.resolve(name);
    Files.createDirectories(file.getParent());
    return Files.writeString(file, content);
  }

  /** Reads everything at {@code path} into {@link #ids} and {@link #problems}. */
  private void read(Path path, ReadLimits limits) throws IOException {
    try (CorpusInputs inputs = CorpusInputs.of(path, limits)) {
      while (inputs.next(a -> ids.add(a.id()),
          batch -> batch.stream().map(FormatProblem::toString).forEach(problems::add))) {
        // one article or batch per turn
      }
    }
  }

  @Test
  void readsEveryFileOfADirectoryInPathOrder() throws IOException {
    json("b.json", "b");
    lines("a.jsonl", "a1", "a2");
    lines("c/d.jsonl", "d");
    read(dir, ReadLimits.defaults());
    assertEquals(List.of(), problems);
    assertEquals(List.of("a1", "a2", "b", "d"), ids);
  }

  @Test
  void anEmptyDirectoryHasNoArticlesAndNoProblems() throws IOException {
    read(dir, ReadLimits.defaults());
    assertEquals(List.of(), ids);
    assertEquals(List.of(), problems);
  }

  @Test
  void refusesAnIdUsedInAnotherFileNamingBothPlaces() throws IOException {
    Path a = lines("a.jsonl", "x", "y");
    Path b = json("b.json", "y");
    read(dir, ReadLimits.defaults());
    assertEquals(List.of(b + ":5:13: /articles/0/id: article id \"y\" is already used by the "
        + "article at " + a + ":3:1; ids must be unique in a corpus"), problems);
    assertEquals(List.of("x", "y"), ids);
  }

  @Test
  void listsTheProblemsOfEveryFileEachWithItsFileName() throws IOException {
    Path a = Files.writeString(dir.resolve("a.json"), "{\"format\": \"newscorpus/2\", \"articles\": []}");
    lines("b.jsonl", "fine");
    Path c = Files.writeString(dir.resolve("c.jsonl"), "");
    read(dir, ReadLimits.defaults());
    assertEquals(List.of(
        a + ":1:12: /format: unsupported format \"newscorpus/2\"; this version reads \"newscorpus/1\"",
        c + ":1:1: expected the header {\"format\":\"newscorpus/1\"} on line 1, found an empty file"),
        problems);
    assertEquals(List.of("fine"), ids);
  }

  @Test
  void stopsOpeningFilesOnceThereAreTooManyArticles() throws IOException {
    Path a = lines("a.jsonl", "a1", "a2");
    lines("b.jsonl", "b1");
    read(dir, ReadLimits.defaults().withMaxArticles(1));
    assertEquals(List.of(a + ":3:1: more than maxArticles (1) articles; reading stopped here"),
        problems);
    assertEquals(List.of("a1"), ids);
  }

  @Test
  void opensTheFirstFileAtOnceSoThatAMissingOneFailsThere() {
    assertThrows(NoSuchFileException.class,
        () -> CorpusInputs.of(dir.resolve("none.json"), ReadLimits.defaults()).close());
  }

  /**
   * A file listed in a directory and then replaced by a link before it is opened is not read
   * through the link; the path the caller gave, a link or not, is.
   */
  @Test
  void opensAFileFoundInADirectoryWithoutFollowingALinkPutInItsPlace() throws IOException {
    Path a = json("a.json", "a");
    Path b = json("b.json", "b");
    Path elsewhere = Files.createDirectory(dir.resolve("elsewhere"));
    Path secret = json("elsewhere/secret.json", "secret");
    try (CorpusInputs inputs = CorpusInputs.of(dir, ReadLimits.defaults())) {
      Files.delete(b);
      Files.createSymbolicLink(b, secret);
      List<Article> articles = new ArrayList<>();
      assertThrows(IOException.class, () -> {
        while (inputs.next(articles::add, batch -> { })) {
          // read until b.json fails to open
        }
      });
      assertEquals(List.of("a"), articles.stream().map(Article::id).toList());
    }
    read(b, ReadLimits.defaults());
    assertEquals(List.of("secret"), ids);
  }

  @Test
  void closesEachFileWhenItIsReadToTheEndAndTheLastWhenClosed() throws IOException {
    assumeTrue(Files.isDirectory(Path.of("/proc/self/fd")), "needs /proc to count open files");
    Path a = lines("a.jsonl", "a1", "a2");
    Path b = lines("b.jsonl", "b1");
    try (CorpusInputs inputs = CorpusInputs.of(dir, ReadLimits.defaults())) {
      assertEquals(List.of(1, 0), List.of(openHandles(a), openHandles(b)));
      inputs.next(x -> { }, x -> { });
      inputs.next(x -> { }, x -> { });
      assertEquals(List.of(1, 0), List.of(openHandles(a), openHandles(b)));
      inputs.next(x -> { }, x -> { });
      assertEquals(List.of(0, 1), List.of(openHandles(a), openHandles(b)));
    }
    assertEquals(List.of(0, 0), List.of(openHandles(a), openHandles(b)));
  }

  @Test
  void closesAStreamThatFailsAtItsFirstRead() {
    boolean[] closed = {false};
    InputStream failing = new InputStream() {
      @Override
      public int read() throws IOException {
        throw new IOException("disk gone");
      }

      @Override
      public void close() {
        closed[0] = true;
      }
    };
    IOException e = assertThrows(IOException.class,
        () -> CorpusInputs.of(failing, "x.json", ReadLimits.defaults()));
    assertEquals("disk gone", e.getMessage());
    assertTrue(closed[0], "the stream is closed when opening it fails");
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
    assertEquals(List.of(a, b, sub, deep), CorpusInputs.files(dir));
  }
  @Test
  void readsADirectoryGivenAsASymbolicLinkUnderTheGivenName() throws IOException {
    json("corpus/a.json", "a");
    Path link = Files.createSymbolicLink(dir.resolve("link"), dir.resolve("corpus"));
    assertEquals(List.of(link.resolve("a.json")), CorpusInputs.files(link));
  }
  @Test
  void aPathThatIsNotADirectoryIsTheOneFileToRead() throws IOException {
    Path file = dir.resolve("anything.txt");
    assertEquals(List.of(file), CorpusInputs.files(file));
  }
  /** Counts this process's open file descriptors on {@code file}. */
  static int openHandles(Path file) throws IOException {
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
}
