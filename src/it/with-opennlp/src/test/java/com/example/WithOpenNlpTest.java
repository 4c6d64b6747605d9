package com.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.newscorpus.eval.Annotations;
import io.github.newscorpus.eval.Evaluation;
import io.github.newscorpus.eval.SpanScore;
import io.github.newscorpus.model.Article;
import java.io.IOException;
import java.nio.file.Path;
import opennlp.tools.tokenize.SimpleTokenizer;
import opennlp.tools.util.Span;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs newscorpus beside Apache OpenNLP's tools, declared first, with nothing pinned. */
class WithOpenNlpTest {

  @TempDir
  Path dir;

  @Test
  void scoresOpenNlpsSimpleTokenizerAgainstTheGold() {
    Article story = NeighbourChecks.story();
    Annotations.Builder predicted = Annotations.of(story.text());
    // the simple tokenizer needs no model; it splits where the kind of character changes
    Span[] tokens = SimpleTokenizer.INSTANCE.tokenizePos(story.text());
    for (Span token : tokens) {
      predicted.token(token.getStart(), token.getEnd());
    }
    // "Trump’s" becomes "Trump", "’" and "s" where the gold has "Trump" and "’s"
    assertEquals(0, tokens[0].getStart());
    assertEquals(5, tokens[0].getEnd());
    assertEquals(6, tokens[1].getEnd());
    SpanScore score = Evaluation.of(story).tokens(predicted.build());
    String errors = NeighbourChecks.errors(score);
    assertTrue(errors.contains("\"’s\""), errors);
    assertTrue(score.ratios().recall() > 0.9, errors);
  }

  @Test
  void everyPartThatFormatsTextWorks() throws IOException {
    NeighbourChecks.everyMessagePath(dir);
  }
}
