package io.github.newscorpus.junit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import io.github.newscorpus.Corpus;
import io.github.newscorpus.model.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
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
            TestExecutionResultConditions.message(m -> m.contains("no bundled article \"nope\" for parameter")
                && m.contains("[000_4e41f4d9df3989c8]"))));
  }
}
