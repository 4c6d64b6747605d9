package io.github.newscorpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.github.newscorpus.json.Layouts;
import io.github.newscorpus.model.Article;
import io.github.newscorpus.testing.Fuzzing;
import io.github.newscorpus.testing.Fuzzing.Outcome;
import io.github.newscorpus.testing.JsonMutations;
import io.github.newscorpus.testing.JsonMutations.Case;
import io.github.newscorpus.testing.JsonMutations.Layout;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.GenerationMode;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.lifecycle.AfterContainer;

/**
 * Fuzzes the readers of corpus JSON and JSON Lines ({@link Corpus#read(Path)}, from memory through
 * the same cursors, and {@link Corpus#stream(Path)} with {@code Corpus.read} on files) with inputs
 * made from valid seeds by random changes ({@link JsonMutations}): the only outcomes allowed
 * are a valid corpus, which then writes back losslessly in both layouts and reads the same with a
 * byte-order mark and CRLF line ends, or a {@link CorpusFormatException} whose every problem
 * starts with {@code file:line:column:}, a place inside the file. A stream must agree with a read:
 * the same articles when the read succeeds, else an {@link UncheckedIOException} whose
 * {@code CorpusFormatException} lists problems the read lists too. Every case must end within
 * seconds. Seeded: the same cases on every run; {@link Fuzzing} runs more on request.
 */
@AddLifecycleHook(Fuzzing.class)
class CorpusFuzzTest {

  private static final Path DIR = temporaryDirectory();
  private static final long MAX_NANOS = 10_000_000_000L;

