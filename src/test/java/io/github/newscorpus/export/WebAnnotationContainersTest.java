package io.github.newscorpus.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.newscorpus.CorpusFormatException;
import io.github.newscorpus.FormatProblem;
import io.github.newscorpus.ReadLimits;
import io.github.newscorpus.export.JsonTree.Value;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Unpacks small Web Annotation containers; each annotation is named by its JSON pointer, and
 * each problem is given as pointer: message (its line and column come from {@link JsonTree},
 * tested there), except where a place is worked out by hand.
 */
class WebAnnotationContainersTest {

  private static final String CONTEXT = "\"@context\": \"http://www.w3.org/ns/anno.jsonld\"";
  private static final String NO_CONTEXT = "expected \"@context\": "
      + "\"http://www.w3.org/ns/anno.jsonld\" (or an array holding it), as the Web Annotation "
      + "Data Model requires";

  private final List<FormatProblem> found = new ArrayList<>();

  /** Returns the pointers of the annotations {@code json} holds, within {@code limits}. */
  private List<String> annotations(String json, ReadLimits limits) throws CorpusFormatException {
    return new WebAnnotationContainers(limits, new WebAnnotationProblems("t.jsonld", found))
        .annotations(Samples.jsonValue(json)).stream().map(Value::pointer).toList();
  }

  private List<String> annotations(String json) throws CorpusFormatException {
    return annotations(json, ReadLimits.defaults());
  }

  private List<String> problems() {
    return found.stream().map(p -> p.pointer() + ": " + p.message()).toList();
  }

  private static String page(String more) {
    return "{\"type\": \"AnnotationPage\", \"items\": [{\"id\": \"a1\"}, {\"id\": \"a2\"}]" + more
        + "}";
  }

  @Test
  void readsOneAnnotation() throws CorpusFormatException {
    assertEquals(List.of(""), annotations("{" + CONTEXT + ", \"type\": \"Annotation\"}"));
    assertEquals(List.of(), problems());
  }

  @Test
  void readsAnArrayOfAnnotationsEachWithItsContext() throws CorpusFormatException {
    assertEquals(List.of("/0", "/1"), annotations("[{" + CONTEXT + "}, {\"@context\": [\"x\", "
        + "\"http://www.w3.org/ns/anno.jsonld\"]}]"));
    assertEquals(List.of(), problems());
  }

  @Test
  void placesAMissingContextAtTheAnnotationAndAWrongOneAtItself() throws CorpusFormatException {
    assertEquals(List.of("/0", "/1"), annotations("[{\"id\": \"a1\"}, {\"@context\": \"x\"}]"));
    assertEquals(List.of("/0: " + NO_CONTEXT, "/1/@context: " + NO_CONTEXT), problems());
  }

  @Test
  void leavesOutAnArrayItemThatIsNotAnObject() throws CorpusFormatException {
    assertEquals(List.of("/1"), annotations("[\"http://x/a1\", {" + CONTEXT + "}]"));
    assertEquals(List.of("/0: expected an Annotation, found the string \"http://x/a1\""),
        problems());
  }

  @Test
  void refusesARootThatIsNeitherObjectNorArray() throws CorpusFormatException {
    assertEquals(List.of(), annotations("\"http://x/a1\""));
    assertEquals(List.of(": expected an AnnotationCollection, an AnnotationPage, an Annotation "
        + "or an array of Annotations, found the string \"http://x/a1\""), problems());
  }

  @Test
  void readsThePageItems() throws CorpusFormatException {
    assertEquals(List.of("/items/0", "/items/1"), annotations(page(", " + CONTEXT)));
    assertEquals(List.of(), problems());
  }

  @Test
  void refusesALinkToANextPageAndAnItemGivenByItsIri() throws CorpusFormatException {
    String json = "{" + CONTEXT + ", \"type\": \"AnnotationPage\", \"next\": \"http://x/p2\", "
        + "\"items\": [\"http://x/a1\", {\"id\": \"a2\"}]}";
    assertEquals(List.of("/items/1"), annotations(json));
    assertEquals(List.of("/next: the page links to a next page (\"http://x/p2\"); expected the "
        + "whole collection in one embedded page, as this reader fetches nothing",
        "/items/0: expected an Annotation (an annotation given by its IRI alone cannot be read), "
        + "found the string \"http://x/a1\""), problems());
  }

  @Test
  void namesANextPageThatIsNotAString() throws CorpusFormatException {
    annotations(page(", " + CONTEXT + ", \"next\": {\"id\": \"p2\"}"));
    assertEquals(List.of("/next: the page links to a next page (\"object\"); expected the whole "
        + "collection in one embedded page, as this reader fetches nothing"), problems());
  }

  @Test
  void refusesAPageWithoutAnArrayOfItems() throws CorpusFormatException {
    assertEquals(List.of(), annotations("{" + CONTEXT + ", \"type\": \"AnnotationPage\"}"));
    assertEquals(List.of(), annotations("{" + CONTEXT + ", \"type\": \"AnnotationPage\", "
        + "\"items\": {}}"));
    assertEquals(List.of(": expected \"items\", an array of Annotations",
        "/items: expected \"items\", an array of Annotations"), problems());
  }

