package io.github.newscorpus.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class Utf8ReaderTest {

  private static Utf8Reader reader(byte[] bytes) {
    return new Utf8Reader(new ByteArrayInputStream(bytes));
  }

  private static String readAll(Reader reader) throws IOException {
    StringWriter out = new StringWriter();
    reader.transferTo(out);
    return out.toString();
  }

  @Test
  void decodesUtf8AcrossBufferBoundaries() throws IOException {
    // 8191 ASCII bytes put the emoji's four bytes across the first 8192-byte read
    String text = "a".repeat(8191) + "👋 Peña\n" + "é".repeat(5000);
    assertEquals(text, readAll(reader(text.getBytes(StandardCharsets.UTF_8))));
  }

  @Test
  void skipsOneLeadingByteOrderMarkOnly() throws IOException {
    assertEquals("{}\uFEFF", readAll(reader("\uFEFF{}\uFEFF".getBytes(StandardCharsets.UTF_8))));
    assertEquals("", readAll(reader("\uFEFF".getBytes(StandardCharsets.UTF_8))));
    assertEquals("", readAll(reader(new byte[0])));
  }

  @Test
  void readsOneCharacterAtATime() throws IOException {
    Utf8Reader reader = reader("a👋".getBytes(StandardCharsets.UTF_8));
    assertEquals('a', reader.read());
    assertEquals(0xD83D, reader.read());
    assertEquals(0xDC4B, reader.read());
    assertEquals(-1, reader.read());
  }

  @Test
  void deliversEverythingBeforeAnInvalidByteThenNamesItsPlace() throws IOException {
    // line 3, after "né" (2 characters, 3 bytes): column 3; byte offset 4 + 4 + 3
    byte[] bytes = "abc\nxyz\nné?rest".getBytes(StandardCharsets.UTF_8);
    bytes[11] = (byte) 0xFF;
    Utf8Reader reader = reader(bytes);
    char[] buffer = new char[100];
    assertEquals(10, reader.read(buffer, 0, 100));
    assertEquals("abc\nxyz\nné", new String(buffer, 0, 10));
    Utf8Reader.Malformed e = assertThrows(Utf8Reader.Malformed.class, () -> reader.read(buffer, 0, 100));
    assertEquals("not valid UTF-8: byte 0xFF at byte offset 11", e.getMessage());
    assertEquals(List.of(3, 3), List.of(e.line(), e.column()));
  }

  @Test
  void namesTheByteOffsetOfAnInvalidByteInALaterBuffer() throws IOException {
    byte[] bytes = ("x\n".repeat(6000) + "ab?").getBytes(StandardCharsets.UTF_8);
    bytes[12_002] = (byte) 0xC0; // never valid in UTF-8
    Utf8Reader.Malformed e = assertThrows(Utf8Reader.Malformed.class, () -> readAll(reader(bytes)));
    assertEquals("not valid UTF-8: byte 0xC0 at byte offset 12002", e.getMessage());
    assertEquals(List.of(6001, 3), List.of(e.line(), e.column()));
  }

  @Test
  void reportsASequenceCutOffByTheEndOfInput() {
    byte[] emoji = "👋".getBytes(StandardCharsets.UTF_8);
    byte[] bytes = {'a', emoji[0], emoji[1]};
    Utf8Reader.Malformed e = assertThrows(Utf8Reader.Malformed.class, () -> readAll(reader(bytes)));
    assertEquals("not valid UTF-8: byte 0xF0 at byte offset 1", e.getMessage());
    assertEquals(List.of(1, 2), List.of(e.line(), e.column()));
  }

  @Test
  void keepsALeadingByteOrderMarkWhenAsked() throws IOException {
    byte[] bytes = "\uFEFFa".getBytes(StandardCharsets.UTF_8);
    assertEquals("\uFEFFa", readAll(Utf8Reader.keepingByteOrderMark(new ByteArrayInputStream(bytes))));
  }

  @Test
  void countsCarriageReturnsAsLineEndsAndCrlfAsOne() {
    // "a\r\nb\rc\nd?" : \r\n ends line 1, \r line 2, \n line 3; the bad byte is line 4, column 2
    byte[] bytes = "a\r\nb\rc\nd?".getBytes(StandardCharsets.UTF_8);
    bytes[bytes.length - 1] = (byte) 0xFF;
    Utf8Reader.Malformed e = assertThrows(Utf8Reader.Malformed.class, () -> readAll(reader(bytes)));
    assertEquals(List.of(4, 2), List.of(e.line(), e.column()));
  }

  @Test
  void countsACrlfSplitBetweenTwoReadsAsOneLineEnd() throws IOException {
    // read one character at a time, so that \r and \n arrive in two reads: "a\r\nbc?" puts the
    // bad byte on line 2, column 3
    byte[] bytes = "a\r\nbc?".getBytes(StandardCharsets.UTF_8);
    bytes[bytes.length - 1] = (byte) 0xFF;
    Utf8Reader reader = reader(bytes);
    for (int i = 0; i < 5; i++) {
      reader.read();
    }
    Utf8Reader.Malformed e = assertThrows(Utf8Reader.Malformed.class, reader::read);
    assertEquals(List.of(2, 3), List.of(e.line(), e.column()));
  }
}
