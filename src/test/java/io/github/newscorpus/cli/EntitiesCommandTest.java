package io.github.newscorpus.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.Test;

class EntitiesCommandTest {

  @Test
  void listsEveryEntityInOrderOfFirstMention() {
    List<String> lines = Run.of("entities").succeeded().lines();
    assertEquals("61 entities:", lines.get(0));
    assertTrue(lines.get(1).matches("  ID +TYPE +MENTIONS +QUOTES +NAME"), lines.get(1));
    assertEquals(63, lines.size());
    // The headline names Trump, then Mexico.
    assertTrue(lines.get(2).startsWith("  e-trump "), lines.get(2));
    assertTrue(lines.get(3).startsWith("  e-mexico "), lines.get(3));
  }

  @Test
  void filtersByType() {
    List<String> lines = Run.of("entities", "--type", "law").succeeded().lines();
    assertEquals(3, lines.size());
    assertEquals("1 law entity:", lines.get(0));
    assertTrue(lines.get(2).matches("  e-nafta +LAW +2 +0 +North American Free Trade Agreement"), lines.get(2));
    assertEquals("17 person entities:", Run.of("entities", "--type", "PERSON").succeeded().lines().get(0));
    assertEquals("2 unnamed source entities:", Run.of("entities", "--type", "unnamed_source").succeeded().lines().get(0));
  }

  @Test
  void showsMentionAndQuoteCountsAndRoles() {
    String cardin = Run.of("entities", "--type", "person").succeeded().lines().stream()
        .filter(l -> l.startsWith("  e-cardin ")).findFirst().orElseThrow();
    assertTrue(cardin.matches("  e-cardin +PERSON +5 +2 +Benjamin L\\. Cardin \\(Senator.*\\)"), cardin);
  }

  @Test
  void writesJson() {
    JsonNode entities = Run.of("entities", "--json", "--type", "brand").succeeded().json().get("entities");
    assertEquals(3, entities.size());
    assertEquals(List.of("Starbucks", "Walmart", "Cocacola"),
        List.of(entities.get(0).get("name").asText(), entities.get(1).get("name").asText(),
            entities.get(2).get("name").asText()));
    JsonNode cardin = Run.of("entities", "--json").succeeded().json().get("entities").findParents("id").stream()
        .filter(e -> e.get("id").asText().equals("e-cardin")).findFirst().orElseThrow();
    assertEquals(5, cardin.get("mentions").asInt());
    assertEquals(2, cardin.get("quotes").asInt());
    assertEquals("Senate Foreign Relations Committee", cardin.at("/affiliation/name").asText());
  }

  @Test
  void refusesAnUnknownType() {
    String line = Run.of("entities", "--type", "animal").oneErrorLine(2,
        "newscorpus entities: Invalid value for option '--type': expected one of [PERSON,");
    assertTrue(line.contains("but was 'animal'"), line);
  }
}
