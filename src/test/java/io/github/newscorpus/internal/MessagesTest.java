package io.github.newscorpus.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class MessagesTest {

  @Test
  void quotesAndEscapesControlCharactersButNotAccents() {
    assertEquals("\"Peña \\\"Nieto\\\"\\n\"", Messages.excerpt("Peña \"Nieto\"\n"));
  }

  @Test
  void cutsLongTextAfterTheFirstSpacePastFortyCharacters() {
    String text = "We know that damage has been done to the bilateral relationship in the last months";
    // the first space at or after index 40 is the one after "the" (index 40)
    assertEquals("\"We know that damage has been done to the…\"", Messages.excerpt(text));
  }

  @Test
  void keepsTextOfSixtyCharactersWholeAndCutsOneMore() {
    String sixty = "Luis Videgaray met Rex Tillerson and John Kelly in Mexico Ci";
    assertEquals(60, sixty.length());
    assertEquals("\"" + sixty + "\"", Messages.excerpt(sixty));
    // the first space from index 40 follows "John" (indexes 37 to 40)
    assertEquals("\"Luis Videgaray met Rex Tillerson and John…\"", Messages.excerpt(sixty + "t"));
  }

  @Test
  void cutsAfterSixtyCharactersWhenNoSpaceComesBefore() {
    // 35 letters, a space (index 35), then letters only: no space from index 40 to 60
    String text = "a".repeat(35) + " " + "b".repeat(40);
    assertEquals("\"" + "a".repeat(35) + " " + "b".repeat(24) + "…\"", Messages.excerpt(text));
  }

  @Test
  void neverCutsASurrogatePairInTwo() {
    // 👋 takes indexes 59 and 60: cutting after 60 characters would split it
    String text = "a".repeat(59) + "👋" + "b".repeat(10);
    assertEquals("\"" + "a".repeat(59) + "…\"", Messages.excerpt(text));
  }

  @Test
  void writesALoneSurrogateAsAnEscapeAndKeepsAPair() {
    // an unknown field's name may hold one: UTF-8 output (validate --json) would write "?"
    assertEquals("\"a\\uD800b 👋\"", Messages.excerpt("a\ud800b 👋"));
  }

  @Test
  void emptyText() {
    assertEquals("\"\"", Messages.excerpt(""));
  }
}
