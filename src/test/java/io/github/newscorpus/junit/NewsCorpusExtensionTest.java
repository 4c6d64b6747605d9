package io.github.newscorpus.junit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import io.github.newscorpus.Corpus;
import io.github.newscorpus.model.Article;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.EventConditions;
import org.junit.platform.testkit.engine.TestExecutionResultConditions;

@ExtendWith(NewsCorpusExtension.class)
class NewsCorpusExtensionTest {

  @Test
  void injectsTheBundledCorpusAndArticle(Corpus corpus, Article story) {
    assertSame(Corpus.bundled(), corpus);
    assertEquals("000_4e41f4d9df3989c8", story.id());
  }

  @Test
  void injectsTheArticleAnIdNames(@ArticleId("000_4e41f4d9df3989c8") Article story) {
    assertEquals(18, story.quotes().size());
  }

  static class UnknownId {
    @Test
    @ExtendWith(NewsCorpusExtension.class)
    void wantsAnArticleThatIsNotThere(@ArticleId("nope") Article story) {}
  }

  @Test
  void anUnknownIdFailsTheTestWithTheIdsThereAre() {
    EngineTestKit.engine("junit-jupiter").selectors(selectClass(UnknownId.class)).execute()
        .testEvents().assertThatEvents().haveExactly(1, EventConditions.finishedWithFailure(
            TestExecutionResultConditions.message(m -> m.contains("no bundled article \"nope\" for parameter 0 (Article) of wantsAnArticleThatIsNotThere")
                && m.contains("[000_4e41f4d9df3989c8]"))));
  }

  static Stream<Article> articles() {
    return Corpus.bundled().articles().stream();
  }

  /** Regression: the extension competed with the arguments for every Article parameter. */
  @ParameterizedTest
  @MethodSource("articles")
  void leavesAParameterizedTestsArticleToItsArguments(Article story) {
    assertEquals("000_4e41f4d9df3989c8", story.id());
  }

  static class IdOnACorpus {
    @Test
    @ExtendWith(NewsCorpusExtension.class)
    void wrong(@ArticleId("x") Corpus corpus) {}
  }

  @Test
  void anArticleIdOnAnotherTypeIsAnError() {
    EngineTestKit.engine("junit-jupiter").selectors(selectClass(IdOnACorpus.class)).execute()
        .testEvents().assertThatEvents().haveExactly(1, EventConditions.finishedWithFailure(
            TestExecutionResultConditions.message("@ArticleId goes on Article parameters, not on parameter 0 (Corpus) of wrong")));
  }
}
