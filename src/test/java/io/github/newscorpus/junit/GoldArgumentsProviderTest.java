package io.github.newscorpus.junit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import io.github.newscorpus.model.Article;
import io.github.newscorpus.model.Entity;
import io.github.newscorpus.model.EntityType;
import io.github.newscorpus.model.Mention;
import io.github.newscorpus.model.MentionKind;
import io.github.newscorpus.model.Quote;
import io.github.newscorpus.model.QuoteKind;
import io.github.newscorpus.model.Sentence;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.EventConditions;
import org.junit.platform.testkit.engine.TestExecutionResultConditions;
import org.junit.platform.testkit.engine.Event;
import org.junit.platform.testkit.engine.Events;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs sample test classes through the JUnit engine and checks how many cases each annotation
 * yields (counts from the bundled article) and their display names.
 */
class GoldArgumentsProviderTest {

  static class Samples {
    @ParameterizedTest
    @GoldQuotes
    void everyQuote(Quote q) {
      assertTrue(!q.segments().isEmpty());
    }

    @ParameterizedTest
    @GoldQuotes(kinds = QuoteKind.PARTIAL)
    void partialQuotes(Quote q) {
      assertEquals(QuoteKind.PARTIAL, q.kind());
    }

    @ParameterizedTest
    @GoldEntities(types = {EntityType.UNNAMED_SOURCE, EntityType.LAW})
    void someEntities(Entity e) {}

    @ParameterizedTest
    @GoldMentions(kinds = MentionKind.PRONOUN)
    void pronouns(Mention m) {
      assertEquals(MentionKind.PRONOUN, m.kind());
    }

    @ParameterizedTest
    @GoldSentences
    void sentences(Sentence s) {}
  }

  private static Events run() {
    return EngineTestKit.engine("junit-jupiter").selectors(selectClass(Samples.class)).execute()
        .testEvents();
  }

  private static List<String> names(Events events, String method) {
    return events.succeeded().stream()
        .filter(e -> e.getTestDescriptor().getUniqueId().toString().contains(method))
        .map(Event::getTestDescriptor).map(d -> d.getDisplayName()).toList();
  }

  @Test
  void oneCasePerGoldItemWithReadableNames() {
    Events events = run();
    assertEquals(0, events.failed().count());
    assertEquals(18, names(events, "everyQuote").size());
    assertEquals(List.of("[1] q2 La Jornada: “total war”"), names(events, "partialQuotes"));
    // the two unnamed sources and NAFTA, in order of first mention
    assertEquals(List.of("[1] e-nafta North American Free Trade Agreement (LAW)",
        "[2] e-attendee one of the people who attended the meeting (UNNAMED_SOURCE)",
        "[3] e-ambassadors six former U.S. ambassadors to Mexico (UNNAMED_SOURCE)"),
        names(events, "someEntities"));
    assertEquals(22, names(events, "pronouns").size());
    assertEquals(70, names(events, "sentences").size());
    // cut at the first space at or after character 40: after "ties"
    assertEquals("[1] sentence 1 [0, 67) \"Trump’s top deputies hope to shore up ties…\"",
        names(events, "sentences").get(0));
  }

  static class Misused {
    @ParameterizedTest
    @GoldQuotes
    @GoldSentences
    void both(Object item) {}
  }

  @Test
  void twoGoldAnnotationsOnOneMethodAreRefused() {
    EngineTestKit.engine("junit-jupiter").selectors(selectClass(Misused.class)).execute()
        .containerEvents().assertThatEvents().haveAtLeastOne(EventConditions.finishedWithFailure(
            TestExecutionResultConditions.message(m -> m.contains("use one of @GoldQuotes, @GoldEntities, "
                + "@GoldMentions and @GoldSentences on") && m.endsWith("not 2"))));
  }

  @CorpusFile(NewsCorpusExtensionTest.TWO_STORIES)
  static class FromAFile {
    @ParameterizedTest
    @GoldQuotes
    void quotes(Quote q) {}

    @ParameterizedTest
    @GoldQuotes(kinds = QuoteKind.PARTIAL)
    void partialWithItsArticle(Quote q, Article story) {
      assertEquals("story-b", story.id());
      assertTrue(story.quotes().contains(q));
    }

    @ParameterizedTest
    @GoldSentences
    void sentencesWithTheirArticle(Sentence s, Article story) {
      assertEquals(s.text(), story.text().substring(s.span().begin(), s.span().end()));
    }

    @ParameterizedTest
    @GoldEntities(types = EntityType.PERSON)
    @ExtendWith(NewsCorpusExtension.class)
    void anArticleIdIsLeftToTheExtension(Entity e, @ArticleId("story-a") Article story) {
      assertEquals("story-a", story.id());
    }
  }

  @Test
  void aCorpusFileSuppliesTheItemsAndAnArticleParameterGetsTheItemsArticle() {
    Events events = EngineTestKit.engine("junit-jupiter").selectors(selectClass(FromAFile.class))
        .execute().testEvents();
    assertEquals(0, events.failed().count());
    assertEquals(List.of("[1] q1 Ann Lee: “We won.”", "[2] q2 Police: “the road was closed”",
        "[3] q3 Bob Ray: “a mess”"), names(events, "quotes"));
    assertEquals(List.of("[1] q3 Bob Ray: “a mess”, story-b"), names(events, "partialWithItsArticle"));
    assertEquals(List.of("[1] sentence 1 [0, 22) \"Ann Lee said “We won.”\", story-a",
        "[2] sentence 2 [23, 34) \"She smiled.\", story-a",
        "[3] sentence 1 [0, 32) \"Police said the road was closed.\", story-b",
        "[4] sentence 2 [33, 60) \"Bob Ray called it “a mess”.\", story-b"),
        names(events, "sentencesWithTheirArticle"));
    // the provider supplies the entity alone; the extension resolves the pinned article
    assertEquals(List.of("[1] e-ann Ann Lee (PERSON)", "[2] e-bob Bob Ray (PERSON)"),
        names(events, "anArticleIdIsLeftToTheExtension"));
  }

  static class BundledWithArticle {
    @ParameterizedTest
    @GoldMentions(kinds = MentionKind.PRONOUN)
    void pronouns(Mention m, Article story) {
      assertTrue(story.mentions().contains(m));
    }
  }

  @Test
  void theBundledItemsComeWithTheBundledArticle() {
    Events events = EngineTestKit.engine("junit-jupiter")
        .selectors(selectClass(BundledWithArticle.class)).execute().testEvents();
    assertEquals(0, events.failed().count());
    List<String> names = names(events, "pronouns");
    assertEquals(22, names.size());
    assertTrue(names.stream().allMatch(n -> n.endsWith(", 000_4e41f4d9df3989c8")), names.toString());
  }
}
