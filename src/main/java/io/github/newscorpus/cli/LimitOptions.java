package io.github.newscorpus.cli;

import io.github.newscorpus.ReadLimits;
import java.util.Optional;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * Holds the options that set the limits of a read ({@link ReadLimits}, whose documentation gives
 * each default): every option left out keeps its default.
 */
final class LimitOptions {

  @Option(order = 101, names = "--max-document-length", paramLabel = "CHARS",
      description = "Refuse a file longer than this (default: no limit).")
  private Long maxDocumentLength;

  @Option(order = 102, names = "--max-article-length", paramLabel = "CHARS",
      description = "Refuse an article whose JSON is longer than this (default: 50,000,000).")
  private Long maxArticleLength;

  @Option(order = 103, names = "--max-string-length", paramLabel = "CHARS",
      description = "Refuse a JSON string longer than this (default: 20,000,000).")
  private Integer maxStringLength;

  @Option(order = 104, names = "--max-nesting-depth", paramLabel = "N",
      description = "Refuse arrays and objects nested deeper than this (default: 64, at most 1,000).")
  private Integer maxNestingDepth;

  @Option(order = 105, names = "--max-articles", paramLabel = "N",
      description = "Refuse more articles than this in all (default: 1,000,000).")
  private Integer maxArticles;

  @Option(order = 106, names = "--max-annotations", paramLabel = "N",
      description = "Refuse an article with more annotations than this (default: 100,000).")
  private Integer maxAnnotations;

  @Option(order = 107, names = "--max-article-values", paramLabel = "N",
      description = "Refuse an article with more JSON values than this (default: 1,000,000).")
  private Integer maxArticleValues;

  /**
   * Returns the defaults with each option given before the command ({@code outer}), then each
   * given on it, applied.
   *
   * @throws ParameterException when a value is out of its bounds, naming the limit
   */
  ReadLimits limits(CommandSpec spec, Optional<LimitOptions> outer) {
    try {
      ReadLimits limits = ReadLimits.defaults();
      if (outer.isPresent()) {
        limits = outer.get().applyTo(limits);
      }
      return applyTo(limits);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
  }

  private ReadLimits applyTo(ReadLimits given) {
    ReadLimits limits = given;
    if (maxDocumentLength != null) {
      limits = limits.withMaxDocumentLength(maxDocumentLength);
    }
    if (maxArticleLength != null) {
      limits = limits.withMaxArticleLength(maxArticleLength);
    }
    if (maxStringLength != null) {
      limits = limits.withMaxStringLength(maxStringLength);
    }
    if (maxNestingDepth != null) {
      limits = limits.withMaxNestingDepth(maxNestingDepth);
    }
    if (maxArticles != null) {
      limits = limits.withMaxArticles(maxArticles);
    }
    if (maxAnnotations != null) {
      limits = limits.withMaxAnnotations(maxAnnotations);
    }
    if (maxArticleValues != null) {
      limits = limits.withMaxArticleValues(maxArticleValues);
    }
    return limits;
  }
}
