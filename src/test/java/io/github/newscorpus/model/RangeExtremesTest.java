package io.github.newscorpus.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class RangeExtremesTest {

  //                                           index: 0  1  2  3  4  5  6
  private final RangeExtremes table = new RangeExtremes(new int[] {4, 9, 2, 9, 7, 1, 5});

  @Test
  void extremesOfRangesTiesToTheLeft() {
    assertEquals(1, table.argMax(0, 7));
    assertEquals(3, table.argMax(2, 7));
    assertEquals(5, table.argMin(0, 7));
    assertEquals(2, table.argMin(0, 4));
    assertEquals(6, table.argMax(6, 7));
  }

  @Test
  void reportsEveryIndexPastTheThresholdInOrder() {
    List<Integer> atLeast = new ArrayList<>();
    table.atLeast(0, 7, 5, atLeast::add);
    assertEquals(List.of(1, 3, 4, 6), atLeast);
    List<Integer> atMost = new ArrayList<>();
    table.atMost(1, 6, 4, atMost::add);
    assertEquals(List.of(2, 5), atMost);
  }

  @Test
  void lastAtMostGoesBackwardsUntilTheLimit() {
    List<Integer> last = new ArrayList<>();
    table.lastAtMost(0, 7, 5, 2, last::add);
    assertEquals(List.of(6, 5), last);
  }

  @Test
  void aLongMonotoneRangeDoesNotOverflowTheStack() {
    int n = 300_000;
    RangeExtremes ascending = new RangeExtremes(IntStream.range(0, n).toArray());
    int[] count = {0};
    ascending.atLeast(0, n, 0, i -> count[0]++);
    assertEquals(n, count[0]);
  }

  @Test
  void emptyRangeReportsNothing() {
    RangeExtremes empty = new RangeExtremes(new int[0]);
    List<Integer> none = new ArrayList<>();
    empty.atLeast(0, 0, 0, none::add);
    assertEquals(List.of(), none);
  }
}