  @Test
  void readsTheFirstPageOfACollection() throws CorpusFormatException {
    String json = "{" + CONTEXT + ", \"type\": \"AnnotationCollection\", \"total\": 2, \"first\": "
        + page("") + "}";
    assertEquals(List.of("/first/items/0", "/first/items/1"), annotations(json));
    assertEquals(List.of(), problems());
  }

  @Test
  void checksTheTotalAgainstTheItems() throws CorpusFormatException {
    annotations("{" + CONTEXT + ", \"type\": [\"AnnotationCollection\"], \"total\": 3, "
        + "\"first\": " + page("") + "}");
    annotations("{" + CONTEXT + ", \"type\": \"AnnotationCollection\", \"total\": \"2\", "
        + "\"first\": " + page("") + "}");
    assertEquals(List.of("/total: total (3) must equal the number of items of the page (2)",
        "/total: total must be a non-negative integer, found the string \"2\""), problems());
  }

  @Test
  void readsACollectionWithoutAFirstPageAsEmptyWhenItsTotalIsZero() throws CorpusFormatException {
    assertEquals(List.of(), annotations("{" + CONTEXT + ", \"type\": \"AnnotationCollection\", "
        + "\"total\": 0}"));
    assertEquals(List.of(), problems());
    assertEquals(List.of(), annotations("{" + CONTEXT + ", \"type\": \"AnnotationCollection\", "
        + "\"total\": 4}"));
    assertEquals(List.of("/total: the collection has 4 annotations but no \"first\" page; "
        + "expected its first page embedded as \"first\""), problems());
  }

  @Test
  void refusesAFirstPageThatIsNotEmbedded() throws CorpusFormatException {
    assertEquals(List.of(), annotations("{" + CONTEXT + ", \"type\": \"AnnotationCollection\", "
        + "\"first\": \"http://x/p1\"}"));
    assertEquals(List.of(), annotations("{" + CONTEXT + ", \"type\": \"AnnotationCollection\", "
        + "\"first\": 7}"));
    assertEquals(List.of("/first: the first page is given by its IRI \"http://x/p1\" alone; "
        + "expected the page embedded as an object, as this reader fetches nothing",
        "/first: expected an AnnotationPage, found 7"), problems());
  }

  @Test
  void readsAFirstPageOfAnotherTypeWithAProblem() throws CorpusFormatException {
    String items = "\"items\": [{\"id\": \"a1\"}]";
    assertEquals(List.of("/first/items/0"), annotations("{" + CONTEXT + ", \"type\": "
        + "\"AnnotationCollection\", \"first\": {\"type\": \"Page\", " + items + "}}"));
    assertEquals(List.of("/first/items/0"), annotations("{" + CONTEXT + ", \"type\": "
        + "\"AnnotationCollection\", \"first\": {" + items + "}}"));
    assertEquals(List.of("/first/type: expected the first page's type \"AnnotationPage\"",
        "/first: expected the first page's type \"AnnotationPage\""), problems());
  }

  @Test
  void stopsPastMaxAnnotationsWithTheProblemsFoundBefore() {
    ReadLimits two = ReadLimits.defaults().withMaxAnnotations(2);
    // line 1: {"@context": "http://www.w3.org/ns/anno.jsonld", "type": "AnnotationPage",
    // line 2: "next": "p2", "items": [{}, {},
    // line 3:   {}]}
    // the value of "next" is in column 9 of line 2; the third item, /items/2, in column 3 of line 3
    String json = "{" + CONTEXT + ", \"type\": \"AnnotationPage\",\n\"next\": \"p2\", \"items\": "
        + "[{}, {},\n  {}]}";
    CorpusFormatException e = assertThrows(CorpusFormatException.class,
        () -> annotations(json, two));
    assertEquals(List.of("t.jsonld:2:9: /next: the page links to a next page (\"p2\"); expected "
        + "the whole collection in one embedded page, as this reader fetches nothing",
        "t.jsonld:3:3: /items/2: more than maxAnnotations (2) annotations; reading stopped here"),
        e.problems().stream().map(FormatProblem::toString).toList());
  }

  @Test
  void stopsPastMaxAnnotationsInAnArray() throws CorpusFormatException {
    ReadLimits two = ReadLimits.defaults().withMaxAnnotations(2);
    assertEquals(List.of("/0", "/1"), annotations("[{" + CONTEXT + "}, {" + CONTEXT + "}]", two));
    // [{}, {}, {}]: the third, /2, is in column 10
    CorpusFormatException e = assertThrows(CorpusFormatException.class,
        () -> annotations("[{}, {}, {}]", two));
    assertEquals(List.of("t.jsonld:1:10: /2: more than maxAnnotations (2) annotations; reading "
        + "stopped here"), e.problems().stream().map(FormatProblem::toString).toList());
  }

  @Test
  void reportsTheItemsOfAnArrayInDocumentOrder() throws CorpusFormatException {
    // /0 is not an object; /1 is an object without @context: /0's problem comes first
    assertEquals(List.of("/1"), annotations("[5, {\"id\": \"a1\"}]"));
    assertEquals(List.of("/0", "/1"), found.stream().map(FormatProblem::pointer).toList());
    assertEquals("/1: " + NO_CONTEXT, problems().get(1));
  }
}
