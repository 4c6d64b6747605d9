package io.github.newscorpus;

import java.io.IOException;
import java.util.List;

/**
 * Signals that a corpus could not be loaded because its content is invalid. The message lists
 * every problem found, each with its place ({@code file:line:column: JSON pointer: what was
 * expected}; in a JSON Lines file the pointer points into the value on that line); for a
 * directory, each problem names its own file. {@link #problems()} returns them one by one.
 */
public final class CorpusFormatException extends IOException {

  private static final long serialVersionUID = 1L;

  /** The most problems the message spells out; {@link #problems()} always has them all. */
  private static final int MESSAGE_LIMIT = 50;

  private final List<String> problems;

  /**
   * Creates an exception for the problems found in {@code source}.
   *
   * @param source names the input, such as a file name
   * @param problems at least one, each with its place
   */
  public CorpusFormatException(String source, List<String> problems) {
    super(message(source, problems));
    this.problems = List.copyOf(problems);
  }

  /** Returns every problem found, in the order found; never empty. */
  public List<String> problems() {
    return problems;
  }

  private static String message(String source, List<String> problems) {
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("problems must not be empty");
    }
    StringBuilder message = new StringBuilder()
        .append(source).append(" is not a valid newscorpus file (")
        .append(problems.size()).append(problems.size() == 1 ? " problem):" : " problems):");
    problems.stream().limit(MESSAGE_LIMIT).forEach(p -> message.append("\n  ").append(p));
    if (problems.size() > MESSAGE_LIMIT) {
      message.append("\n  … and ").append(problems.size() - MESSAGE_LIMIT).append(" more");
    }
    return message.toString();
  }
}
