package io.github.newscorpus;

import java.io.Serializable;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Holds the limits a read enforces on its input: a limit broken ends the read in a
 * {@link CorpusFormatException} that names the limit and its value, where a hostile input would
 * otherwise end in an {@link OutOfMemoryError}, a {@link StackOverflowError} or a read without
 * end. A read stops at the first limit broken; the input's problems found before it are reported
 * with it.
 *
 * <p>Immutable, thread-safe and serializable (so that it can travel with a task to other
 * machines, as in a Spark job); each {@code with…} method returns a copy with one limit changed.
 * Lengths count characters (Unicode code points), not bytes, except {@code maxStringLength},
 * which counts UTF-16 units as Java strings do.
 *
 * <table>
 *   <caption>The limits and their defaults</caption>
 *   <tr><th>limit</th><th>default</th><th>bounds</th></tr>
 *   <tr><td>{@link #maxDocumentLength()}</td><td>none ({@code Long.MAX_VALUE})</td>
 *       <td>the characters of one input (a corpus JSON or JSON Lines file; in a directory,
 *       each)</td></tr>
 *   <tr><td>{@link #maxArticleLength()}</td><td>50,000,000</td>
 *       <td>the characters of one article's JSON (an item of {@code articles}, a line of a JSON
 *       Lines file, a brat {@code .ann} file)</td></tr>
 *   <tr><td>{@link #maxStringLength()}</td><td>20,000,000</td>
 *       <td>the characters (UTF-16 units) of one JSON string, such as an article's
 *       {@code text}, or of a brat {@code .txt} file</td></tr>
 *   <tr><td>{@link #maxNestingDepth()}</td><td>64</td>
 *       <td>how deeply arrays and objects nest in one JSON document, the outermost counting 1
 *       (a valid corpus JSON file nests 7 deep, a JSON Lines line 5); at most 1,000</td></tr>
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
 * <p>A read holds one article's annotations at a time (and, for {@code Corpus.read}, the
 * articles it returns), so the limits on one article bound what a read holds beyond its result
 * and the problems it reports; nothing outside an article is kept. An article's length is
 * checked at the start of each of its values and at its end, so one string of up to
 * {@code maxStringLength} may be read past {@code maxArticleLength} before the read stops.
 * The bundled article, for scale, is 183,860 characters of JSON, 10,473 values and 2,327
 * annotations. A number longer than 1,000 characters and a field name longer than 50,000 are
 * refused too (fixed limits of the JSON parser).
 *
 * <pre>{@code
 * Corpus big = Corpus.read(Path.of("books.jsonl"),
 *     ReadLimits.defaults().withMaxAnnotations(2_000_000).withMaxArticleValues(20_000_000));
 * }</pre>
 *
 * @param maxDocumentLength the most characters of one input; at least 1
 * @param maxArticleLength the most characters of one article's JSON; at least 1
 * @param maxStringLength the most characters of one JSON string; at least 1
 * @param maxNestingDepth the deepest nesting of arrays and objects; 1 to
 *     {@link #NESTING_DEPTH_CEILING}
 * @param maxArticles the most articles of one read or stream; at least 1
 * @param maxAnnotations the most annotations of one article; at least 1
 * @param maxArticleValues the most JSON values of one article; at least 1
 */
public record ReadLimits(long maxDocumentLength, long maxArticleLength, int maxStringLength,
    int maxNestingDepth, int maxArticles, int maxAnnotations, int maxArticleValues)
    implements Serializable {

  /** The deepest nesting a read may be allowed. */
  public static final int NESTING_DEPTH_CEILING = 1_000;

  private static final long serialVersionUID = 1L;

  private static final ReadLimits DEFAULTS =
      new ReadLimits(Long.MAX_VALUE, 50_000_000L, 20_000_000, 64, 1_000_000, 100_000, 1_000_000);

  /**
   * Checks every limit.
   *
   * @throws IllegalArgumentException when a limit is less than 1, or the nesting depth more than
   *     {@link #NESTING_DEPTH_CEILING}; the message names the limit and its value
   */
  public ReadLimits {
    positive("maxDocumentLength", maxDocumentLength);
    positive("maxArticleLength", maxArticleLength);
    positive("maxStringLength", maxStringLength);
    positive("maxNestingDepth", maxNestingDepth);
    positive("maxArticles", maxArticles);
    positive("maxAnnotations", maxAnnotations);
    positive("maxArticleValues", maxArticleValues);
    if (maxNestingDepth > NESTING_DEPTH_CEILING) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "maxNestingDepth (%,d) must not exceed %,d", maxNestingDepth, NESTING_DEPTH_CEILING));
    }
  }

  /** Returns the default limits, those of {@link Corpus#read(Path)}; see the table above. */
  public static ReadLimits defaults() {
    return DEFAULTS;
  }

  /** Returns a copy with the given limit on the characters of one input. */
  public ReadLimits withMaxDocumentLength(long value) {
    return new ReadLimits(value, maxArticleLength, maxStringLength, maxNestingDepth, maxArticles,
        maxAnnotations, maxArticleValues);
  }

  /** Returns a copy with the given limit on the characters of one article's JSON. */
  public ReadLimits withMaxArticleLength(long value) {
    return new ReadLimits(maxDocumentLength, value, maxStringLength, maxNestingDepth, maxArticles,
        maxAnnotations, maxArticleValues);
  }

  /** Returns a copy with the given limit on the characters of one string. */
  public ReadLimits withMaxStringLength(int value) {
    return new ReadLimits(maxDocumentLength, maxArticleLength, value, maxNestingDepth, maxArticles,
        maxAnnotations, maxArticleValues);
  }

  /** Returns a copy with the given limit on nesting. */
  public ReadLimits withMaxNestingDepth(int value) {
    return new ReadLimits(maxDocumentLength, maxArticleLength, maxStringLength, value, maxArticles,
        maxAnnotations, maxArticleValues);
  }

  /** Returns a copy with the given limit on the articles of one read or stream. */
  public ReadLimits withMaxArticles(int value) {
    return new ReadLimits(maxDocumentLength, maxArticleLength, maxStringLength, maxNestingDepth,
        value, maxAnnotations, maxArticleValues);
  }

  /** Returns a copy with the given limit on the annotations of one article. */
  public ReadLimits withMaxAnnotations(int value) {
    return new ReadLimits(maxDocumentLength, maxArticleLength, maxStringLength, maxNestingDepth,
        maxArticles, value, maxArticleValues);
  }

  /** Returns a copy with the given limit on the JSON values of one article. */
  public ReadLimits withMaxArticleValues(int value) {
    return new ReadLimits(maxDocumentLength, maxArticleLength, maxStringLength, maxNestingDepth,
        maxArticles, maxAnnotations, value);
  }

  private static void positive(String name, long value) {
    if (value < 1) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "%s (%,d) must be at least 1", name, value));
    }
  }
}
