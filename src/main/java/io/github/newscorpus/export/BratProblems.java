package io.github.newscorpus.export;

import io.github.newscorpus.CorpusFormatException;
import io.github.newscorpus.FormatProblem;
import java.util.ArrayList;
import java.util.List;

/**
 * Collects the problems of one brat {@code .ann} input, each placed at column 1 of its line, in
 * the order they are found.
 */
final class BratProblems {

  private final String source;
  private final List<FormatProblem> problems = new ArrayList<>();

  /** Starts with no problems; {@code source} names the input in each. */
  BratProblems(String source) {
    this.source = source;
  }

  /** Adds a problem on line {@code line}, from 1. */
  void add(int line, String message) {
    problems.add(new FormatProblem(source, line, 1, "", message));
  }

  /** Returns whether no problem was added. */
  boolean isEmpty() {
    return problems.isEmpty();
  }

  /** Returns the problems added, in the order added; empty when there are none. */
  List<FormatProblem> list() {
    return List.copyOf(problems);
  }

  /** Returns an exception of the problems added, then {@code more}, in that order. */
  CorpusFormatException exception(List<FormatProblem> more) {
    List<FormatProblem> all = new ArrayList<>(problems);
    all.addAll(more);
    return new CorpusFormatException(source, all);
  }
}
