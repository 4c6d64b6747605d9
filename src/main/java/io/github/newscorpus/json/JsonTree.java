package io.github.newscorpus.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigInteger;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Parses JSON into a small tree whose every node knows its line and column, so that the binder
 * can report each problem with its place. Syntax errors and duplicate keys become problems.
 */
final class JsonTree {

  /** Deeper than any valid corpus (which nests 6 levels), shallow enough to never overflow. */
  static final int MAX_NESTING_DEPTH = 64;

  /** Leaves the caller's stream open; limits nesting. */
  private static final JsonFactory FACTORY = JsonFactory.builder()
      .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
      .streamReadConstraints(StreamReadConstraints.builder()
          .maxNestingDepth(MAX_NESTING_DEPTH)
          .build())
      .build();

  /** Places a node in its source, 1-based. */
  record Location(int line, int column) {
    static Location of(JsonLocation l) {
      return new Location(l.getLineNr(), l.getColumnNr());
    }

    @Override
    public String toString() {
      return line + ":" + column;
    }
  }

  sealed interface Node {
    Location at();

    /** Names the JSON type, for messages: "object", "string", "number"… */
    String kind();
  }

  record ObjectNode(Map<String, Node> fields, Location at) implements Node {
    @Override
    public String kind() {
      return "object";
    }
  }

  record ArrayNode(List<Node> items, Location at) implements Node {
    @Override
    public String kind() {
      return "array";
    }
  }

  record StringNode(String value, Location at) implements Node {
    @Override
    public String kind() {
      return "string";
    }
  }

  /** Holds any JSON number; {@code integer} is empty for fractions and exponents. */
  record NumberNode(String literal, Optional<BigInteger> integer, Location at) implements Node {
    @Override
    public String kind() {
      return "number";
    }
  }

  record LiteralNode(String literal, Location at) implements Node {
    @Override
    public String kind() {
      return literal.equals("null") ? "null" : "boolean";
    }
  }

  private final JsonParser parser;
  private final Problems problems;

  private JsonTree(JsonParser parser, Problems problems) {
    this.parser = parser;
    this.problems = problems;
  }

  /**
   * Returns the root node, or empty when the input is not one complete JSON value in UTF-8; every
   * syntax problem and duplicate key is added to {@code problems}. Columns count characters (UTF-16
   * units), as editors do, not bytes. A leading byte-order mark is skipped.
   */
  static Optional<Node> parse(InputStream in, Problems problems) throws IOException {
    CharsetDecoder strict = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    BufferedReader reader = new BufferedReader(new InputStreamReader(in, strict));
    try (JsonParser parser = FACTORY.createParser(reader)) {
      JsonTree tree = new JsonTree(parser, problems);
      try {
        skipByteOrderMark(reader);
        return tree.root();
      } catch (JsonProcessingException e) {
        JsonLocation l = e.getLocation();
        problems.add(l == null ? Location.of(parser.currentLocation()) : Location.of(l), "",
            "not valid JSON: " + e.getOriginalMessage());
      } catch (CharacterCodingException e) {
        problems.add(Location.of(parser.currentLocation()), "",
            "not valid UTF-8 (" + e.getClass().getSimpleName() + ") at or after this place");
      }
      return Optional.empty();
    }
  }

  private static void skipByteOrderMark(BufferedReader reader) throws IOException {
    reader.mark(1);
    if (reader.read() != '\uFEFF') {
      reader.reset();
    }
  }

  private Optional<Node> root() throws IOException {
    JsonToken first = parser.nextToken();
    if (first == null) {
      problems.add(new Location(1, 1), "", "the input is empty; expected a JSON object");
      return Optional.empty();
    }
    Node root = value(first, "");
    if (parser.nextToken() != null) {
      problems.add(Location.of(parser.currentTokenLocation()), "",
          "unexpected content after the end of the JSON value");
      return Optional.empty();
    }
    return Optional.of(root);
  }

  private Node value(JsonToken token, String pointer) throws IOException {
    Location at = Location.of(parser.currentTokenLocation());
    switch (token) {
      case START_OBJECT:
        return object(at, pointer);
      case START_ARRAY:
        List<Node> items = new ArrayList<>();
        for (JsonToken t = parser.nextToken(); t != JsonToken.END_ARRAY; t = parser.nextToken()) {
          items.add(value(t, pointer + "/" + items.size()));
        }
        return new ArrayNode(List.copyOf(items), at);
      case VALUE_STRING:
        return new StringNode(parser.getText(), at);
      case VALUE_NUMBER_INT:
        return new NumberNode(parser.getText(), Optional.of(parser.getBigIntegerValue()), at);
      case VALUE_NUMBER_FLOAT:
        return new NumberNode(parser.getText(), Optional.empty(), at);
      case VALUE_TRUE:
      case VALUE_FALSE:
      case VALUE_NULL:
        return new LiteralNode(parser.getText(), at);
      default:
        throw new IllegalStateException("unexpected token " + token + " at " + at);
    }
  }

  private Node object(Location at, String pointer) throws IOException {
    Map<String, Node> fields = new LinkedHashMap<>();
    for (JsonToken t = parser.nextToken(); t != JsonToken.END_OBJECT; t = parser.nextToken()) {
      String name = parser.currentName();
      Location nameAt = Location.of(parser.currentTokenLocation());
      String child = pointer + "/" + Pointers.escape(name);
      Node value = value(parser.nextToken(), child);
      if (fields.putIfAbsent(name, value) != null) {
        problems.add(nameAt, child, "duplicate field \"" + name + "\"; each field may appear once");
      }
    }
    return new ObjectNode(fields, at);
  }
}
