package io.github.newscorpus.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Tests {@link Source} over arrays and over streams that deliver a byte or a few at a time, so
 * that every check meets sequences split across reads.
 */
class SourceTest {

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  /** Returns a stream that gives at most {@code chunk} bytes a read. */
  private static InputStream trickle(byte[] bytes, int chunk) {
    return new FilterInputStream(new ByteArrayInputStream(bytes)) {
      @Override
      public int read(byte[] b, int off, int len) throws IOException {
        return super.read(b, off, Math.min(len, chunk));
      }
    };
  }

  /** Returns every source over {@code bytes}: the array, and streams in chunks of 1, 3 and 64K. */
  private static List<Source> sources(byte[] bytes, long maxChars) throws IOException {
    List<Source> all = new ArrayList<>();
    all.add(Source.of(bytes, 0, bytes.length, maxChars));
    for (int chunk : new int[] {1, 3, 1 << 16}) {
      all.add(Source.of(trickle(bytes, chunk), maxChars));
    }
    return all;
  }

  private static byte[] readAll(Source source) throws IOException {
    return source.stream().readAllBytes();
  }

  @Test
  void servesValidUtf8WholeAndSkipsAByteOrderMarkAtTheStart() throws IOException {
    String text = "{\"t\": \"Zoë 👋 “hi”\"}";
    for (Source s : sources(utf8("\uFEFF" + text), Long.MAX_VALUE)) {
      assertEquals(3, s.offset(), "offsets count the mark");
      assertEquals(text, new String(readAll(s), StandardCharsets.UTF_8));
      assertNull(s.cut());
    }
  }

  @Test
  void cutsBeforeTheFirstSequenceThatIsNotUtf8() throws IOException {
    // "ab" then E2 82 (the start of €) then "c": cut at offset 2, E2's place
    byte[] bytes = {'a', 'b', (byte) 0xE2, (byte) 0x82, 'c'};
    for (Source s : sources(bytes, Long.MAX_VALUE)) {
      assertEquals("ab", new String(readAll(s), StandardCharsets.UTF_8));
      assertEquals(new Source.Cut(2, "not valid UTF-8: byte 0xE2 at byte offset 2"), s.cut());
    }
  }

