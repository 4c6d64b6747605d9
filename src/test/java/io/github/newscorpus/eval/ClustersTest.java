package io.github.newscorpus.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.newscorpus.CorpusFormatException;
import io.github.newscorpus.model.Span;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Tests {@link Clusters}. In {@code "I 😀 met Bob"} the emoji is one code point and two UTF-16
 * units, so "Bob" is code points [8, 11) and UTF-16 [9, 12); "I" is [0, 1) in both. The text is 11
 * code points, 12 UTF-16 units.
 */
class ClustersTest {

  static final String TEXT = "I 😀 met Bob";

  @Test
  void theBuilderKeepsTheOrderGiven() {
    Clusters c = Clusters.of(TEXT).mention(9, 12, "b").mention(0, 1, "a").mention(0, 1, "b").build();
    assertEquals(List.of(new ClusterMention(new Span(9, 12), "b"),
        new ClusterMention(new Span(0, 1), "a"), new ClusterMention(new Span(0, 1), "b")),
        c.mentions());
    assertEquals(List.of("b", "a"), c.clusterIds());
    assertEquals("Clusters[3 mentions, 2 clusters]", c.toString());
  }

  @Test
  void theBuilderRefusesASpanOutsideTheText() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Clusters.of(TEXT).mention(9, 13, "b").build());
    assertEquals("span [9, 13) must lie inside the text (length 12)", e.getMessage());
  }

  @Test
  void parseReadsCodePointsAndSkipsCommentsAndBlankLines() throws Exception {
    Clusters c = Clusters.parse("# begin\tend\tcluster\r\n8\t11\tc 1\r\n\r\n   \n0\t1\tc 1", "x.tsv",
        TEXT);
    assertEquals(List.of(new ClusterMention(new Span(9, 12), "c 1"),
        new ClusterMention(new Span(0, 1), "c 1")), c.mentions());
    assertEquals("Bob", TEXT.substring(9, 12));
  }

  @Test
  void parseOfNothingGivesNoMentions() throws Exception {
    assertEquals(List.of(), Clusters.parse("", "x.tsv", TEXT).mentions());
  }

  @Test
  void parseNamesEveryBadLineWithItsPlace() {
    String content = String.join("\n",
        "0\t1",            // line 1: two fields
        "a\t1\tc",         // line 2: begin not a number
        "0\t99\tc",        // line 3: end past the text's 11 code points, at column 3
        "5\t5\tc",         // line 4: empty
        "0\t1\t ",         // line 5: blank cluster, at column 5
        "0\t1\tc");        // line 6: fine
    CorpusFormatException e = assertThrows(CorpusFormatException.class,
        () -> Clusters.parse(content, "x.tsv", TEXT));
    assertEquals(List.of(
        "x.tsv:1:1: expected 3 tab-separated fields, begin, end and cluster, but found 2",
        "x.tsv:2:1: begin must be a whole number of code points, not \"a\"",
        "x.tsv:3:3: end (99) must lie in the text, from 0 to its length (11 code points)",
        "x.tsv:4:3: end (5) must be greater than begin (5)",
        "x.tsv:5:5: the cluster must not be blank"),
        e.problems().stream().map(Object::toString).toList());
  }

  @Test
  void readReadsAUtf8File(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("clusters.tsv");
    Files.writeString(file, "8\t11\tbob\n", StandardCharsets.UTF_8);
    assertEquals(List.of(new ClusterMention(new Span(9, 12), "bob")),
        Clusters.read(file, TEXT).mentions());
  }

  @Test
  void readRefusesADirectoryNamingItAndMalformedUtf8(@TempDir Path dir) throws Exception {
    FileSystemException e = assertThrows(FileSystemException.class,
        () -> Clusters.read(dir, "Bob"));
    assertEquals(dir + ": is a directory, not a file", e.getMessage());
    Path bad = Files.write(dir.resolve("bad.tsv"), new byte[] {'0', '\t', '3', '\t', (byte) 0xC3});
    assertThrows(MalformedInputException.class, () -> Clusters.read(bad, "Bob"));
  }
}
