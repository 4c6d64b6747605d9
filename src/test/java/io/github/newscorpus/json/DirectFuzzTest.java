package io.github.newscorpus.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.newscorpus.CorpusFormatException;
import io.github.newscorpus.model.Article;
import io.github.newscorpus.testing.Fuzzing;
import io.github.newscorpus.testing.JsonMutations;
import io.github.newscorpus.testing.JsonMutations.Case;
import java.io.ByteArrayInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Spliterator;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLongArray;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.GenerationMode;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.lifecycle.AfterContainer;

/**
 * Fuzzes the direct path against the checking path with the same mutated inputs as
 * {@code CorpusFuzzTest} ({@link JsonMutations}): whenever the direct path vouches for an input,
 * from memory or from a stream, the checking path must read it without a problem and to the same
 * articles; whenever it is unsure, the checking path decides. Also checks that the direct path
 * vouches for every unmutated seed, so that it is not merely unsure of everything. Seeded.
 */
@AddLifecycleHook(Fuzzing.class)
class DirectFuzzTest {

  /** Per label: inputs vouched for, inputs left to the checking path that it found valid, the rest. */
  private static final Map<String, AtomicLongArray> COUNTS = new TreeMap<>();

  @AfterContainer
  static void report() {
    COUNTS.forEach((label, c) -> System.out.printf(Locale.ROOT, "fuzz DirectFuzzTest: %s: %,d "
        + "cases, %,d read on the direct path (each the same on the checking path), %,d valid but"
        + " left to the checking path, %,d invalid%n", label, c.get(0) + c.get(1) + c.get(2),
        c.get(0), c.get(1), c.get(2)));
    System.out.printf(Locale.ROOT, "fuzz DirectFuzzTest: streams within small limits: %,d cases, each "
        + "the same articles then the same problems on both paths; %,d without a problem, %,d "
        + "failing before an article, %,d after at least one%n",
        STREAMS.get(0) + STREAMS.get(1) + STREAMS.get(2), STREAMS.get(0), STREAMS.get(1),
        STREAMS.get(2));
  }

  /** Streams that agreed: ended without a problem, failed at once, failed after articles. */
  private static final AtomicLongArray STREAMS = new AtomicLongArray(3);

  private static synchronized void count(String label, int which) {
    COUNTS.computeIfAbsent(label, l -> new AtomicLongArray(3)).incrementAndGet(which);
  }

  @Provide
  Arbitrary<Case> cases() {
    return JsonMutations.cases();
  }

  @Provide
  Arbitrary<Limits> smallLimits() {
    return JsonMutations.smallLimits();
  }

  @Property(tries = 1000, seed = "20261129", edgeCases = EdgeCasesMode.NONE)
  void corpusJsonAgrees(@ForAll("cases") Case c) {
    agree("corpus JSON", c.apply(JsonMutations.Layout.JSON), Layout.CORPUS_JSON, Limits.DEFAULTS);
  }

  @Property(tries = 1000, seed = "20261130", edgeCases = EdgeCasesMode.NONE)
  void jsonLinesAgree(@ForAll("cases") Case c) {
    agree("JSON Lines", c.apply(JsonMutations.Layout.LINES), Layout.JSON_LINES, Limits.DEFAULTS);
  }

  @Property(tries = 500, seed = "20261201", edgeCases = EdgeCasesMode.NONE)
  void smallLimitsAgree(@ForAll("cases") Case c, @ForAll("smallLimits") Limits limits) {
    boolean lines = c.seed() % 2 == 0;
    agree("small limits", c.apply(lines ? JsonMutations.Layout.LINES : JsonMutations.Layout.JSON),
        lines ? Layout.JSON_LINES : Layout.CORPUS_JSON, limits);
  }

  @Provide
  Arbitrary<Integer> seedIndexes() {
    return Arbitraries.integers().between(0, JsonMutations.seeds() - 1);
  }

  /** Each seed once, whatever the number of tries asked for (exhaustive, like the truncations). */
  @Property(generation = GenerationMode.EXHAUSTIVE)
  void everySeedIsReadOnTheDirectPath(@ForAll("seedIndexes") int seed) throws IOException {
    for (JsonMutations.Layout mutated : JsonMutations.Layout.values()) {
      byte[] input = JsonMutations.seed(seed, mutated);
      Layout layout = mutated == JsonMutations.Layout.LINES ? Layout.JSON_LINES : Layout.CORPUS_JSON;
      Optional<List<Article>> direct = DirectReads.read(input, input.length, layout, Limits.DEFAULTS);
      String name = layout + " seed " + seed;
      assertTrue(direct.isPresent(), () -> name + " left to the checking path");
      assertEquals(checked(input, layout, Limits.DEFAULTS).articles(), direct.get());
    }
  }

