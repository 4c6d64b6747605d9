package io.github.newscorpus.baseline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.newscorpus.eval.PredictedMention;
import io.github.newscorpus.model.EntityType;
import io.github.newscorpus.model.Span;
import java.util.List;
import org.junit.jupiter.api.Test;

class CapitalisedRunTaggerTest {

  @Test
  void runsOfCapitalisedWords() {
    // Sen. Gabriela Cuevas [0,20) · U.S. [25,29) · Mexico City [43,54), its final period dropped
    assertEquals(List.of(new PredictedMention(new Span(0, 20), EntityType.PERSON),
        new PredictedMention(new Span(25, 29), EntityType.LOCATION),
        new PredictedMention(new Span(43, 54), EntityType.PERSON)),
        CapitalisedRunTagger.tag("Sen. Gabriela Cuevas met U.S. officials in Mexico City.").mentions());
  }

  @Test
  void loneFunctionWordsAreNotEntities() {
    assertEquals(List.of(), CapitalisedRunTagger.tag("The move received blanket coverage.").mentions());
  }
}
