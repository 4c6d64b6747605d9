package io.github.newscorpus.model;

/**
 * Describes one broken rule of an article under construction: where it is and what was expected.
 *
 * @param path where in the article, as layer and index in the order given to the builder, such
 *     as {@code mentions/12} or {@code quotes/3/segments/1}; empty for the article itself
 * @param message what is wrong and what was expected
 */
public record Problem(String path, String message) {

  /** Returns {@code path: message}. */
  @Override
  public String toString() {
    return path.isEmpty() ? message : path + ": " + message;
  }
}
