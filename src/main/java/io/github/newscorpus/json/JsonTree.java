package io.github.newscorpus.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import io.github.newscorpus.internal.Utf8Reader;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Parses JSON into a small tree whose every node knows its line and column, so that the binder
 * can report each problem with its place. Duplicate keys become problems. Parses one value from a
 * streaming parser positioned on it (an article of a corpus JSON file, a line of a JSON Lines
 * file), so that a large corpus is held one article's tree at a time, and counts what the tree
 * holds against the {@link Limits} as it grows, so that a tree too large is never built: a limit
 * broken throws {@link LimitExceeded}, and Jackson's own limits (nesting, string, number and name
 * lengths, the file's length) throw {@link StreamConstraintsException}.
 */
final class JsonTree {

  /** The factory of parsers with the default limits, for whole files. */
  private static final JsonFactory DEFAULT_FACTORY =
      factory(Limits.DEFAULTS, Limits.DEFAULTS.maxDocumentLength());

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

  /**
   * Holds one JSON value and its place. Nodes keep their line and column as numbers, and a small
   * number or a literal shares its text, so that a tree of a million values stays small.
   */
  sealed interface Node {
    /** Returns the line of the value's first character, from 1. */
    int line();

    /** Returns the column of the value's first character, from 1, in UTF-16 units. */
    int column();

    /** Returns the value's place. */
    default Location at() {
      return new Location(line(), column());
    }

    /** Names the JSON type, for messages: "object", "string", "number"… */
    String kind();
  }

  record ObjectNode(Map<String, Node> fields, int line, int column) implements Node {
    @Override
    public String kind() {
      return "object";
    }
  }

  record ArrayNode(List<Node> items, int line, int column) implements Node {
    @Override
    public String kind() {
      return "array";
    }
  }

  record StringNode(String value, int line, int column) implements Node {
    @Override
    public String kind() {
      return "string";
    }
  }

  /** Holds any JSON number, as written. */
  record NumberNode(String literal, int line, int column) implements Node {
    /** Returns the number when it is an integer, empty for fractions and exponents. */
    Optional<BigInteger> integer() {
      boolean fraction = literal.indexOf('.') >= 0 || literal.indexOf('e') >= 0
          || literal.indexOf('E') >= 0;
      return fraction ? Optional.empty() : Optional.of(new BigInteger(literal));
    }

    @Override
    public String kind() {
      return "number";
    }
  }

  /** Holds {@code true}, {@code false} or {@code null}. */
  record LiteralNode(String literal, int line, int column) implements Node {
    @Override
    public String kind() {
      return literal.equals("null") ? "null" : "boolean";
    }
  }

  /** The most fields an object may have to be kept in a {@link SmallMap}. */
  private static final int SMALL_OBJECT = 12;

  /** The texts of the one-digit numbers, shared by every node that holds one. */
  private static final String[] DIGITS = {"0", "1", "2", "3", "4", "5", "6", "7", "8", "9"};

  /**
   * Counts the values and annotations of one article's tree, and the characters it spans, against
   * the limits. Not thread-safe; one per article.
   */
  static final class Budget {
    private final Limits limits;
    private final long start;
    private final long maxLength;
    private int values;
    private int annotations;

    private Budget(Limits limits, long start, long maxLength) {
      this.limits = limits;
      this.start = start;
      this.maxLength = maxLength;
    }

    /** Returns a budget for an article whose first token is the parser's current token. */
    static Budget article(Limits limits, JsonParser parser) {
      return new Budget(limits, parser.currentTokenLocation().getCharOffset(),
          limits.maxArticleLength());
    }

    /** Returns a budget for a JSON Lines line, whose length the line reader limits itself. */
    static Budget line(Limits limits) {
      return new Budget(limits, 0, Long.MAX_VALUE);
    }

    private void value(JsonLocation token, int line, int column, Pointer pointer)
        throws LimitExceeded {
      if (++values > limits.maxArticleValues()) {
        throw new LimitExceeded(new Location(line, column), pointer.toString(), "the article has more than "
            + Limits.named("maxArticleValues", limits.maxArticleValues()) + " JSON values"
            + Limits.STOPPED);
      }
      long offset = token.getCharOffset();
      if (offset >= 0 && offset - start > maxLength) {
        throw new LimitExceeded(new Location(line, column), pointer.toString(), "the article is longer than "
            + Limits.named("maxArticleLength", maxLength) + " characters" + Limits.STOPPED);
      }
    }

