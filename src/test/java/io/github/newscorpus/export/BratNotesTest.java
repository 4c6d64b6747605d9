package io.github.newscorpus.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class BratNotesTest {

  @Test
  void findsAPercentThatTwoAsciiHexDigitsDoNotFollow() {
    assertEquals(Optional.empty(), BratNotes.badEscape("e-%2Fa%41"));
    assertEquals(Optional.of("%ZZ"), BratNotes.badEscape("test:%ZZ"));
    assertEquals(Optional.of("%4"), BratNotes.badEscape("a%4"));
    // review: full-width digits are digits to Character.digit, but no escape
    assertEquals(Optional.of("%１Ａ"), BratNotes.badEscape("e-%１Ａ"));
  }

  @Test
  void decodesOnlyAsciiEscapes() {
    assertEquals("e-A/", BratNotes.decodeId("e-%41%2F"));
    assertEquals("e-%１Ａ", BratNotes.decodeId("e-%１Ａ"));
  }
}
