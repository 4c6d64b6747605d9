package io.github.newscorpus.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.BiPredicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Tests {@link Layer}. Diagrams as in {@link SpanTest}: {@code [ ]} bound the reference x,
 * {@code #} is the layer's one annotation a, {@code |} an empty a, {@code []} an empty x.
 */
class LayerTest {

  static Sentence sentence(int begin, int end) {
    return new Sentence(new Span(begin, end), "x".repeat(end - begin));
  }

  @ParameterizedTest(name = "{0}: coveredBy {1}, covering {2}, overlapping {3}, preceding {4}, following {5}, at {6}")
  @CsvSource({
      "'[--]..##', false, false, false, false, true,  false",
      "'[--]##',   false, false, false, false, true,  false",
      "'##[--]',   false, false, false, true,  false, false",
      "'[-##-]',   true,  false, true,  false, false, false",
      "'[##]',     true,  true,  true,  false, false, true",
      "'[##--]',   true,  false, true,  false, false, false",
      "'[--##]',   true,  false, true,  false, false, false",
      "'[--#]##',  false, false, true,  false, false, false",
      "'#[#--]',   false, false, true,  false, false, false",
      "'#[--]#',   false, true,  true,  false, false, false",
      "'[-|-]',    true,  false, false, false, false, false",
      "'[--]|',    true,  false, false, false, true,  false",
      "'|[--]',    true,  false, false, true,  false, false",
      "'#[]#',     false, true,  false, false, false, false",
      "'[]##',     false, true,  false, false, true,  false",
      "'##[]',     false, true,  false, true,  false, false",
  })
  void relationsOfOneAnnotationToAReference(String diagram, boolean coveredBy, boolean covering,
      boolean overlapping, boolean preceding, boolean following, boolean at) {
    Span[] xa = SpanTest.spans(diagram);
    Span x = xa[0];
    Sentence a = sentence(xa[1].begin(), xa[1].end());
    Layer<Sentence> layer = Layer.of(List.of(a));
    List<Sentence> found = List.of(a);
    List<Sentence> none = List.of();
    assertEquals(coveredBy ? found : none, layer.coveredBy(x), "coveredBy");
    assertEquals(covering ? found : none, layer.covering(x), "covering");
    assertEquals(overlapping ? found : none, layer.overlapping(x), "overlapping");
    assertEquals(preceding ? found : none, layer.preceding(x), "preceding");
    assertEquals(following ? found : none, layer.following(x), "following");
    assertEquals(at ? found : none, layer.at(x), "at");
  }

  @Test
  void anAnnotationIsNeverInItsOwnResultButItsTwinsAre() {
    Mention a = new Mention("m1", new Span(0, 3), "Ann", ArticleTest.ANN, MentionKind.NAME);
    Mention twin = new Mention("m2", new Span(0, 3), "Ann", ArticleTest.BOB, MentionKind.NAME);
    Layer<Mention> layer = Layer.of(List.of(a, twin));
    assertEquals(List.of(twin), layer.at(a));
    assertEquals(List.of(twin), layer.coveredBy(a));
    assertEquals(List.of(twin), layer.covering(a));
    assertEquals(List.of(a, twin), layer.at(a.span()), "a span is not an annotation of the layer");
  }

  /** Regression: equal annotations used to drop each other from their results. */
  @Test
  void equalTwinsAreStillInEachOthersResults() {
    Sentence s = sentence(0, 3);
    Sentence equal = sentence(0, 3);
    Layer<Sentence> layer = Layer.of(List.of(s, equal));
    assertEquals(1, layer.at(s).size());
    assertSame(equal, layer.at(s).get(0));
  }

  @Test
  void sortsIntoDocumentOrderAndIsUnmodifiable() {
    Layer<Sentence> layer = Layer.of(List.of(sentence(5, 6), sentence(0, 9), sentence(0, 2)));
    assertEquals(List.of(sentence(0, 9), sentence(0, 2), sentence(5, 6)), layer);
    assertThrows(UnsupportedOperationException.class, () -> layer.add(sentence(1, 2)));
    assertThrows(UnsupportedOperationException.class, () -> layer.remove(0));
  }

  @Test
  void precedingAndFollowingWithACountTakeTheClosest() {
    // ##.##.[--].##.##  with a = [0,2) [3,5) [10,12) [13,15), x = [6,8)
    Layer<Sentence> layer = Layer.of(List.of(sentence(0, 2), sentence(3, 5), sentence(10, 12), sentence(13, 15)));
    Span x = new Span(6, 8);
    assertEquals(List.of(sentence(3, 5)), layer.preceding(x, 1));
    assertEquals(List.of(sentence(0, 2), sentence(3, 5)), layer.preceding(x, 5));
    assertEquals(List.of(sentence(10, 12)), layer.following(x, 1));
    assertEquals(List.of(), layer.following(x, 0));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> layer.preceding(x, -1));
    assertEquals("count (-1) must not be negative", e.getMessage());
  }

  @Test
  void emptyLayerAnswersNothing() {
    Layer<Sentence> empty = Layer.empty();
    Span x = new Span(0, 5);
    assertEquals(List.of(), empty.coveredBy(x));
    assertEquals(List.of(), empty.covering(x));
    assertEquals(List.of(), empty.overlapping(x));
    assertEquals(List.of(), empty.preceding(x));
    assertEquals(List.of(), empty.following(x));
    assertEquals(List.of(), empty.at(x));
  }

  /** Compares every relation with a brute-force filter, on random, heavily nested layers. */
  @Test
  void agreesWithBruteForceOnRandomSpans() {
    Random random = new Random(20261129);
    for (int round = 0; round < 2_000; round++) {
      int textLength = 1 + random.nextInt(40);
      List<Sentence> items = new ArrayList<>();
      int n = random.nextInt(30);
      for (int i = 0; i < n; i++) {
        items.add(randomSentence(random, textLength));
      }
      Layer<Sentence> layer = Layer.of(items);
      for (int q = 0; q < 10; q++) {
        Spanned x = !items.isEmpty() && random.nextInt(4) == 0
            ? items.get(random.nextInt(items.size())) : randomSentence(random, textLength).span();
        Span s = x.span();
        String where = "round " + round + ", x " + s + ", layer " + layer.stream()
            .map(a -> a.span().toString()).collect(Collectors.joining(" "));
        assertEquals(brute(layer, x, (a, r) -> r.begin() <= a.begin() && a.end() <= r.end()),
            layer.coveredBy(x), "coveredBy, " + where);
        assertEquals(brute(layer, x, (a, r) -> a.begin() <= r.begin() && r.end() <= a.end()),
            layer.covering(x), "covering, " + where);
        assertEquals(brute(layer, x, Span::overlaps), layer.overlapping(x), "overlapping, " + where);
        assertEquals(brute(layer, x, (a, r) -> a.end() <= r.begin()), layer.preceding(x), "preceding, " + where);
        assertEquals(brute(layer, x, (a, r) -> r.end() <= a.begin()), layer.following(x), "following, " + where);
        assertEquals(brute(layer, x, Span::equals), layer.at(x), "at, " + where);
        int count = random.nextInt(4);
        List<Sentence> before = brute(layer, x, (a, r) -> a.end() <= r.begin());
        assertEquals(before.subList(Math.max(0, before.size() - count), before.size()),
            layer.preceding(x, count), "preceding " + count + ", " + where);
        List<Sentence> after = brute(layer, x, (a, r) -> r.end() <= a.begin());
        assertEquals(after.subList(0, Math.min(count, after.size())), layer.following(x, count),
            "following " + count + ", " + where);
      }
    }
  }

  private static Sentence randomSentence(Random random, int textLength) {
    int begin = random.nextInt(textLength + 1);
    int end = begin + random.nextInt(textLength - begin + 1);
    return sentence(begin, end);
  }

  private static List<Sentence> brute(Layer<Sentence> layer, Spanned x, BiPredicate<Span, Span> relation) {
    return layer.stream().filter(a -> a != x && relation.test(a.span(), x.span())).toList();
  }

  @Test
  void printsSizeAndFirstThreeTextsNeverTheWholeLayer() {
    Mention ann = ArticleTest.ANN_NAME;
    Mention she = ArticleTest.SHE;
    Mention bob = ArticleTest.BOB_NAME;
    assertEquals("Layer[3 mentions: \"Ann Lee\", \"She\", \"Bob\"]", Layer.of(List.of(bob, she, ann)).toString());
    Mention bob2 = new Mention("m4", new Span(50, 53), "Bob", ArticleTest.BOB, MentionKind.NAME);
    assertEquals("Layer[4 mentions: \"Ann Lee\", \"She\", \"Bob\", …]",
        Layer.of(List.of(ann, she, bob, bob2)).toString());
    assertEquals("Layer[1 paragraph: \"Ann Lee won.\"]", Layer.of(List.of(ArticleTest.P1)).toString());
    assertEquals("Layer[0 annotations]", Layer.empty().toString());
    // mixed kinds; the paragraph [0, 12) comes before the mention [0, 7) it encloses
    assertEquals("Layer[2 annotations: \"Ann Lee won.\", \"Ann Lee\"]",
        Layer.<Annotation>of(List.of(ann, ArticleTest.P1)).toString());
    // 67 characters: cut at the last space within the first 30, after "been" (at 28)
    String text = "We know that damage has been done to the relationship between them.";
    assertEquals("Layer[1 sentence: \"We know that damage has been…\"]",
        Layer.of(List.of(new Sentence(new Span(0, 67), text))).toString());
  }
}