  private static Path temporaryDirectory() {
    try {
      return Files.createTempDirectory("corpus-fuzz");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @AfterContainer
  static void report() throws IOException {
    Fuzzing.report("CorpusFuzzTest");
    try (Stream<Path> all = Files.walk(DIR)) {
      for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }

  @Provide
  Arbitrary<Case> cases() {
    return JsonMutations.cases();
  }

  @Property(tries = 1000, seed = "20170222", edgeCases = EdgeCasesMode.NONE)
  void corpusJsonIsReadOrRejectedWithPlaces(@ForAll("cases") Case c) {
    check("Corpus.read (corpus JSON)", c.apply(Layout.JSON), ".json");
  }

  @Property(tries = 1000, seed = "20170223", edgeCases = EdgeCasesMode.NONE)
  void jsonLinesAreReadOrRejectedWithPlaces(@ForAll("cases") Case c) {
    check("Corpus.read (JSON Lines)", c.apply(Layout.LINES), ".jsonl");
  }

  @Property(tries = 400, seed = "20170224", edgeCases = EdgeCasesMode.NONE)
  void streamsAgreeWithReads(@ForAll("cases") Case c) throws IOException {
    boolean lines = c.seed() % 2 == 1;
    byte[] input = c.apply(lines ? Layout.LINES : Layout.JSON);
    Path file = DIR.resolve(lines ? "stream.jsonl" : "stream.json");
    Files.write(file, input);
    List<FormatProblem> readProblems = List.of();
    List<Article> read = List.of();
    try {
      read = Corpus.read(file).articles();
    } catch (CorpusFormatException e) {
      readProblems = e.problems();
    }
    List<Article> streamed = new ArrayList<>();
    long start = System.nanoTime();
    try (Stream<Article> articles = Corpus.stream(file)) {
      articles.forEach(streamed::add);
      assertEquals(List.of(), readProblems, () -> "the read failed but the stream did not: " + describe(input));
      assertEquals(read, streamed);
      Fuzzing.count("Corpus.stream", Outcome.VALID);
    } catch (UncheckedIOException e) {
      CorpusFormatException cause = assertInstanceOf(CorpusFormatException.class, e.getCause(), () -> describe(input));
      assertPlaced(cause, file, input);
      List<FormatProblem> missing = new ArrayList<>(cause.problems());
      missing.removeAll(readProblems);
      assertEquals(List.of(), missing, () -> "problems the stream found but the read did not: " + describe(input));
      Fuzzing.count("Corpus.stream", Outcome.REJECTED);
    }
    assertTrue(System.nanoTime() - start < MAX_NANOS, () -> "took too long: " + describe(input));
  }

  @Provide
  Arbitrary<ReadLimits> smallLimits() {
    return JsonMutations.smallLimits();
  }

  /**
   * Reads with small limits, so that every limit is broken somewhere: the outcome is placed as
   * always, and what is valid within small limits is valid, and the same, within the defaults.
   */
  @Property(tries = 500, seed = "20170226", edgeCases = EdgeCasesMode.NONE)
  void smallLimitsAreBrokenWithPlaces(@ForAll("cases") Case c, @ForAll("smallLimits") ReadLimits limits) {
    boolean lines = c.seed() % 2 == 0;
    byte[] input = c.apply(lines ? Layout.LINES : Layout.JSON);
    String name = lines ? "fuzz.jsonl" : "fuzz.json";
    Layouts.Result result;
    try {
      result = Layouts.read(input, name, limits);
    } catch (RuntimeException e) {
      throw new AssertionError("neither a corpus nor a CorpusFormatException: " + e + "\n  "
          + describe(input), e);
    }
    if (result.problems().isEmpty()) {
      assertEquals(result.articles(), Layouts.read(input, name).articles(), () -> describe(input));
      Fuzzing.count("Corpus.read, small limits", Outcome.VALID);
    } else {
      assertPlaced(new CorpusFormatException(name, result.problems()), Path.of(name), input);
      Fuzzing.count("Corpus.read, small limits", Outcome.REJECTED);
    }
  }

  /** The seed truncated at every byte: the smallest, one article with an emoji. */
  private static final int CUT_SEED = JsonMutations.seeds() - 1;

  @Provide
  Arbitrary<Integer> jsonCuts() {
    return Arbitraries.integers().between(0, JsonMutations.seed(CUT_SEED, Layout.JSON).length);
  }

  @Provide
  Arbitrary<Integer> lineCuts() {
    return Arbitraries.integers().between(0, JsonMutations.seed(CUT_SEED, Layout.LINES).length);
  }

  /** Truncates a seed at every byte, one case each. */
  @Property(generation = GenerationMode.EXHAUSTIVE, tries = 100_000)
  void corpusJsonTruncatedAnywhereIsRejectedWithPlaces(@ForAll("jsonCuts") int cut) {
    byte[] seed = JsonMutations.seed(CUT_SEED, Layout.JSON);
    byte[] input = java.util.Arrays.copyOf(seed, cut);
    Outcome o = check("Corpus.read (corpus JSON), every truncation", input, ".json");
    assertEquals(cut == seed.length || cut == seed.length - 1 ? Outcome.VALID : Outcome.REJECTED, o,
        () -> "cut at " + cut);
  }

  /** Truncates a seed at every byte, one case each. */
  @Property(generation = GenerationMode.EXHAUSTIVE, tries = 100_000)
  void jsonLinesTruncatedAnywhereAreReadOrRejectedWithPlaces(@ForAll("lineCuts") int cut) {
    byte[] seed = JsonMutations.seed(CUT_SEED, Layout.LINES);
    check("Corpus.read (JSON Lines), every truncation", java.util.Arrays.copyOf(seed, cut), ".jsonl");
  }

  /**
   * Reads the input from memory, as {@link Corpus#read(Path)} reads a file named
   * {@code fuzz<extension>}, and checks the outcome; returns it.
   */
  private static Outcome check(String reader, byte[] input, String extension) {
    String name = "fuzz" + extension;
    long start = System.nanoTime();
    Outcome outcome;
    try {
      Layouts.Result result = Layouts.read(input, name);
      if (result.problems().isEmpty()) {
        assertLossless(Corpus.of(result.articles()), input, extension);
        outcome = Outcome.VALID;
      } else {
        assertPlaced(new CorpusFormatException(name, result.problems()), Path.of(name), input);
        outcome = Outcome.REJECTED;
      }
    } catch (RuntimeException e) {
      throw new AssertionError("neither a corpus nor a CorpusFormatException: " + e + "\n  "
          + describe(input), e);
    }
    assertTrue(System.nanoTime() - start < MAX_NANOS, () -> "took too long: " + describe(input));
    Fuzzing.count(reader, outcome);
    return outcome;
  }

  /** Checks that a valid corpus writes back losslessly and reads the same from CRLF with a BOM. */
  private static void assertLossless(Corpus corpus, byte[] input, String extension) {
    assertEquals(corpus.articles(), Layouts.read(Layouts.json(corpus.articles()), "copy.json").articles(),
        () -> "write then read, corpus JSON: " + describe(input));
    assertEquals(corpus.articles(), Layouts.read(Layouts.lines(corpus.articles()), "copy.jsonl").articles(),
        () -> "write then read, JSON Lines: " + describe(input));
    boolean bom = input.length >= 3 && (input[0] & 0xFF) == 0xEF && (input[1] & 0xFF) == 0xBB;
    if (!bom) {
      String text = new String(input, StandardCharsets.ISO_8859_1).replaceAll("(?<!\r)\n", "\r\n");
      byte[] variant = JsonMutations.insert(text.getBytes(StandardCharsets.ISO_8859_1), 0,
          new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
      assertEquals(corpus.articles(), Layouts.read(variant, "fuzz" + extension).articles(),
          () -> "with a BOM and CRLF: " + describe(input));
    }
  }

  /** What Jackson's messages hold that a problem must not: its places, its source, its advice. */
  private static final List<String> LEAKS = List.of("[Source:", "REDACTED", "line: ", "column: ",
      "Feature");

  private static final Pattern PLACE = Pattern.compile("(\\d+):(\\d+): .*", Pattern.DOTALL);

  /** Checks that every problem starts with the file, then a line and column inside it. */
  static void assertPlaced(CorpusFormatException e, Path file, byte[] input) {
    long lines = new String(input, StandardCharsets.UTF_8).split("\r\n|\r|\n", -1).length;
    assertTrue(e.getMessage().startsWith(file + " is not a valid newscorpus file"), e.getMessage());
    for (String problem : e.problems().stream().map(FormatProblem::toString).toList()) {
      if (!problem.startsWith(file + ":")) {
        fail("problem without its file: " + problem + "\n  " + describe(input));
      }
      Matcher m = PLACE.matcher(problem.substring(file.toString().length() + 1));
      if (!m.matches()) {
        fail("problem without line:column: " + problem + "\n  " + describe(input));
      }
      for (String leak : LEAKS) { // the parser's own place, source and advice stay out
        assertFalse(problem.contains(leak), () -> "\"" + leak + "\" in: " + problem + "\n  "
            + describe(input));
      }
      long line = Long.parseLong(m.group(1));
      long column = Long.parseLong(m.group(2));
      assertTrue(line >= 1 && line <= lines + 1 && column >= 1,
          () -> "place outside the file (" + lines + " lines): " + problem + "\n  " + describe(input));
    }
  }

  private static String describe(byte[] input) {
    return Fuzzing.describe(input);
  }
}
