package io.github.newscorpus.eval;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class AssignmentTest {

  @Test
  void takesTheLargerTotalNotTheLargestPair() {
    // greedy takes row 0 → column 0 (9), then row 1 → column 1 (1): 10;
    // the assignment row 0 → 1 (8), row 1 → 0 (7) totals 15
    assertArrayEquals(new int[] {1, 0}, Assignment.maximise(matrix(new long[][] {{9, 8}, {7, 1}})));
  }

  @Test
  void zeroMeansNoPairAndRectangularMatricesLeaveSomeUnassigned() {
    // row 1 may pair with nothing; rows 0 and 2 both want column 0, row 2 can also take column 1
    assertArrayEquals(new int[] {0, -1, 1},
        Assignment.maximise(matrix(new long[][] {{5, 0}, {0, 0}, {4, 2}})));
    // one row, three columns: the largest
    assertArrayEquals(new int[] {2}, Assignment.maximise(matrix(new long[][] {{1, 2, 3}})));
    assertArrayEquals(new int[] {}, Assignment.maximise(new BigInteger[0][]));
    assertArrayEquals(new int[] {-1, -1}, Assignment.maximise(new BigInteger[2][0]));
  }

  @Test
  void rejectsNegativeWeightsAndRaggedRows() {
    IllegalArgumentException negative = assertThrows(IllegalArgumentException.class,
        () -> Assignment.maximise(matrix(new long[][] {{1, -2}})));
    assertEquals("weight[0][1] (-2) must not be negative", negative.getMessage());
    IllegalArgumentException ragged = assertThrows(IllegalArgumentException.class,
        () -> Assignment.maximise(matrix(new long[][] {{1, 2}, {3}})));
    assertEquals("row 1 has 1 weights, row 0 has 2", ragged.getMessage());
  }

  /** The total equals the best over every one-to-one assignment, found by trying them all. */
  @Property(tries = 300, seed = "15")
  void totalIsTheBruteForceMaximum(
      @ForAll @Size(min = 1, max = 5) List<@Size(5) List<@IntRange(min = 0, max = 6) Integer>> rows,
      @ForAll @IntRange(min = 1, max = 5) int columns) {
    long[][] w = new long[rows.size()][columns];
    for (int i = 0; i < w.length; i++) {
      for (int j = 0; j < columns; j++) {
        w[i][j] = rows.get(i).get(j);
      }
    }
    int[] assigned = Assignment.maximise(matrix(w));
    long total = 0;
    boolean[] taken = new boolean[columns];
    for (int i = 0; i < w.length; i++) {
      if (assigned[i] >= 0) {
        assertEquals(false, taken[assigned[i]], "column assigned twice");
        taken[assigned[i]] = true;
        total += w[i][assigned[i]];
      }
    }
    assertEquals(best(w, 0, new boolean[columns]), total);
  }

  private static long best(long[][] w, int row, boolean[] taken) {
    if (row == w.length) {
      return 0;
    }
    long best = best(w, row + 1, taken);
    for (int j = 0; j < taken.length; j++) {
      if (!taken[j] && w[row][j] > 0) {
        taken[j] = true;
        best = Math.max(best, w[row][j] + best(w, row + 1, taken));
        taken[j] = false;
      }
    }
    return best;
  }

  @Test
  void assignsEachGroupOfLinkedRowsAndColumnsOnItsOwn() {
    // links: r0-c0, r1-c0, r2-c2; c1 links nothing. Groups {r0, r1 | c0} and {r2 | c2}.
    boolean[][] links = {{true, false, false}, {true, false, false}, {false, false, true}};
    List<String> asked = new ArrayList<>();
    int[] rowOf = Assignment.maximiseByGroups(3, 3, (r, c) -> links[r][c], (rows, columns) -> {
      asked.add(rows + "x" + columns);
      // r1 weighs more than r0 for c0; r2 pairs with c2
      return rows.equals(List.of(0, 1)) ? matrix(new long[][] {{1}, {2}}) : matrix(new long[][] {{5}});
    });
    assertArrayEquals(new int[] {1, -1, 2}, rowOf);
    assertEquals(List.of("[0, 1]x[0]", "[2]x[2]"), asked, "one matrix per group, unlinked c1 none");
  }

  private static BigInteger[][] matrix(long[][] w) {
    BigInteger[][] m = new BigInteger[w.length][];
    for (int i = 0; i < w.length; i++) {
      m[i] = new BigInteger[w[i].length];
      for (int j = 0; j < w[i].length; j++) {
        m[i][j] = BigInteger.valueOf(w[i][j]);
      }
    }
    return m;
  }
}
