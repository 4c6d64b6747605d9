package io.github.newscorpus.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.newscorpus.model.Span;
import org.junit.jupiter.api.Test;

/** Tests the checks of {@link ClusterMention}. */
class ClusterMentionTest {

  @Test
  void refusesAnEmptySpan() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new ClusterMention(new Span(3, 3), "c1"));
    assertEquals("a mention must cover some text; [3, 3) is empty", e.getMessage());
  }

  @Test
  void refusesABlankCluster() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new ClusterMention(new Span(3, 5), " "));
    assertEquals("the cluster of mention [3, 5) must not be blank", e.getMessage());
  }
}
