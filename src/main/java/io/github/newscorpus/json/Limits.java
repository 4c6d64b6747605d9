package io.github.newscorpus.json;

import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import java.util.Locale;

/**
 * Holds the limits a read enforces; see {@code io.github.newscorpus.ReadLimits}, which documents
 * each one and is how callers set them.
 *
 * <p>Not API: public only for {@link io.github.newscorpus.Corpus}.
 *
 * @param maxDocumentLength characters of one file
 * @param maxArticleLength characters of one article's JSON
 * @param maxStringLength characters of one JSON string
 * @param maxNestingDepth nesting of arrays and objects in one file, the outermost counting 1
 * @param maxArticles articles of one read or stream
 * @param maxAnnotations items of one article's layers
 * @param maxArticleValues JSON values of one article
 */
public record Limits(long maxDocumentLength, long maxArticleLength, int maxStringLength,
    int maxNestingDepth, int maxArticles, int maxAnnotations, int maxArticleValues) {

  /** The defaults: no limit on a file, and enough for any real article many times over. */
  public static final Limits DEFAULTS =
      new Limits(Long.MAX_VALUE, 50_000_000L, 20_000_000, 64, 1_000_000, 100_000, 1_000_000);

  /** The longest number the parser reads; no valid number of the format has more than 10 digits. */
  static final int MAX_NUMBER_LENGTH = 1_000;
  /** The longest field name the parser reads; the format's longest is 14 characters. */
  static final int MAX_NAME_LENGTH = 50_000;

  /** Says that reading stopped at a limit, so that fewer problems than there are may be listed. */
  static final String STOPPED = "; reading stopped here";

  /**
   * Returns Jackson's constraints for these limits, every one set, so that a change of Jackson's
   * global defaults by other code changes nothing here. The document length applies only where
   * {@code documentLength} says (a JSON Lines line is a document of its own to Jackson).
   */
  StreamReadConstraints constraints(long documentLength) {
    return StreamReadConstraints.builder()
        .maxDocumentLength(documentLength == Long.MAX_VALUE ? -1 : documentLength)
        .maxNestingDepth(maxNestingDepth)
        .maxStringLength(maxStringLength)
        .maxNumberLength(MAX_NUMBER_LENGTH)
        .maxNameLength(MAX_NAME_LENGTH)
        .maxTokenCount(-1)
        .build();
  }

  /** Returns {@code name (value)}, the value grouped by thousands: {@code maxArticles (1,000)}. */
  static String named(String name, long value) {
    return String.format(Locale.ROOT, "%s (%,d)", name, value);
  }

  /** Names the limit Jackson found broken and its value, in the words of {@code ReadLimits}. */
  String describe(StreamConstraintsException e) {
    String message = String.valueOf(e.getOriginalMessage());
    if (message.contains("getMaxNestingDepth")) {
      return "arrays and objects nest deeper than " + named("maxNestingDepth", maxNestingDepth)
          + STOPPED;
    } else if (message.contains("getMaxStringLength")) {
      return "a string is longer than " + named("maxStringLength", maxStringLength) + " characters"
          + STOPPED;
    } else if (message.contains("getMaxDocumentLength")) {
      return "the file is longer than " + named("maxDocumentLength", maxDocumentLength)
          + " characters" + STOPPED;
    } else if (message.contains("getMaxNumberLength")) {
      return String.format(Locale.ROOT, "a number is longer than %,d characters, the most the "
          + "parser reads", MAX_NUMBER_LENGTH) + STOPPED;
    } else if (message.contains("getMaxNameLength")) {
      return String.format(Locale.ROOT, "a field name is longer than %,d characters, the most the"
          + " parser reads", MAX_NAME_LENGTH) + STOPPED;
    }
    return "not valid JSON: " + message;
  }
}
