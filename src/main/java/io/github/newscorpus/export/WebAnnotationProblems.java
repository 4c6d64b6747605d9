package io.github.newscorpus.export;

import io.github.newscorpus.FormatProblem;
import io.github.newscorpus.export.JsonTree.Kind;
import io.github.newscorpus.export.JsonTree.Value;
import io.github.newscorpus.internal.Messages;
import java.util.List;

/**
 * Collects the problems of one Web Annotation input, each placed at the JSON value at fault (its
 * line, column and pointer), in the order they are found, into the list it is given.
 */
final class WebAnnotationProblems {

  private final String source;
  private final List<FormatProblem> problems;

  /** Starts collecting into {@code problems}; {@code source} names the input in each. */
  WebAnnotationProblems(String source, List<FormatProblem> problems) {
    this.source = source;
    this.problems = problems;
  }

  /** Returns the input's name, as problems give it. */
  String source() {
    return source;
  }

  /** Returns the live list of the problems found so far, in the order found. */
  List<FormatProblem> list() {
    return problems;
  }

  /** Adds a problem placed at {@code at}. */
  void add(Value at, String message) {
    problems.add(new FormatProblem(source, at.line(), at.column(), at.pointer(), message));
  }

  /** Returns whether {@code v} is an object, adding a problem that expects {@code expected} if not. */
  boolean object(Value v, String expected) {
    if (v.kind() != Kind.OBJECT) {
      add(v, "expected " + expected + ", found " + found(v));
      return false;
    }
    return true;
  }

  /**
   * Returns whether {@code v} is a non-negative integer of at most 9 digits, adding a problem that
   * names it {@code name} if not.
   */
  boolean count(Value v, String name) {
    if (v.kind() != Kind.NUMBER || !v.text().matches("0|[1-9][0-9]{0,8}")) {
      add(v, name + " must be a non-negative integer, found " + found(v));
      return false;
    }
    return true;
  }

  /** Describes {@code v} for a message: a string with its excerpt, the kind of a container, or a literal. */
  static String found(Value v) {
    return switch (v.kind()) {
      case STRING -> "the string " + Messages.excerpt(v.text());
      case OBJECT -> "an object";
      case ARRAY -> "an array";
      default -> v.text();
    };
  }
}
