package io.github.newscorpus.model;

import io.github.newscorpus.internal.Show;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.RandomAccess;
import java.util.function.IntConsumer;

/**
 * Holds one annotation layer in document order and answers span relations over it, in
 * uimaFIT's vocabulary. An unmodifiable {@link List}.
 *
 * <p>Each relation takes a reference {@code x}, a {@link Span} or an annotation (whose
 * {@link Spanned#span() span} is used; for a quote of several segments, its whole extent), and
 * returns the annotations {@code a} of this layer that stand in the relation to it, in document
 * order. When {@code x} is an annotation of this layer, that very object is never part of its
 * own result (as in uimaFIT, by identity); other annotations at the same span are, even equal
 * ones. For a quote of several segments the relation uses its whole extent, which includes the
 * attribution between its segments; {@code Article.mentionsIn(quote)} gives the mentions inside
 * its segments only. Boundaries are half-open, so spans that touch
 * do not overlap, and an empty span overlaps nothing.
 *
 * <table>
 *   <caption>Relations, with {@code [ ]} marking {@code x} and {@code #} marking {@code a}</caption>
 *   <tr><th>relation</th><th>holds when</th><th>holds</th><th>does not hold</th></tr>
 *   <tr><td>{@link #coveredBy}</td><td>{@code x.begin <= a.begin && a.end <= x.end}</td>
 *       <td>{@code [-##-]}, {@code [##]}, {@code [##--]}</td><td>{@code [--#]#}</td></tr>
 *   <tr><td>{@link #covering}</td><td>{@code a.begin <= x.begin && x.end <= a.end}</td>
 *       <td>{@code #[--]#}, {@code [##]}, {@code #[--]}</td><td>{@code [-#]}</td></tr>
 *   <tr><td>{@link #overlapping}</td><td>{@code a.begin < x.end && x.begin < a.end}, both non-empty</td>
 *       <td>{@code [--#]#}, {@code #[#-]}, {@code [-##-]}</td><td>{@code [--]##}</td></tr>
 *   <tr><td>{@link #preceding}</td><td>{@code a.end <= x.begin}</td>
 *       <td>{@code ##[--]}, {@code #.[--]}</td><td>{@code #[#-]}</td></tr>
 *   <tr><td>{@link #following}</td><td>{@code x.end <= a.begin}</td>
 *       <td>{@code [--]##}, {@code [--].#}</td><td>{@code [-#]#}</td></tr>
 *   <tr><td>{@link #at}</td><td>{@code a.begin == x.begin && a.end == x.end}</td>
 *       <td>{@code [##]}</td><td>{@code [##-]}</td></tr>
 * </table>
 *
 * <p>Cost: the layer keeps its annotations' begins and ends in arrays sorted in document order,
 * and, built on the first query that needs them, range-maximum and range-minimum tables over the
 * ends ({@code n log n} ints each: about 8 MB for 100,000 annotations). Every relation then costs
 * O(log n + k) for k results: a binary search for the candidates' range, and one constant-time
 * range query per result (plus one); {@link #preceding(Spanned, int)} costs O((k + 1) log n), a
 * binary search per result. Immutable and safe to share between threads.
 *
 * @param <A> the annotation type
 */
public final class Layer<A extends Annotation> extends AbstractList<A> implements RandomAccess {

  private static final Layer<?> EMPTY = new Layer<>(List.of());

  /** How many annotations {@link #toString()} shows. */
  private static final int PREVIEW = 3;

  private final Object[] items;
  private final int[] begins;
  private final int[] ends;
  private volatile RangeExtremes extremes;

  /** Trusts {@code sorted} to be in document order. */
  private Layer(List<A> sorted) {
    this.items = sorted.toArray();
    this.begins = new int[items.length];
    this.ends = new int[items.length];
    for (int i = 0; i < items.length; i++) {
      Span s = sorted.get(i).span();
      begins[i] = s.begin();
      ends[i] = s.end();
    }
  }

  /** Returns an empty layer. */
  @SuppressWarnings("unchecked")
  public static <A extends Annotation> Layer<A> empty() {
    return (Layer<A>) EMPTY;
  }