    private void annotation(Location at, Pointer pointer) throws LimitExceeded {
      if (++annotations > limits.maxAnnotations()) {
        throw new LimitExceeded(at, pointer.toString(), "the article has more than "
            + Limits.named("maxAnnotations", limits.maxAnnotations()) + " annotations"
            + Limits.STOPPED);
      }
    }
  }

  /**
   * Signals that the input broke a limit, and where; the reader adds it as a problem and reads
   * that input no further.
   */
  static final class LimitExceeded extends IOException {
    private static final long serialVersionUID = 1L;

    private final transient Location at;
    private final String pointer;

    LimitExceeded(Location at, String pointer, String message) {
      super(message);
      this.at = at;
      this.pointer = pointer;
    }

    /** Adds this as a problem. */
    void addTo(Problems problems) {
      problems.add(at, pointer, getMessage());
    }
  }

  private final JsonParser parser;
  private final Problems problems;
  private final Budget budget;
  /** Added to the parser's line numbers: the line the parsed text starts on, less one. */
  private final int lineOffset;

  private JsonTree(JsonParser parser, Problems problems, Budget budget, int lineOffset) {
    this.parser = parser;
    this.problems = problems;
    this.budget = budget;
    this.lineOffset = lineOffset;
  }

  /**
   * Returns a factory of parsers with {@code limits}, the file's length limited to
   * {@code documentLength} characters, that leave their input open when closed and do not
   * canonicalise field names: the character parser's symbol table, shared by every parser of a
   * factory, refused valid input whose names collide in its hash (a defence against hash
   * flooding, which a tree of {@link SmallMap}s and hash maps does not need) and, once filled by
   * earlier reads, failed with an {@code IllegalStateException} on a rehash.
   */
  static JsonFactory factory(Limits limits, long documentLength) {
    return builder(limits, documentLength).disable(JsonFactory.Feature.CANONICALIZE_FIELD_NAMES)
        .build();
  }

  /**
   * Returns a builder of such factories that canonicalises field names, for byte parsers, whose
   * symbol table hashes with a seed of its own: see {@link DirectCursor}.
   */
  static JsonFactoryBuilder builder(Limits limits, long documentLength) {
    return (JsonFactoryBuilder) JsonFactory.builder()
        .streamReadConstraints(limits.constraints(documentLength))
        .disable(StreamReadFeature.AUTO_CLOSE_SOURCE);
  }

  /**
   * Returns a parser over {@code in} with {@code limits} (the file's length included) that
   * decodes strict UTF-8 (see {@link Utf8Reader}: a read of invalid bytes throws
   * {@link Utf8Reader.Malformed}); closing the parser leaves {@code in} open.
   */
  static JsonParser parser(InputStream in, Limits limits) throws IOException {
    JsonFactory factory = limits.equals(Limits.DEFAULTS) ? DEFAULT_FACTORY
        : factory(limits, limits.maxDocumentLength());
    return factory.createParser(new Utf8Reader(in));
  }

  /**
   * Returns the value whose first token is the parser's current token, leaving the parser on its
   * last token, with every node placed at its line (plus {@code lineOffset}) and column in the
   * parser's input; duplicate keys are added to {@code problems}. The value is an article, or
   * counted as one, in {@code budget}: the items of arrays that are its fields are its annotations.
   *
   * @throws JsonProcessingException when the value is not valid JSON or breaks one of Jackson's
   *     limits; see {@link #syntaxProblem}
   * @throws LimitExceeded when the value breaks a limit that {@code budget} counts
   */
  static Node value(JsonParser parser, Problems problems, String pointer, Budget budget,
      int lineOffset) throws IOException {
    return new JsonTree(parser, problems, budget, lineOffset)
        .value(parser.currentToken(), Pointer.of(pointer), 0);
  }

