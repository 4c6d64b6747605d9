package io.github.newscorpus;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.newscorpus.testing.ChildJvm;
import io.github.newscorpus.testing.Diagnostics;
import io.github.newscorpus.testing.GcLog;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reads huge and hostile files, written to a temporary directory a buffer at a time, with the
 * default {@link ReadLimits} in a separate JVM whose heap (128 MB) could not hold them: a 100 MB
 * string, 10 million tiny annotations in one article (310 MB), a 120 MB array where an article
 * should be, a 60 MB line in a JSON Lines file, an article of 2 million JSON values, and arrays
 * nested a million deep. Each read (and the first two streamed too) must end in a
 * {@link CorpusFormatException} whose first problem names the limit and its place (the array is
 * skipped without a tree) within seconds, never in an {@link OutOfMemoryError} or a
 * {@link StackOverflowError}. Places were counted by hand from the prefixes below.
 */
class HostileInputTest {

  private static final String HEAP = "-Xmx128m";
  /** 37 characters, so an article that follows starts in column 38. */
  private static final String CORPUS = "{\"format\":\"newscorpus/1\",\"articles\":[";
  /** 22 characters, so a field that follows starts 22 columns on. */
  private static final String ARTICLE = "{\"id\":\"a\",\"text\":\"ab\",";

  @TempDir
  Path dir;

