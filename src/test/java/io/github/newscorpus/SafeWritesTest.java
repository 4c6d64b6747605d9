package io.github.newscorpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.newscorpus.export.Brat;
import io.github.newscorpus.export.Conll;
import io.github.newscorpus.export.WebAnnotation;
import io.github.newscorpus.model.Article;
import io.github.newscorpus.model.Token;
import io.github.newscorpus.model.Span;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.ClosedByInterruptException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Makes every public writer fail in the middle of writing (an article source that throws, an
 * article the format cannot hold, or the disk failing, simulated by interrupting the thread, which
 * closes the file channel at its next write) and checks that the file already there is left as it
 * was and that no temporary file is left beside it.
 */
class SafeWritesTest {

  private static final Article STORY = Corpus.bundled().articles().get(0);
  private static final Article CALM = Article.builder("calm", "Nothing happened.").build();

  @TempDir
  Path dir;

  /** A write that fails part way. */
  @FunctionalInterface
  private interface Write {
    void run() throws IOException;
  }

  /** Writes {@code old} to each file, runs the failing write, and checks the files after it. */
  private <T extends Throwable> T assertFailsLeavingOldFiles(Class<T> failure, Write write,
      Path... files) throws IOException {
    for (Path file : files) {
      Files.writeString(file, "old " + file.getFileName());
    }
    T e = assertThrows(failure, write::run);
    List<String> contents = new ArrayList<>();
    List<String> expected = new ArrayList<>();
    for (Path file : files) {
      contents.add(Files.readString(file));
      expected.add("old " + file.getFileName());
    }
    assertEquals(expected, contents);
    try (Stream<Path> all = Files.list(dir)) {
      assertEquals(Stream.of(files).sorted().toList(), all.sorted().toList(),
          "no temporary file is left");
    }
    return e;
  }

  /** Interrupts this thread, runs the write, and clears the interrupt whatever happens. */
  private static Write interrupted(Write write) {
    return () -> {
      Thread.currentThread().interrupt();
      try {
        write.run();
      } finally {
        Thread.interrupted();
      }
    };
  }

  /** Returns the articles, then a failure of their source, as a lazy stream. */
  private static Stream<Article> failingAfter(Article... articles) {
    return Stream.concat(Stream.of(articles), Stream.of(CALM).map(a -> {
      throw new UncheckedIOException(new IOException("the source failed"));
    }));
  }

  @Test
  void corpusWriteInBothLayouts() throws IOException {
    for (String name : List.of("c.json", "c.jsonl")) {
      Path file = dir.resolve(name);
      assertFailsLeavingOldFiles(ClosedByInterruptException.class,
          interrupted(() -> Corpus.bundled().write(file)), file);
      Files.delete(file);
    }
  }

  @Test
  void writeLinesFromASourceThatFailsAfterAnArticle() throws IOException {
    Path file = dir.resolve("c.jsonl");
    UncheckedIOException e = assertFailsLeavingOldFiles(UncheckedIOException.class,
        () -> Corpus.writeLines(file, failingAfter(STORY)), file);
    assertEquals("the source failed", e.getCause().getMessage());
    assertFailsLeavingOldFiles(ClosedByInterruptException.class,
        interrupted(() -> Corpus.writeLines(file, Stream.of(STORY))), file);
  }

  @Test
  void bratWriteOfBothFiles() throws IOException {
    Path txt = dir.resolve(STORY.id() + ".txt");
    Path ann = dir.resolve(STORY.id() + ".ann");
    assertFailsLeavingOldFiles(ClosedByInterruptException.class,
        interrupted(() -> Brat.write(STORY, dir)), ann, txt);
  }

  @Test
  void conllWriteFromASourceThatFailsAndOfATokenItCannotHold() throws IOException {
    Path file = dir.resolve("c.conll");
    assertFailsLeavingOldFiles(UncheckedIOException.class,
        () -> Conll.write(failingAfter(STORY), file, Conll.Tagging.IOB2), file);
    Article spaced = Article.builder("spaced", "New York")
        .tokens(List.of(new Token(new Span(0, 8), "New York"))).build();
    assertFailsLeavingOldFiles(IllegalArgumentException.class,
        () -> Conll.write(Stream.of(STORY, spaced), file, Conll.Tagging.IOB2), file);
    assertFailsLeavingOldFiles(ClosedByInterruptException.class,
        interrupted(() -> Conll.write(Stream.of(STORY), file, Conll.Tagging.IOB1)), file);
  }

  @Test
  void webAnnotationWrite() throws IOException {
    Path file = dir.resolve("story.jsonld");
    assertFailsLeavingOldFiles(ClosedByInterruptException.class,
        interrupted(() -> WebAnnotation.write(STORY, file)), file);
  }

  @Test
  void aWriteThatSucceedsReplacesTheOldFile() throws IOException {
    Path file = Files.writeString(dir.resolve("c.jsonl"), "old");
    Corpus.writeLines(file, Stream.of(CALM));
    assertEquals("{\"format\":\"newscorpus/1\"}\n{\"id\":\"calm\",\"text\":\"Nothing happened.\"}\n",
        Files.readString(file));
  }
}
