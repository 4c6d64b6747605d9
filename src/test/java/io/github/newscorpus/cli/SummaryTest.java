package io.github.newscorpus.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.newscorpus.Corpus;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class SummaryTest {

  private static final String SUMMARY = Summary.render(Corpus.bundled());

  @Test
  void startsWithTheHeadlineAndMetadata() {
    List<String> lines = SUMMARY.lines().toList();
    assertEquals("Trump’s top deputies hope to shore up ties with a suspicious Mexico", lines.get(0));
    assertTrue(lines.contains("Publisher: Los Angeles Times (inferred)"));
    assertTrue(lines.contains("Contributor: Cecilia Sanchez"));
  }

  @Test
  void countsEachLayerByKind() {
    // kinds by count, ties by name
    assertTrue(SUMMARY.contains("  54 paragraphs: 42 BODY, 4 RELATED, 3 NOTE, 2 CAPTION, 1 CONTRIBUTOR, "
        + "1 CREDIT, 1 HEADLINE\n"), SUMMARY);
    assertTrue(SUMMARY.contains("  61 entities: 17 LOCATION, 17 PERSON, 9 ORGANIZATION, 7 MEDIA, 5 NORP, "
        + "3 BRAND, 2 UNNAMED_SOURCE, 1 LAW\n"), SUMMARY);
    assertTrue(SUMMARY.contains("  70 sentences\n"));
    assertTrue(SUMMARY.contains(" 233 mentions: 196 NAME, 22 PRONOUN, 15 NOMINAL\n"));
    assertTrue(SUMMARY.contains("  18 quotes: 9 DIRECT, 8 INDIRECT, 1 PARTIAL\n"));
  }

  @Test
  void listsSpeakersWithTheirQuotesAndCues() {
    assertTrue(SUMMARY.contains("  Benjamin L. Cardin (PERSON, Senator; ranking Democrat on the Senate "
        + "Foreign Relations Committee): 2 quotes\n"), SUMMARY);
    assertTrue(SUMMARY.contains("    PARTIAL  “total war” [blared]\n"));
    assertTrue(SUMMARY.contains("  (no speaker given): 1 quote\n    DIRECT   “We don’t want him”\n"));
    assertTrue(SUMMARY.contains("“what … were unfair trade practices” [said]"), "segments joined by …");
  }

  @Test
  void mainPrintsTheBundledSummaryInUtf8() {
    PrintStream original = System.out;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
    try {
      Summary.main(new String[0]);
    } finally {
      System.setOut(original);
    }
    assertEquals(SUMMARY, captured.toString(StandardCharsets.UTF_8));
  }

  @Test
  void emptyCorpusGivesEmptySummary() {
    assertEquals("", Summary.render(Corpus.of(List.of())));
  }

  @Test
  void wrapsAtTheLastSpaceThatFitsDroppingTheSpacesThere() {
    assertEquals("aa bb|cc", Summary.wrap("aa bb cc", 5, "|"));
    assertEquals("aa|bb", Summary.wrap("aa   bb", 3, "|"));
    assertEquals("aa bb", Summary.wrap("aa bb", 5, "|"));
  }

  @Test
  void breaksAWordLongerThanTheWidth() {
    assertEquals("abc|def|gh", Summary.wrap("abcdefgh", 3, "|"));
    assertEquals("a|bcd|ef", Summary.wrap("a bcdef", 3, "|"));
  }
}
