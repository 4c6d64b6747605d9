package io.github.newscorpus;

import io.github.newscorpus.json.Limits;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Holds the limits a read enforces on its input, so that a hostile or broken file ends in a
 * {@link CorpusFormatException} that names the limit and its value, never in an
 * {@link OutOfMemoryError}, a {@link StackOverflowError} or a read without end. A read stops at
 * the first limit broken; the file's problems found before it are reported with it.
 *
 * <p>Immutable and thread-safe; each {@code with…} method returns a copy with one limit changed.
 *
 * <table>
 *   <caption>The limits and their defaults</caption>
 *   <tr><th>limit</th><th>default</th><th>bounds</th></tr>
 *   <tr><td>{@link #maxDocumentLength()}</td><td>none ({@code Long.MAX_VALUE})</td>
 *       <td>the characters of one file (a corpus JSON or JSON Lines file; in a directory,
 *       each)</td></tr>
 *   <tr><td>{@link #maxArticleLength()}</td><td>50,000,000</td>
 *       <td>the characters of one article's JSON (an item of {@code articles}, a line of a JSON
 *       Lines file, a brat {@code .ann} file)</td></tr>
 *   <tr><td>{@link #maxStringLength()}</td><td>20,000,000</td>
 *       <td>the characters of one JSON string, such as an article's {@code text}, or of a brat
 *       {@code .txt} file</td></tr>
 *   <tr><td>{@link #maxNestingDepth()}</td><td>64</td>
 *       <td>how deeply arrays and objects nest in one file, the outermost counting 1 (a valid
 *       corpus JSON file nests 7 deep, a JSON Lines line 5); at most 1,000</td></tr>
 *   <tr><td>{@link #maxArticles()}</td><td>1,000,000</td>
 *       <td>the articles of one read or stream, across all the files of a directory</td></tr>
 *   <tr><td>{@link #maxAnnotations()}</td><td>100,000</td>
 *       <td>the annotations of one article: the items of its layers ({@code paragraphs},
 *       {@code sentences}, {@code tokens}, {@code entities}, {@code mentions}, {@code quotes}),
 *       or the lines of a brat {@code .ann} file</td></tr>
 *   <tr><td>{@link #maxArticleValues()}</td><td>1,000,000</td>
 *       <td>the JSON values (objects, arrays, strings, numbers, {@code true}, {@code false},
 *       {@code null}) of one article</td></tr>
 * </table>
 *
 * <p>With the defaults, the JSON tree of one article takes at most about 110 MB (measured with
 * the worst shape, a million values as half a million one-field objects; a million numbers take
 * 30 MB), plus its strings, at most 50,000,000 characters; the tree is dropped once the article
 * is built. The bundled article, for scale, is 183,860 characters of JSON, 10,473 values
 * and 2,327 annotations. A number longer than 1,000 characters and a field name longer than
 * 50,000 are refused too (the JSON parser's own fixed limits).
 *
 * <pre>{@code
 * Corpus big = Corpus.read(Path.of("books.jsonl"),
 *     ReadLimits.defaults().withMaxAnnotations(2_000_000).withMaxArticleValues(20_000_000));
 * }</pre>
 */
public final class ReadLimits {

  /** The deepest nesting a read may be allowed: the reader recurses once per level. */
  public static final int NESTING_DEPTH_CEILING = 1_000;

  private static final ReadLimits DEFAULTS = new ReadLimits(Limits.DEFAULTS);

  private final Limits values;

  private ReadLimits(Limits values) {
    this.values = values;
  }

  /** Returns the default limits, those of {@link Corpus#read(Path)}; see the table above. */
  public static ReadLimits defaults() {
    return DEFAULTS;
  }

  /** Returns the limits as the readers take them. */
  Limits values() {
    return values;
  }

  /** Returns the most characters one file may hold; {@code Long.MAX_VALUE} (none) by default. */
  public long maxDocumentLength() {
    return values.maxDocumentLength();
  }

  /** Returns the most characters one article's JSON may take; 50,000,000 by default. */
  public long maxArticleLength() {
    return values.maxArticleLength();
  }

  /** Returns the most characters one JSON string may hold; 20,000,000 by default. */
  public int maxStringLength() {
    return values.maxStringLength();
  }

  /** Returns how deeply arrays and objects may nest in one file; 64 by default. */
  public int maxNestingDepth() {
    return values.maxNestingDepth();
  }

  /** Returns the most articles one read or stream may hold; 1,000,000 by default. */
  public int maxArticles() {
    return values.maxArticles();
  }

  /** Returns the most annotations one article may hold; 100,000 by default. */
  public int maxAnnotations() {
    return values.maxAnnotations();
  }

  /** Returns the most JSON values one article may hold; 1,000,000 by default. */
  public int maxArticleValues() {
    return values.maxArticleValues();
  }

  /**
   * Returns a copy with the given limit on the characters of one file.
   *
   * @throws IllegalArgumentException when {@code value} is less than 1
   */
  public ReadLimits withMaxDocumentLength(long value) {
    Limits v = values;
    return new ReadLimits(new Limits(positive("maxDocumentLength", value), v.maxArticleLength(),
        v.maxStringLength(), v.maxNestingDepth(), v.maxArticles(), v.maxAnnotations(),
        v.maxArticleValues()));
  }

  /**
   * Returns a copy with the given limit on the characters of one article's JSON.
   *
   * @throws IllegalArgumentException when {@code value} is less than 1
   */
  public ReadLimits withMaxArticleLength(long value) {
    Limits v = values;
    return new ReadLimits(new Limits(v.maxDocumentLength(), positive("maxArticleLength", value),
        v.maxStringLength(), v.maxNestingDepth(), v.maxArticles(), v.maxAnnotations(),
        v.maxArticleValues()));
  }

  /**
   * Returns a copy with the given limit on the characters of one string.
   *
   * @throws IllegalArgumentException when {@code value} is less than 1
   */
  public ReadLimits withMaxStringLength(int value) {
    Limits v = values;
    return new ReadLimits(new Limits(v.maxDocumentLength(), v.maxArticleLength(),
        (int) positive("maxStringLength", value), v.maxNestingDepth(), v.maxArticles(),
        v.maxAnnotations(), v.maxArticleValues()));
  }

  /**
   * Returns a copy with the given limit on nesting.
   *
   * @throws IllegalArgumentException when {@code value} is less than 1 or more than
   *     {@link #NESTING_DEPTH_CEILING}
   */
  public ReadLimits withMaxNestingDepth(int value) {
    if (value > NESTING_DEPTH_CEILING) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "maxNestingDepth (%,d) must not exceed %,d", value, NESTING_DEPTH_CEILING));
    }
    Limits v = values;
    return new ReadLimits(new Limits(v.maxDocumentLength(), v.maxArticleLength(),
        v.maxStringLength(), (int) positive("maxNestingDepth", value), v.maxArticles(),
        v.maxAnnotations(), v.maxArticleValues()));
  }

  /**
   * Returns a copy with the given limit on the articles of one read or stream.
   *
   * @throws IllegalArgumentException when {@code value} is less than 1
   */
  public ReadLimits withMaxArticles(int value) {
    Limits v = values;
    return new ReadLimits(new Limits(v.maxDocumentLength(), v.maxArticleLength(),
        v.maxStringLength(), v.maxNestingDepth(), (int) positive("maxArticles", value),
        v.maxAnnotations(), v.maxArticleValues()));
  }

  /**
   * Returns a copy with the given limit on the annotations of one article.
   *
   * @throws IllegalArgumentException when {@code value} is less than 1
   */
  public ReadLimits withMaxAnnotations(int value) {
    Limits v = values;
    return new ReadLimits(new Limits(v.maxDocumentLength(), v.maxArticleLength(),
        v.maxStringLength(), v.maxNestingDepth(), v.maxArticles(),
        (int) positive("maxAnnotations", value), v.maxArticleValues()));
  }

  /**
   * Returns a copy with the given limit on the JSON values of one article.
   *
   * @throws IllegalArgumentException when {@code value} is less than 1
   */
  public ReadLimits withMaxArticleValues(int value) {
    Limits v = values;
    return new ReadLimits(new Limits(v.maxDocumentLength(), v.maxArticleLength(),
        v.maxStringLength(), v.maxNestingDepth(), v.maxArticles(), v.maxAnnotations(),
        (int) positive("maxArticleValues", value)));
  }

  private static long positive(String name, long value) {
    if (value < 1) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "%s (%,d) must be at least 1", name, value));
    }
    return value;
  }

  @Override
  public boolean equals(Object o) {
    return o == this || o instanceof ReadLimits other && values.equals(other.values);
  }

  @Override
  public int hashCode() {
    return values.hashCode();
  }

  /** Returns every limit with its value, as {@code ReadLimits[maxDocumentLength=…, …]}. */
  @Override
  public String toString() {
    return "Read" + values;
  }
}
