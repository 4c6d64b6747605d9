package io.github.newscorpus.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class CorefMetricTest {

  @Test
  void namesEachMetricAsTheReferenceScorersCommandLineDoes() {
    // the first argument of reference-coreference-scorers' "perl scorer.pl <metric> key response"
    // (muc bcub ceafm ceafe blanc in v8.01, lea on its LEA-scorer branch; see
    // src/test/resources/eval/coref/README.md), in the order the enum declares them
    assertEquals(List.of("muc", "bcub", "ceafm", "ceafe", "blanc", "lea"),
        Arrays.stream(CorefMetric.values()).map(CorefMetric::referenceName).toList());
  }
}
