package io.github.newscorpus.json;

import java.util.ArrayList;
import java.util.List;

/** Collects problems found in one input, each formatted with its place. */
final class Problems {

  private final String source;
  private final List<String> messages = new ArrayList<>();

  Problems(String source) {
    this.source = source;
  }

  /** Adds {@code source:line:column: pointer: message} (the pointer is left out when empty). */
  void add(JsonTree.Location at, String pointer, String message) {
    messages.add(place(at) + ": " + (pointer.isEmpty() ? "" : pointer + ": ") + message);
  }

  /** Returns {@code source:line:column}. */
  String place(JsonTree.Location at) {
    return source + ":" + at;
  }

  /** Returns the name of the input, as problems start. */
  String source() {
    return source;
  }

  boolean isEmpty() {
    return messages.isEmpty();
  }

  int size() {
    return messages.size();
  }

  List<String> list() {
    return List.copyOf(messages);
  }
}
