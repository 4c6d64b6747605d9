package io.github.newscorpus.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.Test;

class MentionsCommandTest {

  @Test
  void listsEveryMentionOfAnEntityInContext() {
    List<String> lines = Run.of("mentions", "Cardin").succeeded().lines();
    // "Sen. Benjamin L. Cardin", "the ranking Democrat on the Senate Foreign Relations Committee",
    // "But Cardin voiced…", "“I’m confident…", "…demands,” he said."
    assertEquals("Benjamin L. Cardin (PERSON): 5 mentions:", lines.get(0));
    assertEquals(6, lines.size());
    assertTrue(lines.get(1).matches("  m\\d+ +NAME +\\d+  ….*Sen\\. \\[Benjamin L\\. Cardin\\] of Maryland.*"), lines.get(1));
    assertTrue(lines.get(2).contains(" NOMINAL ") && lines.get(2).contains("[the ranking Democrat on the Senate"
        + " Foreign Relations Committee]"), lines.get(2));
    assertTrue(lines.get(3).contains("But [Cardin] voiced optimism"), lines.get(3));
    assertTrue(lines.get(4).contains(" PRONOUN ") && lines.get(4).contains("“[I]’m confident"), lines.get(4));
    assertTrue(lines.get(5).contains(" PRONOUN ") && lines.get(5).endsWith("demands,” [he] said."), lines.get(5));
  }

  @Test
  void joinsSeveralWordsIntoOneName() {
    List<String> lines = Run.of("mentions", "pena", "nieto").succeeded().lines();
    assertTrue(lines.get(0).startsWith("Enrique Peña Nieto (PERSON): "), lines.get(0));
    assertTrue(lines.stream().anyMatch(l -> l.contains("[The Mexican leader] rebuffed")), lines.toString());
  }

  @Test
  void writesJson() {
    JsonNode json = Run.of("mentions", "--json", "e-deare").succeeded().json();
    assertEquals("Craig Deare", json.at("/entity/name").asText());
    assertEquals("e-deare", json.at("/entity/members/0/id").asText());
    JsonNode first = json.at("/mentions/0");
    assertEquals("Craig Deare", first.get("text").asText());
    assertEquals("NAME", first.get("kind").asText());
    assertEquals(first.get("end").asInt() - first.get("begin").asInt(), "Craig Deare".length());
  }

  @Test
  void refusesAnUnknownEntity() {
    String line = Run.of("mentions", "Obama").oneErrorLine(2, "newscorpus mentions: no entity \"Obama\": ");
    assertTrue(line.endsWith("(see 'newscorpus mentions --help')"), line);
  }

  @Test
  void needsAName() {
    Run.of("mentions").failed(2,
        "newscorpus mentions: Missing required parameter: 'NAME' (see 'newscorpus mentions --help')");
  }
}
