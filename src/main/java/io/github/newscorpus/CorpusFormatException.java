package io.github.newscorpus;

import java.io.IOException;
import java.util.List;

/**
 * Signals that an input could not be loaded because its content is invalid. {@link #problems()}
 * gives every problem found as a {@link FormatProblem}, with its place; the message lists them
 * (the first 50) in the form {@code file:line:column: pointer: message}.
 */
public final class CorpusFormatException extends IOException {

  private static final long serialVersionUID = 2L;

  /** The most problems the message spells out; {@link #problems()} always has them all. */
  private static final int MESSAGE_LIMIT = 50;

  private final List<FormatProblem> problems;

  /**
   * Creates an exception for the problems found in {@code source}.
   *
   * @param source names the input, such as a file name or a directory
   * @param problems at least one, in input order
   * @throws IllegalArgumentException when {@code problems} is empty
   */
  public CorpusFormatException(String source, List<FormatProblem> problems) {
    super(message(source, problems));
    this.problems = List.copyOf(problems);
  }

  /** Returns every problem found, in input order (by file, then place); never empty. */
  public List<FormatProblem> problems() {
    return problems;
  }

  private static String message(String source, List<FormatProblem> problems) {
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