  private static void agree(String label, byte[] input, Layout layout, Limits limits) {
    CorpusJson.Result checked = checked(input, layout, limits);
    Optional<List<Article>> fromBytes;
    Optional<List<Article>> fromStream;
    try {
      fromBytes = DirectReads.read(input, input.length, layout, limits);
      fromStream = fromStream(input, layout, limits);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    assertEquals(fromBytes, fromStream, () -> "from memory and from a stream: " + Fuzzing.describe(input));
    if (fromBytes.isPresent()) {
      assertEquals(List.of(), checked.problems(), () -> "vouched for an invalid input: " + Fuzzing.describe(input));
      assertEquals(checked.articles(), fromBytes.get(), () -> Fuzzing.describe(input));
      count(label, 0);
    } else {
      count(label, checked.problems().isEmpty() ? 1 : 2);
    }
  }

  /**
   * Streams each case from a file within small limits through {@link DirectArticles} and through
   * {@link FileArticles} alone: the same articles, then the same problems.
   */
  @Property(tries = 500, seed = "20261202", edgeCases = EdgeCasesMode.NONE)
  void streamsWithinSmallLimitsAgree(@ForAll("cases") Case c, @ForAll("smallLimits") Limits limits)
      throws IOException {
    streamsAgree(c, limits);
  }

  /**
   * The defaults but one limit, small: more streams deliver articles before a limit stops them,
   * so that the hand-over to the checking path is met more often than with every limit small.
   */
  @Provide
  Arbitrary<Limits> oneSmallLimit() {
    return Combinators.combine(Arbitraries.integers().between(0, 6),
        Arbitraries.integers().between(0, Integer.MAX_VALUE - 1)).as((which, n) -> {
          Limits d = Limits.DEFAULTS;
          return new Limits(which == 0 ? 1 + n % 30_000 : d.maxDocumentLength(),
              which == 1 ? 1 + n % 12_000 : d.maxArticleLength(),
              which == 2 ? 1 + n % 400 : d.maxStringLength(),
              which == 3 ? 1 + n % 10 : d.maxNestingDepth(),
              which == 4 ? 1 + n % 4 : d.maxArticles(),
              which == 5 ? 1 + n % 120 : d.maxAnnotations(),
              which == 6 ? 1 + n % 1_500 : d.maxArticleValues());
        });
  }

  @Property(tries = 500, seed = "20261203", edgeCases = EdgeCasesMode.NONE)
  void streamsWithOneSmallLimitAgree(@ForAll("cases") Case c, @ForAll("oneSmallLimit") Limits limits)
      throws IOException {
    streamsAgree(c, limits);
  }

  private static void streamsAgree(Case c, Limits limits) throws IOException {
    boolean lines = c.seed() % 2 == 1;
    Path file = Files.createTempFile("direct-fuzz", lines ? ".jsonl" : ".json");
    try {
      Files.write(file, c.apply(lines ? JsonMutations.Layout.LINES : JsonMutations.Layout.JSON));
      List<Object> direct = stream(new DirectArticles(file, List.of(file),
          CorpusFormatException::new, limits));
      List<Object> checking = stream(new FileArticles(file, List.of(file),
          CorpusFormatException::new, limits));
      assertEquals(checking, direct, () -> limits + "\n" + Fuzzing.describe(c.apply(
          lines ? JsonMutations.Layout.LINES : JsonMutations.Layout.JSON)));
      STREAMS.incrementAndGet(direct.get(1).equals(List.of()) ? 0
          : ((List<?>) direct.get(0)).isEmpty() ? 1 : 2);
    } finally {
      Files.delete(file);
    }
  }

  /** Returns the articles a spliterator gives, then the problems it ends with (or none). */
  private static List<Object> stream(Spliterator<Article> articles) throws IOException {
    List<Article> read = new ArrayList<>();
    List<String> problems = List.of();
    try {
      while (articles.tryAdvance(read::add)) {
        // collecting
      }
    } catch (UncheckedIOException e) {
      problems = ((CorpusFormatException) e.getCause()).problems();
    } finally {
      ((Closeable) articles).close();
    }
    return List.of(read, problems);
  }

  private static Optional<List<Article>> fromStream(byte[] input, Layout layout, Limits limits)
      throws IOException {
    List<Article> articles = new ArrayList<>();
    try (DirectCursor cursor = DirectCursor.open(new ByteArrayInputStream(input), input.length, layout, limits,
        new HashSet<>())) {
      while (cursor.advance(articles::add)) {
        // each turn reads one article
      }
      return Optional.of(articles);
    } catch (Unsure e) {
      return Optional.empty();
    }
  }

  private static CorpusJson.Result checked(byte[] input, Layout layout, Limits limits) {
    return Layouts.read(input, layout == Layout.JSON_LINES ? "fuzz.jsonl" : "fuzz.json", limits);
  }
}