  /**
   * Returns a layer of the given annotations, sorted into document order (by begin, then longest
   * first; annotations at the same span keep their given order).
   */
  public static <A extends Annotation> Layer<A> of(List<A> annotations) {
    List<A> sorted = new ArrayList<>(annotations);
    sorted.forEach(a -> Checks.notNull(a, "annotation"));
    sorted.sort(Comparator.comparing(Annotation::span));
    return new Layer<>(sorted);
  }

  /** Returns a layer over a list the caller has already sorted into document order. */
  static <A extends Annotation> Layer<A> ofSorted(List<A> sorted) {
    return sorted.isEmpty() ? empty() : new Layer<>(sorted);
  }

  @Override
  @SuppressWarnings("unchecked")
  public A get(int index) {
    return (A) items[index];
  }

  @Override
  public int size() {
    return items.length;
  }

  /**
   * Returns the size and the texts of the first three annotations, shortened, never the whole
   * layer, such as {@code Layer[233 mentions: "Trump", "Mexico", "Rex Tillerson", …]}; the kind of
   * annotation is "annotations" when the layer mixes kinds. Relations' results are plain lists,
   * which print every element.
   */
  @Override
  public String toString() {
    StringBuilder s = new StringBuilder("Layer[").append(Show.count(items.length, noun()));
    for (int i = 0; i < Math.min(PREVIEW, items.length); i++) {
      s.append(i == 0 ? ": " : ", ").append(Show.brief(get(i).text(), 30));
    }
    return s.append(items.length > PREVIEW ? ", …]" : "]").toString();
  }

  /** Returns what the annotations are, such as "mention"; "annotation" when they are mixed. */
  private String noun() {
    Class<?> kind = items.length == 0 ? Annotation.class : items[0].getClass();
    for (Object item : items) {
      if (item.getClass() != kind) {
        return "annotation";
      }
    }
    return kind.getSimpleName().toLowerCase(Locale.ROOT);
  }

  /** Returns the annotations that lie inside {@code x}, boundaries included. */
  public List<A> coveredBy(Spanned x) {
    Span s = x.span();
    int lo = firstBeginAtLeast(s.begin());
    int hi = firstBeginAbove(s.end());
    if (lo >= hi) {
      return List.of();
    }
    if (ends[extremes().argMax(lo, hi)] <= s.end() && !holds(x, lo, hi)) {
      return new Range(lo, hi); // every candidate ends inside: no need to look at each
    }
    Hits hits = new Hits(x);
    extremes().atMost(lo, hi, s.end(), hits);
    return hits.list();
  }

  /** Returns the annotations that {@code x} lies inside, boundaries included. */
  public List<A> covering(Spanned x) {
    Span s = x.span();
    Hits hits = new Hits(x);
    extremes().atLeast(0, firstBeginAbove(s.begin()), s.end(), hits);
    return hits.list();
  }

  /** Returns the annotations that share at least one character with {@code x}. */
  public List<A> overlapping(Spanned x) {
    Span s = x.span();
    if (s.isEmpty()) {
      return List.of();
    }
    Hits hits = new Hits(x);
    extremes().atLeast(0, firstBeginAtLeast(s.end()), s.begin() + 1, i -> {
      if (begins[i] < ends[i]) {
        hits.accept(i);
      }
    });
    return hits.list();
  }

  /** Returns the annotations that end at or before {@code x} begins. */
  public List<A> preceding(Spanned x) {
    Span s = x.span();
    Hits hits = new Hits(x);
    extremes().atMost(0, firstBeginAbove(s.begin()), s.begin(), hits);
    return hits.list();
  }

  /**
   * Returns the {@code count} annotations that end at or before {@code x} begins and are closest
   * to it, in document order; fewer when there are fewer.
   */
  public List<A> preceding(Spanned x, int count) {
    checkCount(count);
    Span s = x.span();
    List<A> result = new ArrayList<>();
    extremes().lastAtMost(0, firstBeginAbove(s.begin()), s.begin(), count, i -> {
      A a = get(i);
      return a != x && result.add(a);
    });
    Collections.reverse(result);
    return Collections.unmodifiableList(result);
  }

  /** Returns the annotations that begin at or after {@code x} ends. */
  public List<A> following(Spanned x) {
    return following(x, Integer.MAX_VALUE);
  }

