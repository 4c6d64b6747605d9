package io.github.newscorpus.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.newscorpus.model.Article;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Tests {@link CorpusFiles} on directories of small corpus files: small.json and small.jsonl
 * (article {@code wave}, see {@link Small}) with their ids changed.
 */
class CorpusFilesTest {

  @TempDir
  Path dir;

  /** Writes a corpus JSON file holding article wave renamed {@code id}. */
  private Path json(String name, String id) throws IOException {
    Path file = dir.resolve(name);
    Files.createDirectories(file.getParent());
    return Files.writeString(file, Small.JSON.replace("\"id\": \"wave\"", "\"id\": \"" + id + "\""));
  }

  /** Writes a JSON Lines file holding article wave renamed to each id, one per line. */
  private Path lines(String name, String... ids) throws IOException {
    StringBuilder content = new StringBuilder(Small.HEADER).append('\n');
    for (String id : ids) {
      content.append(Small.ARTICLE_LINE.replace("\"id\":\"wave\"", "\"id\":\"" + id + "\""))
          .append('\n');
    }
    Path file = dir.resolve(name);
    Files.createDirectories(file.getParent());
    return Files.writeString(file, content);
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
  void writesJsonLinesForAJsonlNameAndCorpusJsonOtherwise() throws IOException {
    List<Article> articles = Small.articles(Small.JSON);
    CorpusFiles.write(articles, dir.resolve("c.jsonl"));
    CorpusFiles.write(articles, dir.resolve("c.json"));
    assertEquals(Small.LINES, Files.readString(dir.resolve("c.jsonl")));
    assertEquals(Small.JSON, Files.readString(dir.resolve("c.json")));
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
    Article wave = Small.articles(Small.JSON).get(0);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> CorpusFiles.writeLines(Stream.of(wave, wave), file));
    assertEquals("article id \"wave\" appears twice; ids must be unique in a corpus", e.getMessage());
    assertEquals("old", Files.readString(file));
    try (Stream<Path> files = Files.list(dir)) {
      assertEquals(List.of(file), files.toList());
    }
  }

}
