package com.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.newscorpus.Corpus;
import io.github.newscorpus.junit.ArticleId;
import io.github.newscorpus.junit.CorpusFile;
import io.github.newscorpus.junit.NewsCorpusExtension;
import io.github.newscorpus.model.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Uses the extension with junit-jupiter-api and the engine alone (no junit-jupiter-params). */
@ExtendWith(NewsCorpusExtension.class)
class ApiOnlyTest {

  @Test
  void paramsIsNotOnTheClassPath() {
    assertThrows(ClassNotFoundException.class,
        () -> Class.forName("org.junit.jupiter.params.ParameterizedTest"));
  }

  @Test
  void scores(Article story) {
    assertEquals("000_4e41f4d9df3989c8", story.id());
  }

  @Test
  void getsTheCorpusAndTheArticleAnIdNames(Corpus corpus,
      @ArticleId("000_4e41f4d9df3989c8") Article story) {
    assertSame(Corpus.bundled(), corpus);
    assertEquals(18, story.quotes().size());
  }

  @Test
  @CorpusFile("src/test/resources/my-gold.jsonl")
  void getsTheArticleOfItsOwnCorpus(Article story) {
    assertEquals("mine", story.id());
    assertEquals("Cal", story.expectEntity("Cal").name());
  }
}
