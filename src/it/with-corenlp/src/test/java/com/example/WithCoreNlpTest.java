package com.example;

import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.process.CoreLabelTokenFactory;
import edu.stanford.nlp.process.PTBTokenizer;
import io.github.newscorpus.eval.Annotations;
import io.github.newscorpus.eval.Evaluation;
import io.github.newscorpus.eval.SpanScore;
import io.github.newscorpus.model.Article;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import org.apache.commons.lang3.StringUtils;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs newscorpus beside Stanford CoreNLP, whose pom brings commons-lang3 3.3.1: Maven picks it
 * over the version commons-text asks for, and nothing here pins another.
 */
class WithCoreNlpTest {

  @TempDir
  Path dir;

  @Test
  void theOldCommonsLangIsTheOneOnTheClassPath() {
    // StringUtils.truncate came in 3.5: its absence shows that CoreNLP's 3.3.1 won
    assertTrue(java.util.Arrays.stream(StringUtils.class.getMethods())
        .noneMatch(m -> m.getName().equals("truncate")), "commons-lang3 3.3.1 expected");
  }

  @Test
  void scoresCoreNlpsTokensAgainstTheGold() {
    Article story = NeighbourChecks.story();
    Annotations.Builder predicted = Annotations.of(story.text());
    // PTBTokenizer needs no models; its offsets are UTF-16 indexes, as the scorer's are
    PTBTokenizer<CoreLabel> tokens = new PTBTokenizer<>(new StringReader(story.text()),
        new CoreLabelTokenFactory(), "invertible=true");
    while (tokens.hasNext()) {
      CoreLabel token = tokens.next();
      predicted.token(token.beginPosition(), token.endPosition());
    }
    SpanScore score = Evaluation.of(story).tokens(predicted.build());
    // both split "Trump’s" into "Trump" and "’s"; most of the 1,891 gold tokens agree
    assertTrue(score.ratios().recall() > 0.9, NeighbourChecks.errors(score));
  }

  @Test
  void everyPartThatFormatsTextWorks() throws IOException {
    NeighbourChecks.everyMessagePath(dir);
  }
}
