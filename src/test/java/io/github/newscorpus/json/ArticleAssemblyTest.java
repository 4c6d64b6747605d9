package io.github.newscorpus.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Tests {@link ArticleAssembly} on small.json (see {@link Small}) with one thing broken: each rule
 * of the model is reported at the JSON value it concerns, and the spans the model keeps bare (a
 * cue, evidence) have their covered texts checked here. Line 28 is the quote:
 * <pre>        {"id": "q1", "kind": "DIRECT", "segments": [{"begin": 10, "end": 21, "text": "Hi 👋 there."}], "speaker": "e-ann", "speakerMention": "m1", "cue": {"begin": 4, "end": 8, "text": "said"}}</pre>
 * In characters, its segment's text starts in column 86, the speaker mention's value in 141, the
 * cue's object in 154 and its text's value in 185.
 */
class ArticleAssemblyTest {

  private static List<String> problems(String json) {
    return Layouts.read(json.getBytes(StandardCharsets.UTF_8), "small.json").messages();
  }

  @Test
  void aQuoteSegmentThatDoesNotMatchIsPlacedAtItsText() {
    assertEquals(List.of("small.json:28:86: /articles/0/quotes/0/segments/0/text: text \"Hi 👋 "
        + "where.\" does not match the covered text \"Hi 👋 there.\""),
        problems(Small.broken("\"Hi 👋 there.\"}]", "\"Hi 👋 where.\"}]")));
  }

  @Test
  void aCueThatDoesNotMatchIsCheckedHereAndPlacedAtItsText() {
    assertEquals(List.of("small.json:28:185: /articles/0/quotes/0/cue/text: text \"sang\" does not "
        + "match the covered text \"said\""), problems(Small.broken("\"text\": \"said\"", "\"text\": \"sang\"")));
  }

  @Test
  void evidenceThatDoesNotMatchIsCheckedHere() {
    // line 9: `        "contributors": [{"value": "Bob", "evidence": {"begin": 23, "end": 26, "text": "Rob"}}]`
    assertEquals(List.of("small.json:9:88: /articles/0/metadata/contributors/0/evidence/text: text "
        + "\"Rob\" does not match the covered text \"Bob\""),
        problems(Small.broken("\"end\": 26, \"text\": \"Bob\"}}]", "\"end\": 26, \"text\": \"Rob\"}}]")));
  }

  @Test
  void aSpeakerMentionOfAnotherEntityIsPlacedAtItsValue() {
    assertEquals(List.of("small.json:28:141: /articles/0/quotes/0/speakerMention: mention \"m2\" "
        + "refers to e-bob, not to the speaker e-ann"),
        problems(Small.broken("\"speakerMention\": \"m1\"", "\"speakerMention\": \"m2\"")));
  }

  @Test
  void anAffiliationThatNamesNoEntityIsPlacedAtTheEntity() {
    // line 21 is Bob's entity, its object in column 9
    assertEquals(List.of("small.json:21:9: /articles/0/entities/1: affiliation \"e-eve\" of entity "
        + "e-bob must be the id of an entity in the article"),
        problems(Small.broken("\"affiliation\": \"e-ann\"", "\"affiliation\": \"e-eve\"")));
  }

  @Test
  void aReferenceToAnObjectThatCouldNotBeReadIsNotReportedAgain() {
    // Ann's entity has no type: reported; the mention and quote that name her are not
    assertEquals(List.of("small.json:20:9: /articles/0/entities/0: missing required field \"type\""),
        problems(Small.broken("\"name\": \"Ann\", \"type\": \"PERSON\", ", "\"name\": \"Ann\", ")));
  }

  @Test
  void aRecordsOwnCheckIsAProblemAtItsObject() {
    // a fact with neither evidence nor inference: line 8, the publisher's object in column 22
    assertEquals(List.of("small.json:8:22: /articles/0/metadata/publisher: fact \"Test Press\" must "
        + "have evidence in the text or an inference reason"),
        problems(Small.broken(", \"inferred\": \"made up for a test\"", "")));
  }

  @Test
  void checksTheCoveredTextsOfAnAnnotationTheModelDoesNotGet() {
    // the quote's kind is unknown, so the model never sees it; its segment's text is still checked
    // (SHOUTED is one character longer than DIRECT: the text's value moves to column 87)
    String json = Small.broken("\"kind\": \"DIRECT\"", "\"kind\": \"SHOUTED\"")
        .replace("\"Hi 👋 there.\"}]", "\"Hi 👋 where.\"}]");
    assertEquals(List.of("small.json:28:30: /articles/0/quotes/0/kind: unknown kind \"SHOUTED\"; "
        + "expected one of [DIRECT, PARTIAL, INDIRECT]",
        "small.json:28:87: /articles/0/quotes/0/segments/0/text: text \"Hi 👋 where.\" does not "
            + "match the covered text \"Hi 👋 there.\""), problems(json));
  }

  @Test
  void reportsAnIdUsedTwiceWhenTheModelSeesOnlyOneOfThem() {
    // m1's begin is an object, so m1 cannot be read; the quote that names it as its speaker
    // mention is built without it, and a second q1, on the new line 29, repeats its id
    String quote = Small.JSON.substring(Small.JSON.indexOf("        {\"id\": \"q1\""));
    quote = quote.substring(0, quote.indexOf('\n'));
    String json = Small.broken("\"begin\": 0, \"end\": 3, \"text\": \"Ann\"",
        "\"begin\": {}, \"end\": 3, \"text\": \"Ann\"").replace(quote, quote + ",\n" + quote);
    assertEquals(List.of("small.json:24:31: /articles/0/mentions/0/begin: expected a non-negative "
        + "integer offset, found object",
        "small.json:29:9: /articles/0/quotes/1: id \"q1\" is already used by a quote; ids must be "
            + "unique within an article"), problems(json));
  }
}
