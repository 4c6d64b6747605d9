package io.github.newscorpus.junit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.newscorpus.Corpus;
import io.github.newscorpus.model.Article;
import io.github.newscorpus.model.EntityType;
import io.github.newscorpus.model.MentionKind;
import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.platform.commons.PreconditionViolationException;

/** Lists the gold items of the two-story test corpus, worked out by hand from the file. */
class GoldItemsTest {

  private static Corpus corpus;

  @BeforeAll
  static void read() throws IOException {
    corpus = Corpus.read(Path.of(NewsCorpusExtensionTest.TWO_STORIES));
  }

  static class Samples {
    @GoldQuotes
    void quotes() {}

    @GoldEntities(types = EntityType.PERSON)
    void people() {}

    @GoldMentions(kinds = MentionKind.PRONOUN)
    void pronouns() {}

    @GoldSentences
    void sentences() {}

    void none() {}

    @GoldQuotes
    @GoldEntities
    void two() {}
  }

  private static List<GoldItems.Item> items(String method) throws NoSuchMethodException {
    return GoldItems.of(Samples.class.getDeclaredMethod(method), corpus);
  }

  private static List<String> names(List<GoldItems.Item> items) {
    return items.stream().map(GoldItems.Item::name).toList();
  }

  private static List<String> articles(List<GoldItems.Item> items) {
    return items.stream().map(i -> i.article().id()).toList();
  }

  @Test
  void quotesInCorpusOrderWithTheirArticles() throws Exception {
    List<GoldItems.Item> items = items("quotes");
    assertEquals(List.of("q1 Ann Lee: “We won.”", "q2 Police: “the road was closed”",
        "q3 Bob Ray: “a mess”"), names(items));
    assertEquals(List.of("story-a", "story-b", "story-b"), articles(items));
    Article storyB = corpus.articles().get(1);
    assertEquals(storyB.quotes().get(1), items.get(2).payload());
    assertEquals(storyB, items.get(2).article());
  }

  @Test
  void entitiesOfTheTypesAsked() throws Exception {
    List<GoldItems.Item> items = items("people");
    assertEquals(List.of("e-ann Ann Lee (PERSON)", "e-bob Bob Ray (PERSON)"), names(items));
    assertEquals(List.of("story-a", "story-b"), articles(items));
  }

  @Test
  void mentionsOfTheKindsAsked() throws Exception {
    List<GoldItems.Item> items = items("pronouns");
    assertEquals(List.of("m2 \"She\" → Ann Lee (PRONOUN)"), names(items));
    assertEquals(List.of("story-a"), articles(items));
  }

  @Test
  void sentencesNumberedWithinTheirArticle() throws Exception {
    List<GoldItems.Item> items = items("sentences");
    assertEquals(List.of("sentence 1 [0, 22) \"Ann Lee said “We won.”\"",
        "sentence 2 [23, 34) \"She smiled.\"",
        "sentence 1 [0, 32) \"Police said the road was closed.\"",
        "sentence 2 [33, 60) \"Bob Ray called it “a mess”.\""), names(items));
    assertEquals(List.of("story-a", "story-a", "story-b", "story-b"), articles(items));
  }

  @Test
  void aMethodWithoutAGoldAnnotationIsRefused() throws Exception {
    Method none = Samples.class.getDeclaredMethod("none");
    PreconditionViolationException e = assertThrows(PreconditionViolationException.class,
        () -> GoldItems.of(none, corpus));
    assertEquals("GoldArgumentsProvider is for methods annotated with @GoldQuotes, @GoldEntities, "
        + "@GoldMentions or @GoldSentences, not " + none, e.getMessage());
  }

  @Test
  void aMethodWithTwoGoldAnnotationsIsRefused() throws Exception {
    Method two = Samples.class.getDeclaredMethod("two");
    PreconditionViolationException e = assertThrows(PreconditionViolationException.class,
        () -> GoldItems.of(two, corpus));
    assertEquals("use one of @GoldQuotes, @GoldEntities, @GoldMentions and @GoldSentences on "
        + two + ", not 2", e.getMessage());
  }

  @Test
  void listsTheGoldAnnotationsPresent() throws Exception {
    assertEquals(List.of(GoldQuotes.class, GoldEntities.class),
        GoldItems.present(Samples.class.getDeclaredMethod("two")));
    assertEquals(List.of(), GoldItems.present(Samples.class.getDeclaredMethod("none")));
  }
}
