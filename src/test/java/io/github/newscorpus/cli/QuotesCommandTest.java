package io.github.newscorpus.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QuotesCommandTest {

  @Test
  void listsEveryQuoteInDocumentOrder() {
    List<String> lines = Run.of("quotes").succeeded().lines();
    assertEquals("18 quotes:", lines.get(0));
    assertEquals(19, lines.size());
    assertTrue(lines.get(1).startsWith("  q1   DIRECT    Clemente Castañeda Hoeflich [wrote]: “The federal government"),
        lines.get(1));
    // Interrupted by "wrote columnist Clemente Castañeda Hoeflich…": two segments, joined by " … ".
    assertTrue(lines.get(1).endsWith(" … This is a relation of equals between two countries, two governments"
        + " and two presidents.”"), lines.get(1));
    assertTrue(lines.contains("  q17  DIRECT    (no speaker given): “We don’t want him”"), lines.toString());
  }

  @Test
  void listsTheQuotesOfOneSpeaker() {
    Run run = Run.of("quotes", "--speaker", "Cardin").succeeded();
    assertEquals(List.of("2 quotes by Benjamin L. Cardin:",
        "  q9   DIRECT    Benjamin L. Cardin [said]: “We know that damage has been done to the bilateral relationship"
            + " in the last few months”",
        "  q10  DIRECT    Benjamin L. Cardin [said]: “I’m confident the strength of our partnership and friendship with"
            + " Mexico is dynamic enough to withstand 140-character broadsides or unrealistic demands”"),
        run.lines());
  }

  @Test
  void findsTheSpeakerByAliasIgnoringCaseAndAccents() {
    assertEquals(Run.of("quotes", "--speaker", "Enrique Peña Nieto").succeeded().out(),
        Run.of("quotes", "--speaker", "pena nieto").succeeded().out());
  }

  @Test
  void filtersByKind() {
    assertEquals(List.of("1 partial quote:", "  q2  PARTIAL   La Jornada [blared]: “total war”"),
        Run.of("quotes", "--kind", "partial").succeeded().lines());
    assertEquals("8 indirect quotes:", Run.of("quotes", "--kind", "INDIRECT").succeeded().lines().get(0));
    assertEquals("2 indirect quotes by Craig Deare:",
        Run.of("quotes", "--speaker", "Deare", "--kind", "indirect").succeeded().lines().get(0));
    assertEquals(List.of("0 partial quotes by Benjamin L. Cardin."),
        Run.of("quotes", "--speaker", "Cardin", "--kind", "partial").succeeded().lines());
  }

  @Test
  void writesJsonWithCodePointOffsets(@TempDir Path dir) throws IOException {
    JsonNode quote = Run.of("quotes", "--json", "--corpus", Run.smallCorpus(dir, "small.json").toString())
        .succeeded().json().at("/quotes/0");
    assertEquals("wave", quote.get("article").asText());
    assertEquals("Hi 👋 there.", quote.get("text").asText());
    // "Ann said “" is 10 code points; the waving hand is one code point (two UTF-16 units).
    assertEquals(10, quote.at("/segments/0/begin").asInt());
    assertEquals(21, quote.at("/segments/0/end").asInt());
    assertEquals("said", quote.at("/cue/text").asText());
    assertEquals("e-ann", quote.at("/speaker/id").asText());
  }

  @Test
  void writesJsonForTheBundledArticle() {
    JsonNode quotes = Run.of("quotes", "--json").succeeded().json().get("quotes");
    assertEquals(18, quotes.size());
    JsonNode q17 = quotes.get(16);
    assertEquals("q17", q17.get("id").asText());
    assertTrue(q17.get("speaker").isNull());
    assertTrue(q17.path("cue").isMissingNode());
  }

  @Test
  void refusesAnUnknownSpeakerNamingTheCloseOnes() {
    String line = Run.of("quotes", "--speaker", "Cardn").oneErrorLine(2, "newscorpus quotes: no speaker \"Cardn\": ");
    assertTrue(line.contains("Cardin"), line);
    assertTrue(line.endsWith("(see 'newscorpus quotes --help')"), line);
  }

  @Test
  void refusesAnUnknownKind() {
    Run.of("quotes", "--kind", "rumour").failed(2, "newscorpus quotes: Invalid value for option '--kind': expected one"
        + " of [DIRECT, PARTIAL, INDIRECT] (case-insensitive) but was 'rumour' (see 'newscorpus quotes --help')");
  }
}
