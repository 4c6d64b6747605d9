package io.github.newscorpus.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.newscorpus.Corpus;
import io.github.newscorpus.model.Article;
import io.github.newscorpus.model.EntityType;
import io.github.newscorpus.model.MentionKind;
import io.github.newscorpus.model.Span;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * Tests the matching of {@link EntityScorer}: the regression cases of issue 15 on the bundled
 * article (whose first name mention is "Trump" at [0, 5), PERSON; it has 196 name mentions, 62
 * of them PERSON, none UNNAMED_SOURCE), and properties over random mentions.
 */
class EntityScorerTest {

  static final Article STORY = Corpus.bundled().articles().get(0);
  static final Evaluation GOLD = Evaluation.of(STORY);

  // ------------------------------------------------------------------ issue 15, regressions

  @Test
  void aLongerPredictionDoesNotTakeTheGoldMentionFromTheExactOne() {
    // [0,6) "Trump’" comes first in document order (the longer span first) and overlaps Trump;
    // the greedy pass gave it Trump (incorrect) and left [0,5) spurious. The assignment pairs the
    // exact span: correct 1, spurious 1 ([0,6)), missed 195
    EntityScore s = GOLD.entities(Annotations.of(STORY.text())
        .mention(0, 5, "PER").mention(0, 6, "PER").build());
    assertEquals(new Counts(1, 0, 0, 195, 1), s.counts(Scheme.STRICT));
    assertEquals(List.of("FALSE_POSITIVE predicted [0, 6) \"Trump’\" PERSON"),
        s.errors().stream().filter(e -> e.kind() != ScoringError.Kind.FALSE_NEGATIVE)
            .map(ScoringError::toString).toList());
  }

  @Test
  void twoTypesAtOneSpanScoreTheSameInEitherOrder() {
    // ORGANIZATION first used to take Trump (incorrect) and leave PERSON spurious; either way the
    // PERSON prediction is correct and the ORGANIZATION one spurious
    for (List<String> labels : List.of(List.of("ORG", "PER"), List.of("PER", "ORG"))) {
      EntityScore s = GOLD.entities(Annotations.of(STORY.text())
          .mention(0, 5, labels.get(0)).mention(0, 5, labels.get(1)).build());
      assertEquals(new Counts(1, 0, 0, 195, 1), s.counts(Scheme.STRICT), labels.toString());
      assertEquals(List.of("FALSE_POSITIVE predicted [0, 5) \"Trump\" ORGANIZATION"),
          s.errors().stream().filter(e -> e.kind() != ScoringError.Kind.FALSE_NEGATIVE)
              .map(ScoringError::toString).toList(), labels.toString());
    }
  }

  @Test
  void aTypeOnlyPredictedIsScoredAndCountsTheMistypedMatch() {
    EntityScore s = GOLD.entities(Annotations.of(STORY.text()).mention(0, 5, "UNNAMED_SOURCE").build());
    // every gold type and the predicted one, in declaration order
    assertEquals(List.of(EntityType.PERSON, EntityType.ORGANIZATION, EntityType.LOCATION,
        EntityType.NORP, EntityType.LAW, EntityType.MEDIA, EntityType.BRAND,
        EntityType.UNNAMED_SOURCE), s.types());
    // UNNAMED_SOURCE: no gold mention; its one prediction is incorrect under STRICT: P 0/1, R 0/0
    // (counted 0), F1 0 (it was all zero with ratios 1/1/1)
    assertEquals(new TypeCounts(new Counts(0, 0, 0, 0, 0), new Counts(0, 1, 0, 0, 0)),
        s.counts(Scheme.STRICT, EntityType.UNNAMED_SOURCE));
    assertEquals(new Ratios(0, 0, 0), s.ratios(Scheme.STRICT, EntityType.UNNAMED_SOURCE));
    // under EXACT the exact span is right whatever the type: P 1/1 for the type given
    assertEquals(new Ratios(1, 0, 0), s.ratios(Scheme.EXACT, EntityType.UNNAMED_SOURCE));
    // PERSON: Trump incorrect, the other 61 missed; no prediction was typed PERSON
    assertEquals(new TypeCounts(new Counts(0, 1, 0, 61, 0), new Counts(0, 0, 0, 0, 0)),
        s.counts(Scheme.STRICT, EntityType.PERSON));
    // STRICT macro: every type's ratios are 0
    assertEquals(new Ratios(0, 0, 0), s.macro(Scheme.STRICT));
  }

