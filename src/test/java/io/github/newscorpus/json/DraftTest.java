package io.github.newscorpus.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class DraftTest {

  @Test
  void writesItsJsonPointerOnlyWhenAsked() {
    Draft article = Draft.article("/articles/3");
    Draft segment = article.item("quotes", 2).item("segments", 1);
    assertEquals("/articles/3/quotes/2/segments/1", segment.pointer());
    assertEquals("/articles/3/quotes/2/segments/1/text", segment.pointer("text"));
    assertEquals("/articles/3/metadata/publisher", article.child("metadata").child("publisher").pointer());
  }

  @Test
  void escapesTildesAndSlashesAsRfc6901Says() {
    assertEquals("a~1b~0c", Draft.escape("a/b~c"));
    assertEquals("/x/a~1b~0c", Draft.article("").child("x").pointer("a/b~c"));
    assertEquals("", Draft.article("").pointer());
  }
}
