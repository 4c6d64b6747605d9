package io.github.newscorpus.junit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import io.github.newscorpus.Corpus;
import io.github.newscorpus.model.Article;
import io.github.newscorpus.model.Sentence;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Events;
import org.junit.platform.testkit.engine.EventConditions;
import org.junit.platform.testkit.engine.TestExecutionResultConditions;

/** Runs sample classes through the engine: which corpus a test gets, how often it is read, and the failures. */
class TestCorpusTest {

  private static Events run(Class<?> samples) {
    return EngineTestKit.engine("junit-jupiter").selectors(selectClass(samples)).execute().testEvents();
  }

  private static void assertFailsWith(Class<?> samples, String message) {
    run(samples).assertThatEvents().haveExactly(1, EventConditions.finishedWithFailure(
        TestExecutionResultConditions.message(m -> m.endsWith(message))));
  }

  @ExtendWith(NewsCorpusExtension.class)
  @CorpusFile(NewsCorpusExtensionTest.TWO_STORIES)
  static class ReadOnce {
    static final List<Corpus> CORPORA = new ArrayList<>();
    static final List<Article> ARTICLES = new ArrayList<>();

    @Test
    void first(Corpus corpus) {
      CORPORA.add(corpus);
    }

    @Test
    void second(Corpus corpus, Article story) {
      CORPORA.add(corpus);
      ARTICLES.add(story);
    }

    @ParameterizedTest
    @GoldSentences
    void gold(Sentence s, Article story) {
      ARTICLES.add(story);
    }
  }

  @Test
  void readsAFileOncePerRunForTheExtensionAndTheGoldSources() {
    ReadOnce.CORPORA.clear();
    ReadOnce.ARTICLES.clear();
    assertEquals(0, run(ReadOnce.class).failed().count());
    assertEquals(2, ReadOnce.CORPORA.size());
    Corpus corpus = ReadOnce.CORPORA.get(0);
    assertSame(corpus, ReadOnce.CORPORA.get(1));
    // story-a for second; story-a, story-a, story-b, story-b for the four sentences
    Article storyA = corpus.articles().get(0);
    Article storyB = corpus.articles().get(1);
    assertEquals(5, ReadOnce.ARTICLES.size());
    assertEquals(3, ReadOnce.ARTICLES.stream().filter(a -> a == storyA).count());
    assertEquals(2, ReadOnce.ARTICLES.stream().filter(a -> a == storyB).count());
  }

  @ExtendWith(NewsCorpusExtension.class)
  static class Missing {
    @Test
    @CorpusFile("src/test/resources/junit/nope.jsonl")
    void wantsIt(Corpus corpus) {}
  }

  @Test
  void aMissingFileIsNamedWithWhereRelativePathsStart() {
    Path here = Path.of("").toAbsolutePath();
    assertFailsWith(Missing.class, "@CorpusFile(\"src/test/resources/junit/nope.jsonl\"): there is no "
        + here.resolve("src/test/resources/junit/nope.jsonl") + " (a relative path is resolved against "
        + "the working directory, " + here + ")");
  }

  @ExtendWith(NewsCorpusExtension.class)
  static class Broken {
    @Test
    @CorpusFile("src/test/resources/junit/broken.jsonl")
    void wantsIt(Corpus corpus) {}
  }

  @Test
  void anInvalidFileGivesTheReadersProblems() {
    run(Broken.class).assertThatEvents().haveExactly(1, EventConditions.finishedWithFailure(
        TestExecutionResultConditions.message(m -> m.contains(
            "@CorpusFile(\"src/test/resources/junit/broken.jsonl\") cannot be read: ")
            // line 2: {"id":"bad","text":"Hi.","sentences":[{"begin":0,"end":9 — the 9 is column 56
            && m.contains("broken.jsonl:2:56: /sentences/0/end: end (9) must not exceed the text's "
                + "length in code points (3)"))));
  }

  @ExtendWith(NewsCorpusExtension.class)
  static class Blank {
    @Test
    @CorpusFile(" ")
    void wantsIt(Corpus corpus) {}
  }

  @Test
  void aBlankPathIsRefused() {
    assertFailsWith(Blank.class, "@CorpusFile(\" \") names no file");
  }

  @ExtendWith(NewsCorpusExtension.class)
  static class Bundled {
    static final List<Corpus> SEEN = new ArrayList<>();

    @Test
    void wantsIt(Corpus corpus) {
      SEEN.add(corpus);
    }
  }

  @Test
  void withoutAFileTheBundledCorpusIsUsed() {
    Bundled.SEEN.clear();
    assertEquals(0, run(Bundled.class).failed().count());
    assertSame(Corpus.bundled(), Bundled.SEEN.get(0));
  }
}
