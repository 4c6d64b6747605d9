package io.github.newscorpus.internal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.zip.CRC32;

/**
 * Names the temporary files of a target {@code .newscorpus-TAG-N.tmp}, where TAG is the CRC-32 of
 * the target's file name (8 hex digits) and N one of {@value #SLOTS} slots, {@code 0} to
 * {@code 7}, so that a later write finds what a crash left by trying those names, without listing
 * the directory; or, when every slot is taken, {@code .newscorpus-TAG-RANDOM.tmp} with 12 random
 * hex digits. Hidden, recognisably the library's, and at most 37 ASCII characters whatever the
 * target's name.
 */
final class TemporaryNames {

  /** How many writes to one target at once get a name that a later write checks. */
  static final int SLOTS = 8;

  private TemporaryNames() {}

  /** Returns the slot names of the target named {@code target}, in the order writes take them. */
  static List<String> slots(String target) {
    List<String> names = new ArrayList<>(SLOTS);
    for (int slot = 0; slot < SLOTS; slot++) {
      names.add(prefix(target) + slot + ".tmp");
    }
    return names;
  }

  /** Returns a random name for the target named {@code target}, for when every slot is taken. */
  static String random(String target, Random random) {
    long bits = random.nextLong() & 0xFFFF_FFFF_FFFFL;
    return prefix(target) + String.format("%012x", bits) + ".tmp";
  }

  /** Returns {@code .newscorpus-TAG-}, TAG the CRC-32 of the name's UTF-8 bytes in hex. */
  private static String prefix(String target) {
    CRC32 crc = new CRC32();
    crc.update(target.getBytes(StandardCharsets.UTF_8));
    return String.format(".newscorpus-%08x-", crc.getValue());
  }
}
