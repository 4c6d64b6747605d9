package io.github.newscorpus.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.newscorpus.FormatProblem;
import io.github.newscorpus.export.JsonTree.Value;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Places problems at values of small JSON documents; each place is counted by hand. */
class WebAnnotationProblemsTest {

  private final List<FormatProblem> list = new ArrayList<>();
  private final WebAnnotationProblems problems = new WebAnnotationProblems("t.jsonld", list);

  private List<String> messages() {
    return list.stream().map(FormatProblem::message).toList();
  }

  @Test
  void placesAProblemAtTheValueAtFault() {
    // {"a": [1]}: the 1, /a/0, is in column 8
    Value one = Samples.jsonValue("{\"a\": [1]}").field("a").orElseThrow().items().get(0);
    problems.add(one, "wrong");
    assertEquals(List.of(new FormatProblem("t.jsonld", 1, 8, "/a/0", "wrong")), list);
    assertEquals("t.jsonld", problems.source());
  }

  @Test
  void addsToTheListItWasGivenInTheOrderFound() {
    Value root = Samples.jsonValue("[1,\n2]");
    problems.add(root.items().get(1), "second item");
    problems.add(root.items().get(0), "first item");
    assertSame(list, problems.list());
    assertEquals(List.of("t.jsonld:2:1: /1: second item", "t.jsonld:1:2: /0: first item"),
        list.stream().map(FormatProblem::toString).toList());
  }

  @Test
  void acceptsAnObjectAndNamesWhatWasFoundInstead() {
    Value root = Samples.jsonValue("[{}, [], \"IRI\", 12, true, null]");
    assertTrue(problems.object(root.items().get(0), "an Annotation"));
    assertEquals(List.of(), list);
    for (Value v : root.items().subList(1, 6)) {
      assertFalse(problems.object(v, "an Annotation"));
    }
    assertEquals(List.of("expected an Annotation, found an array",
        "expected an Annotation, found the string \"IRI\"", "expected an Annotation, found 12",
        "expected an Annotation, found true", "expected an Annotation, found null"), messages());
  }

  @Test
  void acceptsACountOfUpToNineDigits() {
    Value root = Samples.jsonValue("[0, 7, 123456789]");
    for (Value v : root.items()) {
      assertTrue(problems.count(v, "total"), v.text());
    }
    assertEquals(List.of(), list);
  }

  @Test
  void refusesAnythingElseAsACount() {
    Value root = Samples.jsonValue("[1234567890, -1, 1.0, 1e2, \"3\", {}]");
    for (Value v : root.items()) {
      assertFalse(problems.count(v, "total"), v.text());
    }
    assertEquals(List.of("total must be a non-negative integer, found 1234567890",
        "total must be a non-negative integer, found -1",
        "total must be a non-negative integer, found 1.0",
        "total must be a non-negative integer, found 1e2",
        "total must be a non-negative integer, found the string \"3\"",
        "total must be a non-negative integer, found an object"), messages());
    // the last problem is placed at the object, /5: [ in column 1, 1234567890 in 2-11, then
    // ", -1" 12-15, ", 1.0" 16-20, ", 1e2" 21-25, ", \"3\"" 26-30, ", " 31-32, { in 33
    assertEquals("/5", list.get(5).pointer());
    assertEquals(33, list.get(5).column());
  }
}
