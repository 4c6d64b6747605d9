package io.github.newscorpus.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class Utf8CheckTest {

  private static byte[] hex(String hex) {
    return HexFormat.of().parseHex(hex.replace(" ", ""));
  }

  /** The edges of each row of the Unicode Standard's table 3-7, well-formed. */
  @ParameterizedTest
  @ValueSource(strings = {"", "41", "7F", "C2 80", "DF BF", "E0 A0 80", "E0 BF BF", "E1 80 80",
      "EC BF BF", "ED 80 80", "ED 9F BF", "EE 80 80", "EF BF BF", "F0 90 80 80", "F0 BF BF BF",
      "F1 80 80 80", "F3 BF BF BF", "F4 80 80 80", "F4 8F BF BF", "EF BB BF 7B 7D"})
  void acceptsEachWellFormedRow(String bytes) {
    byte[] b = hex(bytes);
    assertTrue(Utf8Check.isValid(b, 0, b.length));
  }

  /** Overlong forms, surrogates, past U+10FFFF, stray and missing continuations, and NUL. */
  @ParameterizedTest
  @ValueSource(strings = {"00", "41 00 42", "80", "BF", "C0 80", "C1 BF", "C2", "C2 41",
      "C2 C0", "E0 9F BF", "E0 A0", "ED A0 80", "ED BF BF", "F0 8F BF BF", "F4 90 80 80",
      "F5 80 80 80", "F8 88 80 80 80", "FE", "FF", "E2 82", "F0 9F 91"})
  void rejectsEachIllFormedSequence(String bytes) {
    byte[] b = hex(bytes);
    assertFalse(Utf8Check.isValid(b, 0, b.length));
  }

  @Test
  void findsANulInAnyByteOfAnEightByteWord() {
    for (int at = 0; at < 16; at++) {
      byte[] b = "abcdefghijklmnop".getBytes(StandardCharsets.US_ASCII);
      b[at] = 0;
      assertFalse(Utf8Check.isValid(b, 0, b.length), "NUL at " + at);
    }
  }

  @Test
  void checksOnlyTheRangeGiven() {
    byte[] b = hex("FF 41 42 FF");
    assertTrue(Utf8Check.isValid(b, 1, 2));
    assertFalse(Utf8Check.isValid(b, 1, 3));
  }

  @Test
  void givesOneVerdictWhereverTheFeedsSplitASequence() {
    byte[] good = "a€b👋c".getBytes(StandardCharsets.UTF_8); // 1 + 3 + 1 + 4 + 1 bytes
    byte[] bad = hex("61 E2 82 41");
    for (int cut = 0; cut <= good.length; cut++) {
      Utf8Check check = new Utf8Check();
      assertTrue(check.feed(good, 0, cut) && check.feed(good, cut, good.length - cut) && check.end(),
          "split at " + cut);
    }
    for (int cut = 0; cut <= bad.length; cut++) {
      Utf8Check check = new Utf8Check();
      assertFalse(check.feed(bad, 0, cut) && check.feed(bad, cut, bad.length - cut) && check.end(),
          "split at " + cut);
    }
  }

  @Test
  void rejectsAnEndInsideASequenceOnlyAtTheEnd() {
    byte[] b = hex("E2 82");
    Utf8Check check = new Utf8Check();
    assertTrue(check.feed(b, 0, 2));
    assertFalse(check.end());
  }

  /**
   * On random byte strings, mostly ASCII with multi-byte lead and continuation bytes mixed in,
   * agrees with Java's strict decoder (which {@link Utf8Reader} uses): valid exactly when the
   * decoder accepts and there is no NUL.
   */
  @Test
  void agreesWithTheStrictDecoderOnRandomBytes() {
    Random random = new Random(2026);
    int valid = 0;
    for (int n = 0; n < 200_000; n++) {
      byte[] b = new byte[random.nextInt(24)];
      for (int i = 0; i < b.length; i++) {
        int kind = random.nextInt(4);
        b[i] = (byte) (kind == 0 ? 0x20 + random.nextInt(0x5F) : kind == 1 ? 0x80 + random.nextInt(0x40)
            : random.nextInt(256));
      }
      boolean expected = decodes(b) && indexOf(b, (byte) 0) < 0;
      valid += expected ? 1 : 0;
      assertEquals(expected, Utf8Check.isValid(b, 0, b.length), () -> HexFormat.of().formatHex(b));
    }
    assertTrue(valid > 10_000, "too few valid cases to mean anything: " + valid);
  }

  private static boolean decodes(byte[] b) {
    try {
      StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(b));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }

  private static int indexOf(byte[] b, byte value) {
    for (int i = 0; i < b.length; i++) {
      if (b[i] == value) {
        return i;
      }
    }
    return -1;
  }

  @Test
  void aCheckingStreamPassesValidBytesThrough() throws IOException {
    byte[] b = ("x".repeat(10_000) + "Peña 👋").getBytes(StandardCharsets.UTF_8);
    try (InputStream in = Utf8Check.checking(new ByteArrayInputStream(b))) {
      assertArrayEquals(b, in.readAllBytes());
    }
  }

  @Test
  void aCheckingStreamThrowsAtTheFirstBadByteOrACutSequence() throws IOException {
    InputStream bad = Utf8Check.checking(new ByteArrayInputStream(hex("41 42 FF")));
    assertThrows(Utf8Check.Invalid.class, bad::readAllBytes);
    InputStream cut = Utf8Check.checking(new ByteArrayInputStream(hex("41 E2 82")));
    byte[] buffer = new byte[10];
    assertEquals(3, cut.read(buffer, 0, 10));
    Utf8Check.Invalid e = assertThrows(Utf8Check.Invalid.class, () -> cut.read(buffer, 0, 10));
    assertEquals("not strict UTF-8, or a NUL byte", e.getMessage());
  }
}
