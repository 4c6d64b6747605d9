package io.github.newscorpus.testing;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import net.jqwik.api.GenerationMode;
import net.jqwik.api.lifecycle.AroundPropertyHook;
import net.jqwik.api.lifecycle.PropagationMode;
import net.jqwik.api.lifecycle.PropertyExecutionResult;
import net.jqwik.api.lifecycle.PropertyExecutor;
import net.jqwik.api.lifecycle.PropertyLifecycleContext;

/**
 * Runs the fuzzers' properties with the number of tries and the seed that system properties ask
 * for, and counts the outcomes of every case per reader.
 *
 * <p>By default each property runs the tries and seed its annotation gives: a few thousand
 * cases in all, seeded, the same on every run. {@code -Dnewscorpus.fuzz.tries=100000} runs that
 * many tries per randomized property instead (exhaustive ones are left as they are), and
 * {@code -Dnewscorpus.fuzz.seed=N} another seed; jqwik prints the seed of a failing run.
 * Each property's time and, after each fuzzing class, the counts go to
 * {@code target/test-diagnostics/fuzz.txt}.
 */
public final class Fuzzing implements AroundPropertyHook {

  /** The system property that sets the number of tries. */
  public static final String TRIES = "newscorpus.fuzz.tries";
  /** The system property that sets the seed. */
  public static final String SEED = "newscorpus.fuzz.seed";

  /** What a reader did with one generated input. */
  public enum Outcome {
    /** It returned a valid corpus (and writing it back gave an equal one). */
    VALID,
    /** It threw a {@code CorpusFormatException} whose every problem has its place. */
    REJECTED
  }

  private static final Map<String, Map<Outcome, AtomicLong>> COUNTS = new ConcurrentHashMap<>();

  @Override
  public PropagationMode propagateTo() {
    return PropagationMode.ALL_DESCENDANTS;
  }

  @Override
  public PropertyExecutionResult aroundProperty(PropertyLifecycleContext context,
      PropertyExecutor property) {
    boolean exhaustive = context.attributes().generation()
        .map(g -> g == GenerationMode.EXHAUSTIVE).orElse(false);
    String tries = System.getProperty(TRIES);
    if (tries != null && !exhaustive) {
      context.attributes().setTries(Integer.parseInt(tries.replace("_", "")));
    }
    String seed = System.getProperty(SEED);
    if (seed != null) {
      context.attributes().setSeed(seed);
    }
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long start = System.nanoTime();
    long cpu = threads.getCurrentThreadCpuTime();
    PropertyExecutionResult result = property.execute();
    Diagnostics.log("fuzz", String.format(Locale.ROOT, "%s: %.1f s (%.1f s CPU)", context.label(),
        (System.nanoTime() - start) / 1e9, (threads.getCurrentThreadCpuTime() - cpu) / 1e9));
    return result;
  }

  /** Counts one outcome of {@code reader}. */
  public static void count(String reader, Outcome outcome) {
    COUNTS.computeIfAbsent(reader, r -> new ConcurrentHashMap<>())
        .computeIfAbsent(outcome, o -> new AtomicLong()).incrementAndGet();
  }

  /** Writes the counts so far to the diagnostics, one line per reader, and starts counting anew. */
  public static void report(String title) {
    StringBuilder s = new StringBuilder();
    new TreeMap<>(COUNTS).forEach((reader, counts) -> {
      long valid = counts.getOrDefault(Outcome.VALID, new AtomicLong()).get();
      long rejected = counts.getOrDefault(Outcome.REJECTED, new AtomicLong()).get();
      s.append(String.format(Locale.ROOT, "fuzz %s: %s: %,d cases, %,d valid, %,d rejected with places%n",
          title, reader, valid + rejected, valid, rejected));
    });
    COUNTS.clear();
    Diagnostics.log("fuzz", s.toString());
  }

  /** Returns bytes as text for a failure message: control characters escaped, cut at 3,000. */
  public static String describe(byte[] input) {
    String text = new String(input, StandardCharsets.UTF_8);
    StringBuilder s = new StringBuilder("input (" + input.length + " bytes): ");
    text.codePoints().limit(3000).forEach(cp -> {
      if (cp == '\n') {
        s.append("⏎\n");
      } else if (cp < 0x20 || cp == 0xFFFD || cp >= 0xD800 && cp < 0xE000) {
        s.append(String.format("\\u%04X", cp));
      } else {
        s.appendCodePoint(cp);
      }
    });
    return s.toString();
  }
}
