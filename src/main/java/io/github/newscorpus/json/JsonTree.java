package io.github.newscorpus.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CoderResult;
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

  /** Limits nesting. */
  private static final JsonFactory FACTORY = JsonFactory.builder()
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
   * syntax problem and duplicate key is added to {@code problems}. The input is decoded first, so
   * that invalid UTF-8 is reported at its exact place and columns count characters (UTF-16 units),
   * as editors do, not bytes. A leading byte-order mark is skipped.
   */
  static Optional<Node> parse(InputStream in, Problems problems) throws IOException {
    Optional<String> json = decode(in.readAllBytes(), problems);
    if (json.isEmpty()) {
      return Optional.empty();
    }
    String text = json.get().startsWith("\uFEFF") ? json.get().substring(1) : json.get();
    try (JsonParser parser = FACTORY.createParser(text)) {
      try {
        return new JsonTree(parser, problems).root();
      } catch (JsonProcessingException e) {
        JsonLocation l = e.getLocation();
        problems.add(l == null ? Location.of(parser.currentLocation()) : Location.of(l), "",
            "not valid JSON: " + e.getOriginalMessage());
        return Optional.empty();
      }
    }
  }

  /** Decodes strict UTF-8, or reports the first malformed byte with its line and column. */
  private static Optional<String> decode(byte[] bytes, Problems problems) {
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length);
    CoderResult result = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT)
        .decode(in, out, true);
    if (result.isError()) {
      out.flip();
      int line = 1;
      int lineStart = 0;
      for (int i = 0; i < out.limit(); i++) {
        if (out.get(i) == '\n') {
          line++;
          lineStart = i + 1;
        }
      }
      problems.add(new Location(line, out.limit() - lineStart + 1), "", String.format(
          "not valid UTF-8: byte 0x%02X at byte offset %d", bytes[in.position()], in.position()));
      return Optional.empty();
    }
    out.flip();
    return Optional.of(out.toString());
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
