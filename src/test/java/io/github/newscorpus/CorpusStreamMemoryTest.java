package io.github.newscorpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.newscorpus.model.Article;
import io.github.newscorpus.testing.ChildJvm;
import io.github.newscorpus.testing.CorpusGenerator;
import io.github.newscorpus.testing.Diagnostics;
import io.github.newscorpus.testing.GcLog;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Proves that {@link Corpus#stream(Path)} holds one article at a time: writes generated articles
 * as JSON Lines under {@code target/} and streams them in a separate JVM whose heap is far too
 * small to hold them all (an article takes about 25 KB of heap, so 1,000 take about 25 MB), then
 * checks that {@link Corpus#read(Path)} does run out of memory in that heap, so that the proof
 * proves something.
 *
 * <p>By default, 1,000 articles in a 16 MB heap, in a few seconds, as JSON Lines (15 MB) and as
 * corpus JSON. With {@code -Dnewscorpus.scale=100000}, that many articles in a 256 MB heap, as
 * JSON Lines only (the corpus JSON file is written from a {@code Corpus}, so up to 10,000
 * articles; the check that reading runs out of memory is made from 20,000 on).
 */
class CorpusStreamMemoryTest {

  /** The system property that sets the number of articles, and selects the larger heap. */
  static final String SCALE = "newscorpus.scale";
  private static final long SEED = 20170222;

  @Test
  void streamsACorpusMuchLargerThanTheHeap() throws Exception {
    String scale = System.getProperty(SCALE);
    int count = scale == null ? 1_000 : Integer.parseInt(scale.replace("_", ""));
    String heap = scale == null ? "-Xmx16m" : "-Xmx256m";
    Path dir = Files.createDirectories(Path.of("target", "memory-test"));
    Path lines = dir.resolve("generated-" + count + ".jsonl");
    Path json = dir.resolve("generated-" + count + ".json");
    // The corpus JSON file is written from a Corpus, all in this JVM's memory: only while small.
    boolean alsoJson = count <= 10_000;
    List<Article> all = new ArrayList<>();
    long[] mentions = {0};
    long start = System.nanoTime();
    try (Stream<Article> articles = CorpusGenerator.generate(SEED, count)) {
      Corpus.writeLines(lines, articles.peek(a -> {
        mentions[0] += a.mentions().size();
        if (alsoJson) {
          all.add(a);
        }
      }));
    }
    log("wrote %,d articles (%,d mentions), %,d bytes, in %.1f s", count, mentions[0],
        Files.size(lines), seconds(start));
    List<Path> files = new ArrayList<>(List.of(lines));
    if (alsoJson) {
      Corpus.of(all).write(json);
      all.clear();
      files.add(json);
      log("wrote them as corpus JSON too, %,d bytes", Files.size(json));
    }

    start = System.nanoTime();
    List<String> output = finish(start(heap, "stream", files), lines, "stream");
    log("streamed them with %s in %.1f s: %s", heap, seconds(start), output);
    assertEquals("exit 0", output.get(0), String.join("\n", output));
    for (int i = 0; i < files.size(); i++) {
      assertEquals(files.get(i) + ": articles " + count + ", mentions " + mentions[0],
          output.get(1 + i));
    }

    // At about 25 KB an article, 1,000 articles need 25 MB, and 20,000 twice the 256 MB heap.
    if (scale == null || count >= 20_000) {
      start = System.nanoTime();
      List<String> read = finish(start(heap, "read", List.of(lines)), lines, "read");
      log("read them with %s in %.1f s: %s, %s", heap, seconds(start), read.get(0),
          read.get(read.size() - 1));
      assertNotEquals("exit 0", read.get(0), "the heap must be too small to read the whole corpus");
      assertTrue(read.stream().anyMatch(line -> line.contains("java.lang.OutOfMemoryError")),
          String.join("\n", read));
    }
    for (Path file : files) {
      Files.delete(file);
    }
  }

  /**
   * Starts {@link Child} on the files in a new JVM that logs its garbage collections; its output
   * goes to a log beside the first file.
   */
  private static Process start(String heap, String mode, List<Path> files) throws IOException {
    List<String> command = new ArrayList<>(List.of(ChildJvm.java(), heap, GcLog.option(gcLog(files.get(0), mode)), "-cp",
        System.getProperty("java.class.path"), Child.class.getName(), mode));
    files.forEach(file -> command.add(file.toString()));
    return new ProcessBuilder(command)
        .redirectErrorStream(true)
        .redirectOutput(output(files.get(0), mode).toFile())
        .start();
  }

  private static Path output(Path file, String mode) {
    return file.resolveSibling(file.getFileName() + "." + mode + ".log");
  }

  private static Path gcLog(Path file, String mode) {
    return file.resolveSibling(file.getFileName() + "." + mode + ".gc.log");
  }

  /**
   * Waits for a child; returns {@code exit N}, then what it printed (without the garbage
   * collection log), line by line, then how much heap it used.
   */
  private static List<String> finish(Process child, Path file, String mode)
      throws IOException, InterruptedException {
    if (!child.waitFor(10, TimeUnit.MINUTES)) {
      child.destroyForcibly();
      throw new AssertionError("the child JVM did not finish in 10 minutes");
    }
    List<String> lines = new ArrayList<>();
    lines.add("exit " + child.exitValue());
    lines.addAll(Files.readAllLines(output(file, mode), StandardCharsets.UTF_8));
    lines.add(heapUse(Files.readAllLines(gcLog(file, mode), StandardCharsets.UTF_8)));
    return lines;
  }

  private static double seconds(long start) {
    return (System.nanoTime() - start) / 1e9;
  }

  private static void log(String format, Object... args) {
    Diagnostics.log("memory", String.format(format, args));
  }

  /** Returns the most heap that was live (after a collection) and in use (before one). */
  private static String heapUse(List<String> output) {
    return String.format("%.1f MB live at most (after GC), %.1f MB in use at most (before GC)",
        GcLog.maxLiveBytes(output) / 1e6, GcLog.maxUsedBytes(output) / 1e6);
  }

  /**
   * Counts the articles and mentions of each corpus file, by {@code stream} or by {@code read},
   * printing {@code file: articles N, mentions M} for each.
   */
  static final class Child {
    public static void main(String[] args) throws IOException {
      for (int i = 1; i < args.length; i++) {
        Path file = Path.of(args[i]);
        long[] counts = {0, 0};
        if (args[0].equals("stream")) {
          try (Stream<Article> stream = Corpus.stream(file)) {
            stream.forEach(a -> {
              counts[0]++;
              counts[1] += a.mentions().size();
            });
          }
        } else {
          List<Article> all = Corpus.read(file).articles();
          counts[0] = all.size();
          counts[1] = all.stream().mapToLong(a -> a.mentions().size()).sum();
        }
        System.out.println(file + ": articles " + counts[0] + ", mentions " + counts[1]);
      }
    }
  }
}