  @Test
  void refusesOverlongFormsSurrogatesAndBytesThatStartNothing() throws IOException {
    byte[][] bad = {
        {'x', (byte) 0xC0, (byte) 0xAF},              // "/" written in two bytes
        {'x', (byte) 0xED, (byte) 0xA0, (byte) 0x80}, // the surrogate U+D800
        {'x', (byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, // above U+10FFFF
        {'x', (byte) 0x80},                           // a continuation byte alone
        {'x', (byte) 0xF0, (byte) 0x9F}};             // cut short by the end of input
    for (byte[] bytes : bad) {
      for (Source s : sources(bytes, Long.MAX_VALUE)) {
        assertEquals("x", new String(readAll(s), StandardCharsets.UTF_8));
        assertEquals(1, s.cut().offset());
        assertTrue(s.cut().message().startsWith("not valid UTF-8: byte 0x"), s.cut().message());
      }
    }
  }

  @Test
  void cutsAtANulByte() throws IOException {
    for (Source s : sources(utf8("ab\u0000c"), Long.MAX_VALUE)) {
      assertEquals("ab", new String(readAll(s), StandardCharsets.UTF_8));
      assertEquals(new Source.Cut(2, "not valid JSON: a NUL byte (U+0000) at byte offset 2"),
          s.cut());
    }
  }

  @Test
  void cutsAtTheFirstCharacterPastTheLengthCountingCharactersNotBytes() throws IOException {
    // five characters in nine bytes: "ü" two bytes, "👋" four; the sixth character is too many
    byte[] bytes = utf8("aü👋bcdef");
    for (Source s : sources(bytes, 5)) {
      assertEquals("aü👋bc", new String(readAll(s), StandardCharsets.UTF_8));
      assertEquals(new Source.Cut(9, "the input is longer than maxDocumentLength (5) characters;"
          + " reading stopped here"), s.cut());
    }
    for (Source s : sources(bytes, 8)) {
      assertEquals("aü👋bcdef", new String(readAll(s), StandardCharsets.UTF_8));
      assertNull(s.cut());
    }
  }

  @Test
  void countsCharactersBetweenAnyTwoPlacesOfTheBytesKept() throws IOException {
    // offsets: a 0, ü 1-2, 👋 3-6, b 7, then 100 x, then é 108-109, c 110
    String text = "aü👋b" + "x".repeat(100) + "éc";
    for (Source s : sources(utf8(text), Long.MAX_VALUE)) {
      readAll(s);
      assertEquals(4, s.chars(0, 8));
      assertEquals(2, s.chars(3, 8));
      assertEquals(104, s.chars(0, 108));
      assertEquals(106, s.chars(0, 111));
      assertEquals(2, s.chars(108, 111));
      assertEquals(0, s.chars(7, 7));
    }
  }

  @Test
  void keepsWhatItNeedsForTheLineOfAReleasedPlace() throws IOException {
    // one long line, as a minified corpus: 7,000 × "é" (14,000 bytes), "{" at 14,000, 100 × "ü"
    String text = "é".repeat(7_000) + "{" + "ü".repeat(100) + "}";
    for (Source s : sources(utf8(text), Long.MAX_VALUE)) {
      readAll(s);
      s.release(14_000, 0);
      assertEquals(7_000, s.chars(0, 14_000), "the line's start, before the release");
      assertEquals(7_101, s.chars(0, 14_201));
      assertEquals(100, s.chars(14_001, 14_201));
      assertThrows(IllegalStateException.class, () -> s.chars(2, 14_000));
      s.release(14_101, 0); // the 51st ü, on the same line
      assertEquals(7_051, s.chars(0, 14_101));
    }
  }

  @Test
  void servesOneLineAtATimeEndingAtLfCrLfOrCr() throws IOException {
    String text = "{\"a\": 1}\r\n\n[2]\r{}\n";
    for (Source s : sources(utf8(text), Long.MAX_VALUE)) {
      List<String> lines = new ArrayList<>();
      List<Long> starts = new ArrayList<>();
      while (s.nextLine()) {
        starts.add(s.lineStart());
        lines.add(s.lineNumber() + ":" + new String(s.line().readAllBytes(), StandardCharsets.UTF_8));
      }
      assertEquals(List.of("1:{\"a\": 1}", "2:", "3:[2]", "4:{}"), lines);
      assertEquals(List.of(0L, 10L, 11L, 15L), starts);
    }
  }

  @Test
  void skipsWhatIsLeftOfALineItWasNotAskedFor() throws IOException {
    for (Source s : sources(utf8("abcdef\nxyz"), Long.MAX_VALUE)) {
      assertTrue(s.nextLine());
      assertEquals('a', s.line().read());
      assertTrue(s.nextLine());
      assertEquals("xyz", new String(s.line().readAllBytes(), StandardCharsets.UTF_8));
      assertFalse(s.nextLine(), "no line after the last");
    }
  }

  @Test
  void startsTheLineOfACutThatFollowsALineBreak() throws IOException {
    for (Source s : sources(new byte[] {'a', '\n', (byte) 0xFF}, Long.MAX_VALUE)) {
      assertTrue(s.nextLine());
      assertFalse(s.nextLine());
      assertEquals(2, s.lineNumber());
      assertEquals(2, s.lineStart());
      assertEquals(2, s.cut().offset());
    }
  }

  @Test
  void findsAByteOrderMarkWhereItWouldBeSkippedSilently() throws IOException {
    for (Source s : sources(utf8("\uFEFF\uFEFF{}"), Long.MAX_VALUE)) {
      assertTrue(s.atByteOrderMark(), "the second mark");
    }
    for (Source s : sources(utf8("\uFEFF{}"), Long.MAX_VALUE)) {
      assertFalse(s.atByteOrderMark());
    }
  }

  /** Every prefix of random UTF-8 is served as the JDK decodes it, or cut where it stops. */
  @Test
  void agreesWithTheJdksStrictDecoderOnRandomBytes() throws IOException {
    Random random = new Random(2026);
    for (int n = 0; n < 2_000; n++) {
      byte[] bytes = new byte[random.nextInt(24)];
      for (int i = 0; i < bytes.length; i++) {
        // mostly the bytes that start or continue sequences, some ASCII
        bytes[i] = (byte) (random.nextInt(4) == 0 ? 'a' + random.nextInt(26) : 0x80 + random.nextInt(128));
      }
      int valid = validPrefix(bytes);
      for (Source s : sources(bytes, Long.MAX_VALUE)) {
        byte[] served = readAll(s);
        assertEquals(valid, served.length, () -> java.util.HexFormat.of().formatHex(bytes));
        assertEquals(valid == bytes.length, s.cut() == null);
      }
    }
  }

  /** Returns the length of the longest prefix of whole characters the JDK decodes strictly. */
  private static int validPrefix(byte[] bytes) {
    var decoder = StandardCharsets.UTF_8.newDecoder();
    var in = java.nio.ByteBuffer.wrap(bytes);
    var out = java.nio.CharBuffer.allocate(bytes.length + 1);
    var result = decoder.decode(in, out, true);
    return result.isError() || result.isUnderflow() && in.hasRemaining() ? in.position() : bytes.length;
  }
}
