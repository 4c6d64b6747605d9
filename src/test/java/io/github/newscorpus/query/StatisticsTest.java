package io.github.newscorpus.query;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.newscorpus.model.EntityType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StatisticsTest {

  @Test
  void quotedShareIsAFractionOfTheText() {
    assertEquals(0.25, new Statistics(8, 2, 1, 1, 1, 2, Map.of(), Map.of()).quotedShare());
    assertEquals(0.0, new Statistics(0, 0, 0, 0, 0, 0, Map.of(), Map.of()).quotedShare());
  }

  @Test
  void mapsIterateInAFixedOrder() {
    Statistics s = new Statistics(1, 1, 1, 1, 1, 0,
        Map.of(EntityType.MEDIA, 1, EntityType.PERSON, 2), Map.of("Mexico", 5, "(none)", 1, "Excelsior", 1));
    assertEquals(List.of(EntityType.PERSON, EntityType.MEDIA), List.copyOf(s.sourcesByType().keySet()));
    assertEquals(List.of("(none)", "Excelsior", "Mexico"), List.copyOf(s.sourcesByAffiliation().keySet()));
  }

  @Test
  void printsSizesShareQuotedAndNumberOfSources() {
    // 125 of 1,000 characters quoted: 12.5%; 2 people and 1 medium: 3 sources
    assertEquals("Statistics[1000 chars, 150 words, 10 sentences, 5 paragraphs, 3 quotes, 12.5% quoted, "
        + "3 sources]", new Statistics(1000, 150, 10, 5, 3, 125,
            Map.of(EntityType.PERSON, 2, EntityType.MEDIA, 1), Map.of("Mexico", 3)).toString());
    assertEquals("Statistics[1 char, 1 word, 1 sentence, 1 paragraph, 1 quote, 0.0% quoted, 1 source]",
        new Statistics(1, 1, 1, 1, 1, 0, Map.of(EntityType.PERSON, 1), Map.of()).toString());
  }
}