  /**
   * Adds a syntax error, a broken Jackson limit (named as {@code limits} names it) or a UTF-8
   * decoding error found by {@code parser} as a problem, its line moved by {@code lineOffset}.
   */
  static void syntaxProblem(IOException e, JsonParser parser, Problems problems, Limits limits,
      int lineOffset) {
    if (e instanceof Utf8Reader.Malformed malformed) {
      problems.add(new Location(malformed.line(), malformed.column()), "", malformed.getMessage());
    } else if (e instanceof StreamConstraintsException limit) {
      limitExceeded(limit, parser, limits, lineOffset).addTo(problems);
    } else if (e instanceof JsonProcessingException json) {
      problems.add(placeOf(json, parser, lineOffset), "",
          "not valid JSON: " + json.getOriginalMessage());
    } else {
      throw new IllegalArgumentException("not a syntax or encoding error: " + e, e);
    }
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

  /**
   * Returns a broken Jackson limit as a {@link LimitExceeded} at its place, named as
   * {@code limits} names it.
   */
  static LimitExceeded limitExceeded(StreamConstraintsException e, JsonParser parser, Limits limits,
      int lineOffset) {
    // A string is read when its text is asked for, so the string is the current token: place
    // the problem at its start, not wherever in it the parser stopped.
    Location at = e.getLocation() == null && parser.currentToken() == JsonToken.VALUE_STRING
        ? new Location(parser.currentTokenLocation().getLineNr() + lineOffset,
            parser.currentTokenLocation().getColumnNr())
        : placeOf(e, parser, lineOffset);
    return new LimitExceeded(at, "", limits.describe(e));
  }

  private static Location placeOf(JsonProcessingException e, JsonParser parser, int lineOffset) {
    JsonLocation l = e.getLocation() == null ? parser.currentLocation() : e.getLocation();
    return new Location(l.getLineNr() + lineOffset, l.getColumnNr());
  }

  private Location location(JsonLocation l) {
    return new Location(l.getLineNr() + lineOffset, l.getColumnNr());
  }

  private Node value(JsonToken token, Pointer pointer, int depth) throws IOException {
    JsonLocation tokenAt = parser.currentTokenLocation();
    int line = tokenAt.getLineNr() + lineOffset;
    int column = tokenAt.getColumnNr();
    budget.value(tokenAt, line, column, pointer);
    switch (token) {
      case START_OBJECT:
        return object(line, column, pointer, depth);
      case START_ARRAY:
        List<Node> items = new ArrayList<>();
        for (JsonToken t = parser.nextToken(); t != JsonToken.END_ARRAY; t = parser.nextToken()) {
          Pointer item = pointer.item(items.size());
          if (depth == 1) {
            budget.annotation(location(parser.currentTokenLocation()), item);
          }
          items.add(value(t, item, depth + 1));
        }
        return new ArrayNode(List.copyOf(items), line, column);
      case VALUE_STRING:
        return new StringNode(parser.getText(), line, column);
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        return new NumberNode(numberText(), line, column);
      case VALUE_TRUE:
      case VALUE_FALSE:
      case VALUE_NULL:
        return new LiteralNode(token.asString(), line, column);
      default:
        throw new IllegalStateException("unexpected token " + token + " at " + line + ":" + column);
    }
  }

  private String numberText() throws IOException {
    if (parser.getTextLength() == 1) {
      char c = parser.getTextCharacters()[parser.getTextOffset()];
      if (c >= '0' && c <= '9') {
        return DIGITS[c - '0'];
      }
    }
    return parser.getText();
  }

  private Node object(int line, int column, Pointer pointer, int depth) throws IOException {
    // Most objects have a few fields: kept in two arrays, searched in order; a large one (the
    // external ids of an entity, say, or hostile input) moves to a hash map.
    String[] names = new String[6];
    Node[] values = new Node[6];
    int size = 0;
    Map<String, Node> large = null;
    for (JsonToken t = parser.nextToken(); t != JsonToken.END_OBJECT; t = parser.nextToken()) {
      String name = parser.currentName();
      Pointer child = pointer.field(name);
      boolean duplicate =
          large != null ? large.containsKey(name) : SmallMap.indexOf(names, size, name) >= 0;
      if (duplicate) {
        problems.add(location(parser.currentTokenLocation()), child.toString(),
            "duplicate field \"" + name + "\"; each field may appear once");
      }
      Node value = value(parser.nextToken(), child, depth + 1);
      if (duplicate) {
        continue; // the first is kept
      }
      if (large != null) {
        large.put(name, value);
      } else if (size < SMALL_OBJECT) {
        if (size == names.length) {
          names = Arrays.copyOf(names, SMALL_OBJECT);
          values = Arrays.copyOf(values, SMALL_OBJECT);
        }
        names[size] = name;
        values[size++] = value;
      } else {
        large = new LinkedHashMap<>(new SmallMap<>(names, values, size));
        large.put(name, value);
      }
    }
    return new ObjectNode(large == null ? new SmallMap<>(names, values, size)
        : Collections.unmodifiableMap(large), line, column);
  }
}
