package io.github.newscorpus.json;

import io.github.newscorpus.json.JsonTree.ArrayNode;
import io.github.newscorpus.json.JsonTree.Node;
import io.github.newscorpus.json.JsonTree.NumberNode;
import io.github.newscorpus.json.JsonTree.ObjectNode;
import io.github.newscorpus.json.JsonTree.StringNode;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads the fields of one JSON object, reporting each missing, mistyped or unknown field with its
 * place. A read that fails returns empty and leaves a problem behind.
 */
final class ObjectReader {

  private final ObjectNode node;
  private final Pointer pointer;
  private final Problems problems;
  private final int problemsBefore;

  private ObjectReader(ObjectNode node, Pointer pointer, Problems problems) {
    this.node = node;
    this.pointer = pointer;
    this.problems = problems;
    this.problemsBefore = problems.size();
  }

  /**
   * Returns a reader over {@code node} when it is an object; otherwise reports the problem and
   * returns empty. Each field outside {@code allowed} is reported as unknown.
   */
  static Optional<ObjectReader> of(Node node, Pointer pointer, Problems problems,
      Set<String> allowed) {
    if (!(node instanceof ObjectNode object)) {
      problems.add(node.at(), pointer.toString(), "expected an object, found " + node.kind());
      return Optional.empty();
    }
    for (String name : object.fields().keySet()) {
      if (!allowed.contains(name)) {
        problems.add(object.fields().get(name).at(), pointer.field(name).toString(),
            "unknown field \"" + name + "\"; expected one of " + new TreeSet<>(allowed));
      }
    }
    return Optional.of(new ObjectReader(object, pointer, problems));
  }

  Pointer pointer() {
    return pointer;
  }

  Pointer pointer(String field) {
    return pointer.field(field);
  }

  JsonTree.Location at() {
    return node.at();
  }

  /** Returns whether no problem was reported since this reader was made. */
  boolean clean() {
    return problems.size() == problemsBefore;
  }

  Optional<Node> optional(String field) {
    return Optional.ofNullable(node.fields().get(field));
  }

  Optional<Node> required(String field) {
    Node value = node.fields().get(field);
    if (value == null) {
      problems.add(node.at(), pointer.toString(), "missing required field \"" + field + "\"");
    }
    return Optional.ofNullable(value);
  }

  Optional<String> requiredString(String field) {
    return required(field).flatMap(n -> string(n, field));
  }

  Optional<String> optionalString(String field) {
    return optional(field).flatMap(n -> string(n, field));
  }

  /** Reads a string that names one of {@code values}, as the enum constant's exact name. */
  <E extends Enum<E>> Optional<E> requiredEnum(String field, Class<E> type) {
    return requiredString(field).flatMap(name -> {
      for (E e : type.getEnumConstants()) {
        if (e.name().equals(name)) {
          return Optional.of(e);
        }
      }
      problem(field, "unknown " + field + " \"" + name + "\"; expected one of "
          + Arrays.toString(type.getEnumConstants()));
      return Optional.empty();
    });
  }

  /** Reads a non-negative integer that fits in an {@code int}. */
  Optional<Integer> requiredOffset(String field) {
    return required(field).flatMap(n -> {
      if (n instanceof NumberNode number && isSmallNatural(number.literal())) {
        return Optional.of(Integer.parseInt(number.literal()));
      }
      Optional<BigInteger> integer =
          n instanceof NumberNode number ? number.integer() : Optional.empty();
      if (integer.isPresent() && integer.get().signum() >= 0
          && integer.get().bitLength() < Integer.SIZE) {
        return Optional.of(integer.get().intValue());
      }
      problems.add(n.at(), pointer(field).toString(), "expected a non-negative integer offset, found "
          + describe(n));
      return Optional.empty();
    });
  }

  /** Returns whether {@code literal} is at most nine digits, so that an int holds it. */
  private static boolean isSmallNatural(String literal) {
    if (literal.isEmpty() || literal.length() > 9) {
      return false;
    }
    for (int i = 0; i < literal.length(); i++) {
      if (literal.charAt(i) < '0' || literal.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  Optional<List<Node>> requiredArray(String field) {
    return required(field).flatMap(n -> array(n, field));
  }

  Optional<List<Node>> optionalArray(String field) {
    return optional(field).flatMap(n -> array(n, field));
  }

  Optional<List<String>> optionalStrings(String field) {
    return optionalArray(field).map(items -> {
      List<String> strings = new ArrayList<>();
      for (int i = 0; i < items.size(); i++) {
        string(items.get(i), pointer(field).item(i), problems).ifPresent(strings::add);
      }
      return List.copyOf(strings);
    });
  }

  private Optional<List<Node>> array(Node n, String field) {
    if (n instanceof ArrayNode array) {
      return Optional.of(array.items());
    }
    problems.add(n.at(), pointer(field).toString(), "expected an array, found " + n.kind());
    return Optional.empty();
  }

  private Optional<String> string(Node n, String field) {
    if (n instanceof StringNode s) {
      return Optional.of(s.value());
    }
    return string(n, pointer(field), problems);
  }

  /** Returns the string {@code n} holds, or empty after reporting what it is instead. */
  static Optional<String> string(Node n, Pointer at, Problems problems) {
    if (n instanceof StringNode s) {
      return Optional.of(s.value());
    }
    problems.add(n.at(), at.toString(), "expected a string, found " + describe(n));
    return Optional.empty();
  }

  private static String describe(Node n) {
    if (n instanceof NumberNode number) {
      String literal = number.literal();
      return "number " + (literal.length() > 24 ? literal.substring(0, 24) + "…" : literal);
    }
    return n.kind();
  }

  /** Reports a problem with the object itself, at its place. */
  void problem(String message) {
    problems.add(node.at(), pointer.toString(), message);
  }

  /** Reports a problem with a field, at the field's value when present, else at the object. */
  void problem(String field, String message) {
    Node value = node.fields().get(field);
    problems.add(value == null ? node.at() : value.at(), pointer(field).toString(), message);
  }
}
