package io.github.newscorpus.junit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import io.github.newscorpus.Corpus;
import io.github.newscorpus.model.Article;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.EventConditions;
import org.junit.platform.testkit.engine.TestExecutionResultConditions;

@ExtendWith(NewsCorpusExtension.class)
class NewsCorpusExtensionTest {

  static final String TWO_STORIES = "src/test/resources/junit/two-stories.jsonl";

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
            TestExecutionResultConditions.message("no article \"nope\" in the bundled corpus for "
                + "parameter 0 (Article) of wantsAnArticleThatIsNotThere; its ids are [000_4e41f4d9df3989c8]")));
  }

  @Nested
  @CorpusFile(TWO_STORIES)
  class WithACorpusFile {

    @Test
    void injectsThatCorpus(Corpus corpus) {
      assertEquals(List.of("story-a", "story-b"), corpus.articles().stream().map(Article::id).toList());
    }

    @Test
    void injectsItsFirstArticle(Article story) {
      assertEquals("story-a", story.id());
    }

    @Test
    void injectsTheArticleAnIdNames(@ArticleId("story-b") Article story) {
      assertEquals(2, story.quotes().size());
    }

    @Test
    @CorpusFile("src/test/resources/junit/one-story.jsonl")
    void takesTheMethodsFileOverTheClasss(Article story, Corpus corpus) {
      assertEquals("story-c", story.id());
      assertEquals(1, corpus.articles().size());
    }

    @Nested
    class Inner {
      @Test
      void takesTheEnclosingClasssFile(Article story) {
        assertEquals("story-a", story.id());
      }
    }
  }

  @ExtendWith(NewsCorpusExtension.class)
  @CorpusFile(TWO_STORIES)
  static class UnknownIdInAFile {
    @Test
    void wantsAnArticleThatIsNotThere(@ArticleId("nope") Article story) {}
  }

  @Test
  void anUnknownIdInAFileNamesTheFileAndItsIds() {
    EngineTestKit.engine("junit-jupiter").selectors(selectClass(UnknownIdInAFile.class)).execute()
        .testEvents().assertThatEvents().haveExactly(1, EventConditions.finishedWithFailure(
            TestExecutionResultConditions.message("no article \"nope\" in @CorpusFile(\"" + TWO_STORIES
                + "\") for parameter 0 (Article) of wantsAnArticleThatIsNotThere; its ids are [story-a, story-b]")));
  }

  @ExtendWith(NewsCorpusExtension.class)
  @CorpusFile("src/test/resources/junit/empty.jsonl")
  static class EmptyFile {
    @Test
    void wantsTheFirstArticle(Article story) {}
  }

  @Test
  void anEmptyCorpusHasNoFirstArticle() {
    EngineTestKit.engine("junit-jupiter").selectors(selectClass(EmptyFile.class)).execute()
        .testEvents().assertThatEvents().haveExactly(1, EventConditions.finishedWithFailure(
            TestExecutionResultConditions.message("@CorpusFile(\"src/test/resources/junit/empty.jsonl\") "
                + "holds no article for parameter 0 (Article) of wantsTheFirstArticle")));
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
