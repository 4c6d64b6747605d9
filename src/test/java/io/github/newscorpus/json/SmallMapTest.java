package io.github.newscorpus.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SmallMapTest {

  /** Keys b, a, c with values 1, 2, 3; the arrays have room for two more that are not used. */
  private final SmallMap<Integer> map =
      new SmallMap<>(new String[] {"b", "a", "c", null, null}, new Object[] {1, 2, 3, null, null}, 3);

  @Test
  void findsEachKeyAndMissesOthers() {
    assertEquals(3, map.size());
    assertEquals(2, map.get("a"));
    assertTrue(map.containsKey("c"));
    assertNull(map.get("d"));
    assertFalse(map.containsKey("d"));
    assertFalse(map.containsKey(null));
  }

  @Test
  void iteratesInTheOrderGiven() {
    assertEquals(List.of("b", "a", "c"), List.copyOf(map.keySet()));
    List<String> seen = new ArrayList<>();
    map.forEach((k, v) -> seen.add(k + "=" + v));
    assertEquals(List.of("b=1", "a=2", "c=3"), seen);
  }

  @Test
  void equalsAnyMapOfTheSameEntries() {
    Map<String, Integer> same = new LinkedHashMap<>();
    same.put("a", 2);
    same.put("c", 3);
    same.put("b", 1);
    assertEquals(same, map);
    assertEquals(map, same);
    assertEquals(same.hashCode(), map.hashCode());
  }

  @Test
  void cannotBeChanged() {
    assertThrows(UnsupportedOperationException.class, () -> map.put("d", 4));
    assertThrows(UnsupportedOperationException.class, () -> map.remove("a"));
    assertThrows(UnsupportedOperationException.class, () -> map.entrySet().iterator().next().setValue(9));
  }

  @Test
  void anEmptyMapHasNoEntries() {
    SmallMap<Integer> empty = new SmallMap<>(new String[4], new Object[4], 0);
    assertTrue(empty.isEmpty());
    assertEquals(Map.of(), empty);
    assertNull(empty.get("a"));
  }
}
