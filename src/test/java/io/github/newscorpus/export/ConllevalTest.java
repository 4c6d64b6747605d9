package io.github.newscorpus.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.newscorpus.Corpus;
import io.github.newscorpus.eval.Annotations;
import io.github.newscorpus.eval.Counts;
import io.github.newscorpus.eval.EntityScore;
import io.github.newscorpus.eval.Evaluation;
import io.github.newscorpus.eval.LabelMap;
import io.github.newscorpus.eval.PredictedMention;
import io.github.newscorpus.eval.Ratios;
import io.github.newscorpus.eval.Scheme;
import io.github.newscorpus.eval.TypeCounts;
import io.github.newscorpus.model.Article;
import io.github.newscorpus.model.EntityType;
import io.github.newscorpus.model.MentionKind;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Checks that the scorer, fed by {@link Conll#read}, reports {@code conlleval}'s own figures for
 * the files under {@code src/test/resources/export/conlleval/} (see the README there for how the
 * files and conlleval's output were made).
 */
class ConllevalTest {

  private static final Article STORY = Corpus.bundled().articles().get(0);
  private static final Pattern TOTALS = Pattern.compile(
      "processed (\\d+) tokens with (\\d+) phrases; found: (\\d+) phrases; correct: (\\d+)\\.");
  private static final Pattern RATIOS = Pattern.compile(
      "precision: +([\\d.]+)%; recall: +([\\d.]+)%; FB1: +([\\d.]+)");
  private static final Pattern TYPE = Pattern.compile(
      " *(\\w+): precision: +([\\d.]+)%; recall: +([\\d.]+)%; FB1: +([\\d.]+) +(\\d+)");

  private static Path fixture(String name) throws URISyntaxException {
    return Path.of(Objects.requireNonNull(ConllevalTest.class.getResource(
        "/export/conlleval/" + name), name).toURI());
  }

  private static String conlleval(String name) throws IOException {
    try (InputStream in = ConllevalTest.class.getResourceAsStream("/export/conlleval/" + name)) {
      return new String(Objects.requireNonNull(in, name).readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static String percent(double ratio) {
    return String.format(Locale.ROOT, "%.2f", 100 * ratio);
  }

  @ParameterizedTest
  @CsvSource({"iob2.txt, IOB2, iob2.conlleval.txt", "iob1.txt, IOB1, iob1.conlleval.txt",
      "bioes.txt, BIOES, bioes.conlleval.txt"})
  void scorerReportsConllevalsFigures(String file, Conll.Tagging tagging, String output)
      throws IOException, URISyntaxException {
    Annotations predicted = Conll.read(fixture(file), STORY, tagging, LabelMap.NEWSCORPUS);
    EntityScore score = Evaluation.of(STORY).entities(predicted);
    List<String> lines = conlleval(output).lines().toList();

    Matcher totals = TOTALS.matcher(lines.get(0));
    assertTrue(totals.matches(), lines.get(0));
    Counts strict = score.counts(Scheme.STRICT);
    assertEquals(Integer.parseInt(totals.group(1)), predicted.tokens().size(), "processed tokens");
    assertEquals(Integer.parseInt(totals.group(2)), strict.gold(), "phrases");
    assertEquals(STORY.mentions().stream().filter(m -> m.kind() == MentionKind.NAME).count(),
        strict.gold(), "the gold column holds the article's name mentions");
    assertEquals(Integer.parseInt(totals.group(3)), strict.predicted(), "found");
    assertEquals(Integer.parseInt(totals.group(4)), strict.correct(), "correct");
    Matcher overall = RATIOS.matcher(lines.get(1));
    assertTrue(overall.find(), lines.get(1));
    Ratios r = score.ratios(Scheme.STRICT);
    assertEquals(overall.group(1), percent(r.precision()), "precision");
    assertEquals(overall.group(2), percent(r.recall()), "recall");
    assertEquals(overall.group(3), percent(r.f1()), "FB1");

    assertEquals(score.types().stream().map(EntityType::name).sorted().toList(),
        lines.subList(2, lines.size()).stream().map(l -> l.strip().split(":")[0]).toList(),
        "the types, in conlleval's order");
    for (String line : lines.subList(2, lines.size())) {
      Matcher t = TYPE.matcher(line);
      assertTrue(t.matches(), line);
      EntityType type = EntityType.valueOf(t.group(1));
      // like conlleval, a phrase counts for precision under its predicted type and for recall
      // under its gold type (TypeCounts), so the per-type figures compare directly
      TypeCounts c = score.counts(Scheme.STRICT, type);
      assertEquals(Long.parseLong(t.group(5)), c.predicted().predicted(), type + " found");
      Ratios byType = score.ratios(Scheme.STRICT, type);
      assertEquals(t.group(2), percent(byType.precision()), type + " precision");
      assertEquals(t.group(3), percent(byType.recall()), type + " recall");
      assertEquals(t.group(4), percent(byType.f1()), type + " FB1");
    }
  }
}
