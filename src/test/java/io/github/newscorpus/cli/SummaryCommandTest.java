package io.github.newscorpus.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.newscorpus.Corpus;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SummaryCommandTest {

  @Test
  void printsTheSummary() {
    assertEquals(Summary.render(Corpus.bundled()), Run.of("summary").succeeded().out());
  }

  @Test
  void summarisesAUsersFile(@TempDir Path dir) throws IOException {
    Run run = Run.of("summary", "--corpus", Run.smallCorpus(dir, "small.json").toString()).succeeded();
    assertTrue(run.out().startsWith("(no headline)\n"), run.out());
    assertTrue(run.out().contains("Publisher: Test Press (inferred)"), run.out());
  }

  @Test
  void writesTheLayerCountsInJson() {
    JsonNode a = Run.of("summary", "--json").succeeded().json().at("/articles/0");
    assertEquals("Trump’s top deputies hope to shore up ties with a suspicious Mexico", a.get("headline").asText());
    assertEquals(10487, a.get("characters").asInt());
    assertEquals(54, a.at("/paragraphs/count").asInt());
    assertEquals(42, a.at("/paragraphs/byKind/BODY").asInt());
    assertEquals(70, a.at("/sentences/count").asInt());
    assertEquals(61, a.at("/entities/count").asInt());
    assertEquals(17, a.at("/entities/byKind/PERSON").asInt());
    assertEquals(233, a.at("/mentions/count").asInt());
    assertEquals(196, a.at("/mentions/byKind/NAME").asInt());
    assertEquals(15, a.at("/mentions/byKind/NOMINAL").asInt());
    assertEquals(22, a.at("/mentions/byKind/PRONOUN").asInt());
    assertEquals(18, a.at("/quotes/count").asInt());
    assertEquals(1, a.at("/quotes/byKind/PARTIAL").asInt());
    assertEquals(1, a.get("unattributedQuotes").asInt());
    assertTrue(a.at("/metadata/publisher/inferred").asBoolean());
    assertEquals("Cecilia Sanchez", a.at("/metadata/contributors/0/value").asText());
  }
}
