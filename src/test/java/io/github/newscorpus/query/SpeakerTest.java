package io.github.newscorpus.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.newscorpus.model.Entity;
import io.github.newscorpus.model.EntityType;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class SpeakerTest {

  private static final Speaker A = new Speaker(Entity.of("e-a", "A", EntityType.PERSON), 2, 10);
  private static final Speaker B = new Speaker(Entity.of("e-b", "B", EntityType.PERSON), 1, 30);
  private static final Speaker C = new Speaker(Entity.of("e-c", "C", EntityType.PERSON), 2, 20);

  @Test
  void ordersByQuotesOrByWords() {
    assertEquals(List.of(C, A, B), Stream.of(A, B, C).sorted(Speaker.BY_QUOTES).toList());
    assertEquals(List.of(B, C, A), Stream.of(A, B, C).sorted(Speaker.BY_WORDS).toList());
  }

  @Test
  void rejectsNegativeCounts() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new Speaker(Entity.of("e-a", "A", EntityType.PERSON), -1, 0));
    assertEquals("quotes (-1) and words (0) must not be negative", e.getMessage());
  }

  @Test
  void printsEntityIdAndCounts() {
    assertEquals("Speaker[e-a 2 quotes, 10 words]", A.toString());
    assertEquals("Speaker[e-d 1 quote, 1 word]",
        new Speaker(Entity.of("e-d", "D", EntityType.PERSON), 1, 1).toString());
  }
}
