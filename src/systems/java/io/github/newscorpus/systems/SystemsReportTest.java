package io.github.newscorpus.systems;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class SystemsReportTest {

  @Test
  void refusesToRunWithoutTheOutputFileAndVersion() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> SystemsReport.main(new String[] {"docs/systems.md"}));
    assertEquals("expected 2 arguments, the output file and CoreNLP's version, but got 1", e.getMessage());
  }
}
