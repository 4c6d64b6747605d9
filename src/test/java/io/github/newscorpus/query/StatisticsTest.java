package io.github.newscorpus.query;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;

class StatisticsTest {

  @Test
  void quotedShareIsAFractionOfTheText() {
    assertEquals(0.25, new Statistics(8, 2, 1, 1, 1, 2, Map.of(), Map.of()).quotedShare());
    assertEquals(0.0, new Statistics(0, 0, 0, 0, 0, 0, Map.of(), Map.of()).quotedShare());
  }
}
