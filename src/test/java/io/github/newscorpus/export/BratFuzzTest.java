package io.github.newscorpus.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.github.newscorpus.CorpusFormatException;
import io.github.newscorpus.model.Article;
import io.github.newscorpus.testing.Fuzzing;
import io.github.newscorpus.testing.Fuzzing.Outcome;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.lifecycle.AfterContainer;

/**
 * Fuzzes {@link Brat#read(Path)} with pairs of files made from valid seeds by random changes
 * ({@link BratMutations}): the only outcomes allowed are an article, which then writes back and
 * reads as the same article, or a {@link CorpusFormatException} whose every problem starts with
 * the file and a line ({@code x.ann:12: …}, or {@code x.txt:1:5: …} for a text that is not UTF-8).
 * Seeded; {@link Fuzzing} runs more on request.
 */
@AddLifecycleHook(Fuzzing.class)
class BratFuzzTest {

  private static final Path DIR = temporaryDirectory();
  private static final long MAX_NANOS = 10_000_000_000L;

  private static Path temporaryDirectory() {
    try {
      return Files.createTempDirectory("brat-fuzz");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @AfterContainer
  static void report() throws IOException {
    Fuzzing.report("BratFuzzTest");
    try (Stream<Path> all = Files.walk(DIR)) {
      for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }

  @Provide
  Arbitrary<BratMutations.Case> cases() {
    return BratMutations.cases();
  }

  @Property(tries = 1000, seed = "20170225", edgeCases = EdgeCasesMode.NONE)
  void bratIsReadOrRejectedWithPlaces(@ForAll("cases") BratMutations.Case c) throws IOException {
    byte[][] files = c.apply();
    Path txt = Files.write(DIR.resolve("doc.txt"), files[0]);
    Path ann = Files.write(DIR.resolve("doc.ann"), files[1]);
    long start = System.nanoTime();
    try {
      Article article = Brat.read(txt);
      StringWriter text = new StringWriter();
      StringWriter lines = new StringWriter();
      Brat.write(article, text, lines);
      assertEquals(article, Brat.read("doc", text.toString(), lines.toString().lines().toList(), "copy.ann"),
          () -> "write then read: " + BratMutations.show(files));
      Fuzzing.count("Brat.read", Outcome.VALID);
    } catch (CorpusFormatException e) {
      assertPlaced(e, txt, ann, files);
      Fuzzing.count("Brat.read", Outcome.REJECTED);
    } catch (IOException | RuntimeException e) {
      throw new AssertionError("neither an article nor a CorpusFormatException: " + e + "\n"
          + BratMutations.show(files), e);
    }
    assertTrue(System.nanoTime() - start < MAX_NANOS, () -> "took too long: " + BratMutations.show(files));
  }

  /** Checks that every problem starts with one of the files and a line in it. */
  private static void assertPlaced(CorpusFormatException e, Path txt, Path ann, byte[][] files) {
    Pattern place = Pattern.compile("(" + Pattern.quote(ann.toString()) + "|" + Pattern.quote(txt.toString())
        + ")(:\\d+){1,2}: .*", Pattern.DOTALL);
    for (String problem : e.problems().stream().map(Object::toString).toList()) {
      if (!place.matcher(problem).matches()) {
        fail("problem without its file and line: " + problem + "\n" + BratMutations.show(files));
      }
    }
  }
}
