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
}