  // ------------------------------------------------------------------ nervaluate

  /**
   * Every figure nervaluate 1.1.0 itself reported, overall and per tag under its four schemes, for
   * 300 seeded random prediction sets (src/test/resources/eval/nervaluate/README.md says how they
   * were made), equals Matching.NERVALUATE's, exactly.
   */
  @Test
  void nervaluateModeReproducesNervaluatesOwnFigures() throws IOException {
    JsonNode fixture;
    try (InputStream in = EntityScorerTest.class.getResourceAsStream("/eval/nervaluate/nervaluate-1.1.0.json")) {
      fixture = new ObjectMapper().readTree(in);
    }
    assertEquals("1.1.0", fixture.get("version").asText());
    // the fixture was made from the same gold: the name mentions in document order
    List<String> gold = STORY.mentions().stream().filter(m -> m.kind() == MentionKind.NAME)
        .map(m -> List.of(m.span().begin(), m.span().end(), m.entity().type().name()).toString())
        .toList();
    assertEquals(gold, stream(fixture.get("gold")).map(EntityScorerTest::item).toList());
    int cases = 0;
    for (JsonNode c : fixture.get("cases")) {
      Annotations.Builder predicted = Annotations.of(STORY.text());
      for (JsonNode p : c.get("predicted")) {
        predicted.mention(p.get(0).asInt(), p.get(1).asInt(), EntityType.valueOf(p.get(2).asText()));
      }
      EntityScore s = GOLD.entities(predicted.build(), Matching.NERVALUATE);
      String where = "case " + cases;
      List<EntityType> tags = new ArrayList<>();
      c.get("entities").fieldNames().forEachRemaining(t -> tags.add(EntityType.valueOf(t)));
      assertEquals(tags, s.types(), where);
      for (Scheme scheme : Scheme.values()) {
        JsonNode overall = c.get("overall").get(scheme.name());
        assertEquals(counts(overall), s.counts(scheme), where + " " + scheme);
        assertEquals(ratios(overall), s.ratios(scheme), where + " " + scheme);
        for (EntityType t : tags) {
          JsonNode perTag = c.get("entities").get(t.name()).get(scheme.name());
          Counts n = counts(perTag);
          assertEquals(new TypeCounts(new Counts(n.correct(), n.incorrect(), n.partial(), n.missed(), 0),
              new Counts(n.correct(), n.incorrect(), n.partial(), 0, n.spurious())),
              s.counts(scheme, t), where + " " + scheme + " " + t);
          assertEquals(ratios(perTag), s.ratios(scheme, t), where + " " + scheme + " " + t);
        }
      }
      cases++;
    }
    assertEquals(300, cases);
  }

  private static Stream<JsonNode> stream(JsonNode array) {
    List<JsonNode> nodes = new ArrayList<>();
    array.forEach(nodes::add);
    return nodes.stream();
  }

  private static String item(JsonNode node) {
    return List.of(node.get(0).asInt(), node.get(1).asInt(), node.get(2).asText()).toString();
  }

  /** Reads [correct, incorrect, partial, missed, spurious, precision, recall, f1]. */
  private static Counts counts(JsonNode f) {
    return new Counts(f.get(0).asInt(), f.get(1).asInt(), f.get(2).asInt(), f.get(3).asInt(), f.get(4).asInt());
  }

  private static Ratios ratios(JsonNode f) {
    return new Ratios(f.get(5).asDouble(), f.get(6).asDouble(), f.get(7).asDouble());
  }

  // ------------------------------------------------------------------ properties

  private static final String TEXT = "x".repeat(40);
  private static final EntityType[] TYPES = {EntityType.PERSON, EntityType.LOCATION, EntityType.NORP};

