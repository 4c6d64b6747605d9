package io.github.newscorpus.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

class DisjointSetsTest {

  @Test
  void startsWithEveryElementAlone() {
    DisjointSets sets = new DisjointSets(3);
    assertEquals(0, sets.find(0));
    assertEquals(1, sets.find(1));
    assertEquals(2, sets.find(2));
  }

  @Test
  void joinsSetsTransitively() {
    // {0, 1} then {2, 3}, then 1 with 3: one set {0, 1, 2, 3}, 4 alone
    DisjointSets sets = new DisjointSets(5);
    sets.union(0, 1);
    sets.union(2, 3);
    assertNotEquals(sets.find(0), sets.find(2));
    sets.union(1, 3);
    assertEquals(sets.find(0), sets.find(2));
    assertEquals(sets.find(3), sets.find(1));
    assertEquals(4, sets.find(4));
    // b's representative stands for the union: 3 stood for {2, 3}
    assertEquals(3, sets.find(0));
  }
}
