package io.github.newscorpus.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.Test;

class SearchCommandTest {

  @Test
  void showsEachMatchInContext() {
    // "Sen. Benjamin L. Cardin of Maryland" and "But Cardin voiced optimism".
    List<String> lines = Run.of("search", "--width", "12", "cardin").succeeded().lines();
    assertEquals(List.of("2 matches of \"cardin\":",
        "    7290  Benjamin L. [Cardin] of Maryland",
        "    7436          But [Cardin] voiced opti"), lines);
  }

  @Test
  void ignoresAccentsAndJoinsWords() {
    List<String> lines = Run.of("search", "pena", "nieto").succeeded().lines();
    // "President Enrique Peña Nieto", "sit down with Peña Nieto", "calls for Peña Nieto’s", "For Peña Nieto,"
    assertEquals("4 matches of \"pena nieto\":", lines.get(0));
    assertTrue(lines.stream().skip(1).allMatch(l -> l.contains("[Peña Nieto]")), lines.toString());
  }

  @Test
  void saysWhenNothingMatches() {
    assertEquals(List.of("0 matches of \"Obama\"."), Run.of("search", "Obama").succeeded().lines());
  }

  @Test
  void writesJson() {
    JsonNode json = Run.of("search", "--json", "--width", "4", "Deare").succeeded().json();
    assertEquals("Deare", json.get("phrase").asText());
    JsonNode matches = json.get("matches");
    assertEquals(3, matches.size()); // "Craig Deare, who…", "Deare had complained…", "Deare said…"
    assertEquals("Deare", matches.get(0).get("match").asText());
    assertEquals(matches.get(0).get("begin").asInt() + 5, matches.get(0).get("end").asInt());
  }

  @Test
  void refusesABlankPhraseAndANegativeWidth() {
    Run.of("search", " ").failed(2, "newscorpus search: the phrase must not be blank (see 'newscorpus search --help')");
    Run.of("search", "--width", "-1", "Mexico").failed(2,
        "newscorpus search: --width (-1) must not be negative (see 'newscorpus search --help')");
    String line = Run.of("search", "--width", "wide", "Mexico").oneErrorLine(2, "newscorpus search: Invalid value");
    assertTrue(line.contains("'wide'"), line);
  }
}