  /** Shuffling either side never changes a count, a ratio or an error, in either matching. */
  @Property(tries = 400, seed = "1515", edgeCases = EdgeCasesMode.NONE)
  void orderNeverChangesTheScore(@ForAll("items") List<EntityScorer.Item> gold,
      @ForAll("items") List<EntityScorer.Item> predicted, @ForAll long seed) {
    List<EntityScorer.Item> shuffledGold = new ArrayList<>(gold);
    List<EntityScorer.Item> shuffledPredicted = new ArrayList<>(predicted);
    Collections.shuffle(shuffledGold, new Random(seed));
    Collections.shuffle(shuffledPredicted, new Random(seed + 1));
    for (Matching m : Matching.values()) {
      EntityScorer scorer = new EntityScorer(TEXT);
      assertEquals(summary(scorer.score(gold, predicted, m)),
          summary(scorer.score(shuffledGold, shuffledPredicted, m)), m.name());
    }
  }

  /**
   * The optimal pairing is the best by (exact spans, same types, overlapping characters), found by
   * trying every one-to-one pairing of overlapping mentions.
   */
  @Property(tries = 400, seed = "1516", edgeCases = EdgeCasesMode.NONE)
  void optimalPairingIsTheBestOfAll(@ForAll("items") List<EntityScorer.Item> gold,
      @ForAll("items") List<EntityScorer.Item> predicted) {
    int[] goldOf = EntityScorer.optimal(gold, predicted);
    long[] key = new long[3];
    boolean[] taken = new boolean[gold.size()];
    for (int p = 0; p < predicted.size(); p++) {
      if (goldOf[p] >= 0) {
        assertEquals(false, taken[goldOf[p]], "gold paired twice");
        taken[goldOf[p]] = true;
        add(key, gold.get(goldOf[p]), predicted.get(p));
      }
    }
    long[] best = best(gold, predicted, 0, new boolean[gold.size()]);
    assertEquals(List.of(best[0], best[1], best[2]), List.of(key[0], key[1], key[2]));
  }

  @Provide
  Arbitrary<List<EntityScorer.Item>> items() {
    Arbitrary<EntityScorer.Item> item = Combinators.combine(Arbitraries.integers().between(0, 20),
        Arbitraries.integers().between(1, 6), Arbitraries.of(TYPES))
        .as((begin, length, type) -> new EntityScorer.Item(new Span(begin, begin + length), type));
    return item.list().ofMaxSize(5);
  }

  private static long[] best(List<EntityScorer.Item> gold, List<EntityScorer.Item> predicted, int p,
      boolean[] taken) {
    if (p == predicted.size()) {
      return new long[3];
    }
    long[] best = best(gold, predicted, p + 1, taken);
    for (int g = 0; g < gold.size(); g++) {
      if (!taken[g] && gold.get(g).span().overlaps(predicted.get(p).span())) {
        taken[g] = true;
        long[] with = best(gold, predicted, p + 1, taken).clone();
        add(with, gold.get(g), predicted.get(p));
        taken[g] = false;
        if (compare(with, best) > 0) {
          best = with;
        }
      }
    }
    return best;
  }

  private static void add(long[] key, EntityScorer.Item g, EntityScorer.Item p) {
    key[0] += g.span().equals(p.span()) ? 1 : 0;
    key[1] += g.type() == p.type() ? 1 : 0;
    key[2] += Math.min(g.span().end(), p.span().end()) - Math.max(g.span().begin(), p.span().begin());
  }

  private static int compare(long[] a, long[] b) {
    for (int i = 0; i < a.length; i++) {
      if (a[i] != b[i]) {
        return Long.compare(a[i], b[i]);
      }
    }
    return 0;
  }

  /** Returns every count, per-type count, ratio and error of a score, as one comparable string. */
  static String summary(EntityScore s) {
    StringBuilder b = new StringBuilder(s.types().toString());
    for (Scheme scheme : Scheme.values()) {
      b.append('\n').append(scheme).append(' ').append(s.counts(scheme)).append(' ')
          .append(s.ratios(scheme)).append(' ').append(s.macro(scheme)).append(' ')
          .append(s.errors(scheme));
      for (EntityType t : s.types()) {
        b.append('\n').append(t).append(' ').append(s.counts(scheme, t));
      }
    }
    return b.toString();
  }
}
