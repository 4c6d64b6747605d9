package io.github.newscorpus.json;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * Holds the few fields of a JSON object as two arrays, in the order written, and looks them up
 * by a linear scan: for the handful of fields an annotation has, smaller and faster than a hash
 * map. Unmodifiable; keys and values are never null.
 */
final class SmallMap<V> extends AbstractMap<String, V> {

  private final String[] keys;
  private final Object[] values;

  /** Takes the first {@code size} items of both arrays, which the caller no longer changes. */
  SmallMap(String[] keys, Object[] values, int size) {
    this.keys = size == keys.length ? keys : Arrays.copyOf(keys, size);
    this.values = size == values.length ? values : Arrays.copyOf(values, size);
  }

  /** Returns the index of {@code key} among the first {@code size} keys, or -1. */
  static int indexOf(String[] keys, int size, Object key) {
    for (int i = 0; i < size; i++) {
      if (keys[i].equals(key)) {
        return i;
      }
    }
    return -1;
  }

  @Override
  public int size() {
    return keys.length;
  }

  @Override
  public boolean containsKey(Object key) {
    return indexOf(keys, keys.length, key) >= 0;
  }

  @Override
  @SuppressWarnings("unchecked")
  public V get(Object key) {
    int i = indexOf(keys, keys.length, key);
    return i < 0 ? null : (V) values[i];
  }

  @Override
  @SuppressWarnings("unchecked")
  public void forEach(BiConsumer<? super String, ? super V> action) {
    Objects.requireNonNull(action);
    for (int i = 0; i < keys.length; i++) {
      action.accept(keys[i], (V) values[i]);
    }
  }

  @Override
  public Set<Entry<String, V>> entrySet() {
    return new AbstractSet<>() {
      @Override
      public int size() {
        return keys.length;
      }

      @Override
      public Iterator<Entry<String, V>> iterator() {
        return new Iterator<>() {
          private int next;

          @Override
          public boolean hasNext() {
            return next < keys.length;
          }

          @Override
          @SuppressWarnings("unchecked")
          public Entry<String, V> next() {
            if (next >= keys.length) {
              throw new NoSuchElementException();
            }
            Entry<String, V> entry = Map.entry(keys[next], (V) values[next]);
            next++;
            return entry;
          }
        };
      }
    };
  }
}
