package io.github.newscorpus.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import io.github.newscorpus.internal.Utf8Reader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Parses JSON into a small tree whose every node knows its line and column, so that the binder
 * can report each problem with its place. Syntax errors and duplicate keys become problems. Parses
 * a string (such as one line of a JSON Lines file), or one value from a streaming parser positioned
 * on it, so that a large corpus is held one article's tree at a time.
 */
final class JsonTree {

  /** Deeper than any valid corpus (which nests 6 levels), shallow enough to never overflow. */
  static final int MAX_NESTING_DEPTH = 64;

  /** Limits nesting; leaves the input open when a parser is closed. */
  private static final JsonFactory FACTORY = JsonFactory.builder()
      .streamReadConstraints(StreamReadConstraints.builder()
          .maxNestingDepth(MAX_NESTING_DEPTH)
          .build())
      .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
      .build();

  /** Places a node in its source, 1-based. */
  record Location(int line, int column) {
    /** Returns the place Jackson reports, for input parsed from its first line. */
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
  /** Added to the parser's line numbers: the line the parsed text starts on, less one. */
  private final int lineOffset;

  private JsonTree(JsonParser parser, Problems problems, int lineOffset) {
    this.parser = parser;
    this.problems = problems;
    this.lineOffset = lineOffset;
  }

  /**
   * Returns a parser over {@code in} with this format's limits that decodes strict UTF-8 (see
   * {@link Utf8Reader}: a read of invalid bytes throws {@link Utf8Reader.Malformed}); closing the
   * parser leaves {@code in} open.
   */
  static JsonParser parser(InputStream in) throws IOException {
    return FACTORY.createParser(new Utf8Reader(in));
  }

  /**
   * Returns the one JSON value in {@code text}, or empty after adding its syntax problem; duplicate
   * keys are added to {@code problems} too. Places count lines from {@code firstLine} (the line of
   * the file that {@code text} starts on, such as a line of a JSON Lines file) and columns in
   * characters (UTF-16 units), as editors do.
   */
  static Optional<Node> parse(String text, int firstLine, Problems problems) {
    try (JsonParser parser = FACTORY.createParser(text)) {
      return new JsonTree(parser, problems, firstLine - 1).document();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot happen: parsing a string reads no input", e);
    }
  }

  /**
   * Returns the value whose first token is the parser's current token, leaving the parser on its
   * last token, with every node placed at its line and column in the parser's input; duplicate keys
   * are added to {@code problems}.
   *
   * @throws JsonProcessingException when the value is not valid JSON; see {@link #syntaxProblem}
   */
  static Node value(JsonParser parser, Problems problems, String pointer) throws IOException {
    return new JsonTree(parser, problems, 0).value(parser.currentToken(), pointer);
  }

  /** Adds a syntax error or a UTF-8 decoding error found by {@code parser} as a problem. */
  static void syntaxProblem(IOException e, JsonParser parser, Problems problems) {
    new JsonTree(parser, problems, 0).report(e);
  }

  /** Names the JSON type a token starts, for messages: "object", "array", "string"… */
  static String kind(JsonToken token) {
    switch (token) {
      case START_OBJECT:
        return "object";
      case START_ARRAY:
        return "array";
      case VALUE_STRING:
        return "string";
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        return "number";
      case VALUE_TRUE:
      case VALUE_FALSE:
        return "boolean";
      case VALUE_NULL:
        return "null";
      default:
        return token.asString() == null ? token.name() : token.asString();
    }
  }

  private Location location(JsonLocation l) {
    return new Location(l.getLineNr() + lineOffset, l.getColumnNr());
  }

  private Optional<Node> document() throws IOException {
    try {
      return root();
    } catch (Utf8Reader.Malformed | JsonProcessingException e) {
      report(e);
      return Optional.empty();
    }
  }

  private void report(IOException e) {
    if (e instanceof Utf8Reader.Malformed malformed) {
      problems.add(new Location(malformed.line(), malformed.column()), "", malformed.getMessage());
    } else if (e instanceof JsonProcessingException json) {
      JsonLocation l = json.getLocation();
      problems.add(location(l == null ? parser.currentLocation() : l), "",
          "not valid JSON: " + json.getOriginalMessage());
    } else {
      throw new IllegalArgumentException("not a syntax or encoding error: " + e, e);
    }
  }

  private Optional<Node> root() throws IOException {
    JsonToken first = parser.nextToken();
    if (first == null) {
      problems.add(new Location(lineOffset + 1, 1), "",
          "the input is empty; expected a JSON object");
      return Optional.empty();
    }
    Node root = value(first, "");
    if (parser.nextToken() != null) {
      problems.add(location(parser.currentTokenLocation()), "",
          "unexpected content after the end of the JSON value");
      return Optional.empty();
    }
    return Optional.of(root);
  }

  private Node value(JsonToken token, String pointer) throws IOException {
    Location at = location(parser.currentTokenLocation());
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
      Location nameAt = location(parser.currentTokenLocation());
      String child = pointer + "/" + Pointers.escape(name);
      Node value = value(parser.nextToken(), child);
      if (fields.putIfAbsent(name, value) != null) {
        problems.add(nameAt, child, "duplicate field \"" + name + "\"; each field may appear once");
      }
    }
    return new ObjectNode(fields, at);
  }
}
