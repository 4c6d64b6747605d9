package io.github.newscorpus.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Tests {@link Regions} on both sides of the length from which it copies, with a text stored in
 * UTF-16 (it holds “ and ”) and stretches that are Latin-1 or not.
 */
class RegionsTest {

  private static final String SHORT = "Ann said “hi”.";
  private static final String LONG = "x".repeat(Regions.COPY_FROM) + " — “quoted” and plain "
      + "y".repeat(Regions.COPY_FROM);

  @ParameterizedTest(name = "{0} at {1}: {2}")
  @CsvSource(delimiter = '|', value = {
      "short | 0  | Ann          | true",
      "short | 9  | “hi”         | true",
      "short | 10 | hi           | true",
      "short | 10 | hI           | false",
      "short | 12 | ”.           | true",
      "short | 13 | .x           | false",
      "short | 14 | ''           | true",
      "short | 15 | ''           | false",
      "short | -1 | A            | false",
      "long  | 0  | COPY         | true",
      "long  | 1  | COPY         | false",
      "long  | 0  | COPY-CHANGED | false",
      "long  | 0  | COPY+1       | true",
      "long  | 0  | ALL          | true",
      "long  | 1  | ALL          | false"})
  void matches(String which, int begin, String expected, boolean matches) {
    String text = which.equals("short") ? SHORT : LONG;
    String stretch = switch (expected) {
      case "COPY" -> "x".repeat(Regions.COPY_FROM); // Latin-1, exactly as long as the copy starts
      case "COPY-CHANGED" -> "x".repeat(Regions.COPY_FROM - 1) + "X";
      case "COPY+1" -> "x".repeat(Regions.COPY_FROM) + " "; // still Latin-1, one longer
      case "ALL" -> LONG; // UTF-16, the whole text
      default -> expected;
    };
    // "long at 1, COPY": from the second character, 47 x then a space
    assertEquals(matches, Regions.matches(text, begin, stretch));
  }

  /** Regression (review): a begin near the largest int made the end wrap, and the copy throw. */
  @org.junit.jupiter.api.Test
  void aBeginPastTheTextIsNoMatchWhateverTheLength() {
    for (int length : new int[] {0, 1, Regions.COPY_FROM - 1, Regions.COPY_FROM, 1_000}) {
      String expected = "x".repeat(length);
      assertEquals(false, Regions.matches(LONG, Integer.MAX_VALUE - 10, expected), "length " + length);
      assertEquals(false, Regions.matches(LONG, LONG.length() + 1, expected), "length " + length);
    }
    assertEquals(true, Regions.matches(LONG, LONG.length(), ""));
  }
}