  /** Writes the prefix, then {@code repeat} {@code count} times, then the suffix, buffered. */
  private Path write(String name, String prefix, String repeat, long count, String suffix)
      throws IOException {
    Path file = dir.resolve(name);
    byte[] unit = repeat.getBytes(StandardCharsets.UTF_8);
    byte[] block = unit.length >= 65_536 ? unit
        : repeat.repeat(65_536 / Math.max(1, unit.length)).getBytes(StandardCharsets.UTF_8);
    long perBlock = unit.length == 0 ? 1 : block.length / unit.length;
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
      out.write(prefix.getBytes(StandardCharsets.UTF_8));
      long left = count;
      while (left >= perBlock && unit.length > 0) {
        out.write(block);
        left -= perBlock;
      }
      for (; left > 0; left--) {
        out.write(unit);
      }
      out.write(suffix.getBytes(StandardCharsets.UTF_8));
    }
    return file;
  }

  @Test
  void hugeAndHostileFilesEndInAProblemNamingTheLimitInASmallHeap() throws Exception {
    long start = System.nanoTime();
    Map<Path, String> expected = new LinkedHashMap<>();
    // "text" of 100,000,000 characters: the string's opening quote is in column 55 (after 37 + 17)
    Path string = write("string.json", CORPUS + "{\"id\":\"a\",\"text\":\"", "x", 100_000_000, "\"}]}");
    expected.put(string, string + ":1:55: a string is longer than maxStringLength (20,000,000) "
        + "characters; reading stopped here");
    // 10,000,000 tokens of 31 characters after 37 + 22 + 10; the 100,001st is one too many
    String tokens = CORPUS + ARTICLE + "\"tokens\":[";
    Path annotations = write("annotations.json", tokens, "{\"begin\":0,\"end\":1,\"text\":\"a\"},",
        10_000_000, "{}]}]}");
    expected.put(annotations, annotations + ":1:" + (tokens.length() + 100_000 * 31 + 1)
        + ": /articles/0/tokens/100000: the article has more than maxAnnotations (100,000) "
        + "annotations; reading stopped here");
    // an article that is a 120 MB array: skipped without a tree, then the next article is read
    Path array = write("array.json", CORPUS + "[", "0,", 60_000_000, "0],{\"id\":\"b\"}]}");
    expected.put(array, array + ":1:38: /articles/0: expected an object, found array");
    // a line of more than 60,000,000 characters after the header, in strings of 10,000,000 (each
    // shorter than maxStringLength) from column 27: the sixth string, in column 50,000,027, is
    // the first value past maxArticleLength
    String chunk = "\"" + "x".repeat(9_999_997) + "\",";
    Path line = write("line.jsonl", "{\"format\":\"newscorpus/1\"}\n{\"id\":\"a\",\"text\":\"a\",\"x\":[",
        chunk, 6, "\"\"]}\n");
    expected.put(line, line + ":2:50000027: /x/5: the article is longer than maxArticleLength "
        + "(50,000,000) characters; reading stopped here");
    // 2,000,000 numbers in an unknown field of the metadata (not a layer, so not annotations):
    // the article, "a", "ab", the metadata and the array are 5 values, so the number at index
    // 999,995 is the 1,000,001st value, at 37 + 22 + 17 + 999,995 * 2 characters
    String values = CORPUS + ARTICLE + "\"metadata\":{\"x\":[";
    Path many = write("values.json", values, "0,", 2_000_000, "0]}}]}");
    expected.put(many, many + ":1:" + (values.length() + 999_995 * 2 + 1)
        + ": /articles/0/metadata/x/999995: the article has more than maxArticleValues (1,000,000) "
        + "JSON values; reading stopped here");
    // 1,000,000 "[" as the metadata: the root, articles and the article are depths 1 to 3, so
    // the 62nd "[" is depth 65, in column 37 + 22 + 11 + 62
    String nesting = CORPUS + ARTICLE + "\"metadata\":";
    Path deep = write("deep.json", nesting, "[", 1_000_000, "");
    expected.put(deep, deep + ":1:" + (nesting.length() + 62) + ": arrays and objects nest "
        + "deeper than maxNestingDepth (64); reading stopped here");
    long written = 0;
    for (Path p : expected.keySet()) {
      written += Files.size(p);
    }
    Diagnostics.log("hostile", String.format(Locale.ROOT, "wrote %,d bytes in %.1f s", written,
        seconds(start)));

    start = System.nanoTime();
    // every file read; the first two streamed too (streams share the readers' cursors)
    List<String> modes = new ArrayList<>();
    expected.keySet().forEach(file -> modes.add("read " + file));
    modes.add(2, "stream " + annotations);
    modes.add(1, "stream " + string);
    List<String> output = run(modes);
    Diagnostics.log("hostile", String.format(Locale.ROOT, "read and streamed them with %s in %.1f s: %s",
        HEAP, seconds(start), output.get(output.size() - 1)));
    output.subList(1, output.size() - 1).forEach(l -> Diagnostics.log("hostile", l));
    assertEquals("exit 0", output.get(0), String.join("\n", output));
    List<String> wanted = modes.stream()
        .map(m -> m + ": " + expected.get(Path.of(m.substring(m.indexOf(' ') + 1)))).toList();
    assertEquals(wanted, output.subList(1, output.size() - 1).stream()
        .map(l -> l.replaceFirst(" in [0-9.]+ s:", ":")).toList());
  }

  private static double seconds(long start) {
    return (System.nanoTime() - start) / 1e9;
  }

  /**
   * Runs {@link Child} on the reads and streams ({@code read FILE}, {@code stream FILE}) in a JVM
   * with a small heap; returns {@code exit N}, the lines it printed (without the garbage
   * collection log), and how much heap it used.
   */
  private List<String> run(List<String> modes) throws IOException, InterruptedException {
    Path gc = dir.resolve("child.gc.log");
    List<String> lines = new ArrayList<>(ChildJvm.run(List.of(HEAP, "-Xss512k", GcLog.option(gc)),
        Child.class, modes, dir.resolve("child.log"), 2));
    List<String> collections = Files.readAllLines(gc, StandardCharsets.UTF_8);
    lines.add(String.format(Locale.ROOT, "%.1f MB live at most (after GC), %.1f MB in use at most",
        GcLog.maxLiveBytes(collections) / 1e6, GcLog.maxUsedBytes(collections) / 1e6));
    return lines;
  }

  /**
   * Reads or streams each file as its argument ({@code read FILE} or {@code stream FILE}) says,
   * printing {@code read|stream FILE in S s: OUTCOME}, where the outcome is the problem that
   * stopped the reading, else the first problem, or what else happened.
   */
  static final class Child {
    public static void main(String[] args) throws IOException {
      for (String arg : args) {
        String mode = arg.substring(0, arg.indexOf(' '));
        Path file = Path.of(arg.substring(mode.length() + 1));
        long start = System.nanoTime();
        String outcome;
        try {
          if (mode.equals("read")) {
            outcome = "read " + Corpus.read(file).articles().size() + " articles";
          } else {
            try (Stream<?> articles = Corpus.stream(file)) {
              outcome = "streamed " + articles.count() + " articles";
            }
          }
        } catch (CorpusFormatException e) {
          outcome = outcome(e);
        } catch (UncheckedIOException e) {
          outcome = e.getCause() instanceof CorpusFormatException f ? outcome(f) : e.toString();
        }
        System.out.printf(Locale.ROOT, "%s %s in %.2f s: %s%n", mode, file, seconds(start), outcome);
      }
    }

    private static String outcome(CorpusFormatException e) {
      return e.problems().stream().filter(p -> p.message().endsWith("reading stopped here"))
          .findFirst().orElse(e.problems().get(0)).toString();
    }
  }
}
