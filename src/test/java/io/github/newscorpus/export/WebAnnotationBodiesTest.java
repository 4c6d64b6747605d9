package io.github.newscorpus.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.newscorpus.export.JsonTree.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/** Sorts the bodies of small annotations; each body is named by its JSON pointer. */
class WebAnnotationBodiesTest {

  /** The article's own entities are the sources that start with "#". */
  private static final Predicate<String> OWN = s -> s.startsWith("#");

  private static List<String> pointers(List<Value> values) {
    return values.stream().map(Value::pointer).toList();
  }

  /** Returns the pointers of types, kinds, names, entityIds, cues and links, in that order. */
  private static List<List<String>> sorted(String annotation) {
    WebAnnotationBodies b = WebAnnotationBodies.of(Samples.jsonValue(annotation), OWN);
    return List.of(pointers(b.types()), pointers(b.kinds()), pointers(b.names()),
        pointers(b.entityIds()), pointers(b.cues()), pointers(b.links()));
  }

  @Test
  void sortsEachBodyByItsPurpose() {
    String annotation = "{\"body\": ["
        + "{\"type\": \"TextualBody\", \"value\": \"PERSON\", \"purpose\": \"tagging\"},"       // 0
        + "{\"value\": \"NAM\", \"purpose\": \"classifying\"},"                                // 1
        + "{\"type\": \"TextualBody\", \"value\": \"Rex\", \"purpose\": \"describing\"},"      // 2
        + "{\"type\": \"TextualBody\", \"value\": \"a note\", \"purpose\": \"commenting\"},"   // 3
        + "{\"type\": \"SpecificResource\", \"source\": \"#e1\", "
        + "\"purpose\": \"identifying\"},"                                                    // 4
        + "{\"type\": \"SpecificResource\", \"source\": \"http://x/e2\", "
        + "\"purpose\": \"identifying\"},"                                                    // 5
        + "{\"type\": \"SpecificResource\", \"source\": \"#t\", \"selector\": {}, "
        + "\"purpose\": \"linking\"},"                                                        // 6
        + "{\"type\": \"SpecificResource\", \"source\": \"#m3\", \"purpose\": \"linking\"},"   // 7
        + "{\"type\": \"SpecificResource\", \"purpose\": \"linking\"},"                        // 8
        + "\"http://x/external-body\"]}";                                                     // 9
    // 3 is a comment and 5 not the article's entity: left out; 9 is an IRI: left out
    assertEquals(List.of(List.of("/body/0/value"), List.of("/body/1/value"),
        List.of("/body/2/value"), List.of("/body/4/source"), List.of("/body/6"),
        List.of("/body/7/source", "/body/8")), sorted(annotation));
    WebAnnotationBodies b = WebAnnotationBodies.of(Samples.jsonValue(annotation), OWN);
    assertEquals(List.of("PERSON", "NAM", "Rex", "#e1", "#m3"), List.of(b.types().get(0).text(),
        b.kinds().get(0).text(), b.names().get(0).text(), b.entityIds().get(0).text(),
        b.links().get(0).text()));
  }

  @Test
  void readsOneBodyNotInAnArray() {
    assertEquals(List.of(List.of("/body/value"), List.of(), List.of(), List.of(), List.of(),
        List.of()), sorted("{\"body\": {\"value\": \"ORGANIZATION\", \"purpose\": \"tagging\"}}"));
  }

  @Test
  void listsABodyOnceForEachOfItsPurposes() {
    // purposes in an array; the unknown one and the number are passed over
    assertEquals(List.of(List.of("/body/value"), List.of(), List.of("/body/value"), List.of(),
        List.of(), List.of()), sorted("{\"body\": {\"value\": \"Rex\", "
            + "\"purpose\": [\"tagging\", \"replying\", 3, \"describing\"]}}"));
  }

  @Test
  void takesATypeArrayHoldingSpecificResource() {
    assertEquals(List.of(List.of(), List.of(), List.of(), List.of("/body/source"), List.of(),
        List.of()), sorted("{\"body\": {\"type\": [\"oa:X\", \"SpecificResource\"], "
            + "\"source\": \"#e1\", \"purpose\": \"identifying\"}}"));
  }

  @Test
  void passesOverBodiesThatSayNothingOfTheModel() {
    List<List<String>> none = List.of(List.of(), List.of(), List.of(), List.of(), List.of(),
        List.of());
    assertEquals(none, sorted("{\"id\": \"a1\"}"));
    assertEquals(none, sorted("{\"body\": []}"));
    // a value that is not a string is no textual body
    assertEquals(none, sorted("{\"body\": {\"value\": 3, \"purpose\": \"tagging\"}}"));
    // a specific resource with a value is not a textual body
    assertEquals(none, sorted("{\"body\": {\"type\": \"SpecificResource\", \"value\": \"PERSON\", "
        + "\"purpose\": \"tagging\"}}"));
    // an identifying body whose source is not a string, or is missing
    assertEquals(none, sorted("{\"body\": [{\"type\": \"SpecificResource\", \"source\": {}, "
        + "\"purpose\": \"identifying\"}, {\"type\": \"SpecificResource\", "
        + "\"purpose\": \"identifying\"}]}"));
    // a textual body with no purpose
    assertEquals(none, sorted("{\"body\": {\"value\": \"PERSON\"}}"));
  }

  @Test
  void copiesEachList() {
    Value v = Samples.jsonValue("[\"x\"]").items().get(0);
    List<Value> types = new ArrayList<>(List.of(v));
    WebAnnotationBodies b = new WebAnnotationBodies(types, List.of(), List.of(), List.of(),
        List.of(), List.of());
    types.clear();
    assertEquals(List.of(v), b.types());
    assertThrows(UnsupportedOperationException.class, () -> b.types().add(v));
  }
}