  /**
   * Returns the first {@code count} annotations that begin at or after {@code x} ends; fewer when
   * there are fewer.
   */
  public List<A> following(Spanned x, int count) {
    checkCount(count);
    int lo = firstBeginAtLeast(x.span().end());
    int hi = (int) Math.min(items.length, (long) lo + count);
    if (!holds(x, lo, hi)) {
      return lo >= hi ? List.of() : new Range(lo, hi);
    }
    Hits hits = new Hits(x);
    for (int i = lo; i < items.length && hits.size() < count; i++) {
      hits.accept(i);
    }
    return hits.list();
  }

  /** Returns the annotations whose span is exactly {@code x}'s. */
  public List<A> at(Spanned x) {
    Span s = x.span();
    Hits hits = new Hits(x);
    for (int i = firstInDocumentOrderFrom(s); i < items.length && begins[i] == s.begin()
        && ends[i] == s.end(); i++) {
      hits.accept(i);
    }
    return hits.list();
  }

  /** Returns the first annotation (in document order) that covers {@code x}. */
  public Optional<A> firstCovering(Spanned x) {
    List<A> covering = covering(x);
    return covering.isEmpty() ? Optional.empty() : Optional.of(covering.get(0));
  }

  /** Returns whether {@code x} is itself one of the annotations in {@code [lo, hi)}. */
  private boolean holds(Spanned x, int lo, int hi) {
    if (!(x instanceof Annotation) || lo >= hi || items[lo].getClass() != x.getClass()) {
      return false;
    }
    Span s = x.span();
    for (int i = firstInDocumentOrderFrom(s); i < hi && begins[i] == s.begin() && ends[i] == s.end(); i++) {
      if (i >= lo && items[i] == x) {
        return true;
      }
    }
    return false;
  }

  /** Collects the indexes of a query's results, leaving out {@code x} itself. */
  private final class Hits implements IntConsumer {
    private final Spanned x;
    private int[] indexes = new int[8];
    private int size;

    Hits(Spanned x) {
      this.x = x;
    }

    @Override
    public void accept(int i) {
      if (items[i] != x) {
        if (size == indexes.length) {
          indexes = Arrays.copyOf(indexes, size * 2);
        }
        indexes[size++] = i;
      }
    }

    int size() {
      return size;
    }

    /** Returns the results as an unmodifiable view: a range when they are contiguous. */
    List<A> list() {
      if (size == 0) {
        return List.of();
      }
      if (indexes[size - 1] - indexes[0] == size - 1) {
        return new Range(indexes[0], indexes[0] + size);
      }
      return new Picked(Arrays.copyOf(indexes, size));
    }
  }

  /** Views the annotations {@code [from, to)} of this layer; unmodifiable. */
  private final class Range extends AbstractList<A> implements RandomAccess {
    private final int from;
    private final int to;

    Range(int from, int to) {
      this.from = from;
      this.to = to;
    }

    @Override
    public A get(int index) {
      Objects.checkIndex(index, to - from);
      return Layer.this.get(from + index);
    }

    @Override
    public int size() {
      return to - from;
    }
  }

  /** Views some annotations of this layer, by index; unmodifiable. */
  private final class Picked extends AbstractList<A> implements RandomAccess {
    private final int[] indexes;

    Picked(int[] indexes) {
      this.indexes = indexes;
    }

    @Override
    public A get(int index) {
      return Layer.this.get(indexes[index]);
    }

    @Override
    public int size() {
      return indexes.length;
    }
  }

  private static void checkCount(int count) {
    if (count < 0) {
      throw new IllegalArgumentException("count (" + count + ") must not be negative");
    }
  }

  /** Returns the first index whose begin is at least {@code offset}; {@code size()} if none. */
  private int firstBeginAtLeast(int offset) {
    int lo = 0;
    int hi = begins.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (begins[mid] < offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** Returns the first index whose span does not sort before {@code s} in document order. */
  private int firstInDocumentOrderFrom(Span s) {
    int lo = 0;
    int hi = begins.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (begins[mid] < s.begin() || begins[mid] == s.begin() && ends[mid] > s.end()) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** Returns the first index whose begin is greater than {@code offset}; {@code size()} if none. */
  private int firstBeginAbove(int offset) {
    return offset == Integer.MAX_VALUE ? begins.length : firstBeginAtLeast(offset + 1);
  }

  private RangeExtremes extremes() {
    RangeExtremes result = extremes;
    if (result == null) {
      // Racy single check: a second thread may build an equal table; both are immutable.
      result = new RangeExtremes(ends);
      extremes = result;
    }
    return result;
  }
}
