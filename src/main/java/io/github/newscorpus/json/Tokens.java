package io.github.newscorpus.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.base.ParserBase;
import io.github.newscorpus.ReadLimits;
import io.github.newscorpus.internal.CodePoints;
import io.github.newscorpus.internal.Messages;
import io.github.newscorpus.json.Schema.Fields;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the tokens of one article from Jackson's parser, checking JSON shapes and types: each
 * value of the wrong type, each unknown, repeated or missing field is a problem at its place, and
 * the value is skipped. Counts the article's values and annotations and its length against the
 * limits; a limit broken is a problem, and {@link Stop} ends the reading of the input.
 *
 * <p>Not thread-safe; one per article.
 */
final class Tokens {

  /** Signals that a limit broke and the reading of the input stops; the problem is added. */
  static final class Stop extends Exception {
    private static final long serialVersionUID = 1L;

    Stop() {
      super(null, null, false, false);
    }
  }

  /** The constants of each enum, read once: {@code getEnumConstants} copies them on each call. */
  private static final ClassValue<Object[]> CONSTANTS = new ClassValue<>() {
    @Override
    protected Object[] computeValue(Class<?> type) {
      return type.getEnumConstants();
    }
  };

  private static final BigDecimal MAX_OFFSET = BigDecimal.valueOf(Integer.MAX_VALUE);

  final JsonParser parser;
  final Problems problems;
  final ReadLimits limits;
  private final ParserBase base;
  private final Source input;
  /** The absolute offset of the article's first byte, and of the parser's first byte. */
  private final long start;
  private final long parserStart;
  private int values;
  private int annotations;

  /**
   * Reads the article whose {@code START_OBJECT} is the parser's current token, at absolute
   * offset {@code start}, the parser's first byte at {@code parserStart}.
   */
  Tokens(JsonParser parser, Problems problems, ReadLimits limits, Source input, long start,
      long parserStart) {
    this.parser = parser;
    this.problems = problems;
    this.limits = limits;
    this.base = (ParserBase) parser;
    this.input = input;
    this.start = start;
    this.parserStart = parserStart;
    this.values = 1; // the article object
  }

  /** Returns the next token, counting it when it starts a value (a field name does not). */
  JsonToken next() throws IOException, Stop {
    JsonToken t = parser.nextToken();
    if (t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY || t == null) {
      return t;
    }
    if (t != JsonToken.FIELD_NAME && ++values > limits.maxArticleValues()) {
      stop("the article has more than " + JsonParsers.named("maxArticleValues",
          limits.maxArticleValues()) + " JSON values");
    }
    // Jackson's token offset is one byte past the token's start, or more: a cheap upper bound.
    if (base.getTokenCharacterOffset() + parserStart - start >= limits.maxArticleLength()) {
      long offset = parserStart + parser.currentTokenLocation().getByteOffset();
      if (input.chars(start, offset) >= limits.maxArticleLength()) {
        stop(tooLong());
      }
    }
    return t;
  }

  /** Checks the article's length at its end, the parser on its last token. */
  void end() throws Stop {
    long end = parserStart + parser.currentLocation().getByteOffset();
    if (end - start > limits.maxArticleLength()
        && input.chars(start, end) > limits.maxArticleLength()) {
      problems.add(problems.previous(), pointer(), tooLong() + JsonParsers.STOPPED);
      throw new Stop();
    }
  }

  private String tooLong() {
    return "the article is longer than " + JsonParsers.named("maxArticleLength",
        limits.maxArticleLength()) + " characters";
  }

  /** Counts one item of a layer, its first token current. */
  void annotation() throws Stop {
    if (++annotations > limits.maxAnnotations()) {
      stop("the article has more than " + JsonParsers.named("maxAnnotations",
          limits.maxAnnotations()) + " annotations");
    }
  }

  private void stop(String message) throws Stop {
    problems.add(problems.token(), pointer(), message + JsonParsers.STOPPED);
    throw new Stop();
  }

  /** Returns the JSON pointer of the current token, from the root of the parser's document. */
  private String pointer() {
    return parser.getParsingContext().pathAsPointer().toString();
  }

  /** Returns the name of the object's next field, or null at its end. */
  String field() throws IOException {
    return parser.nextFieldName();
  }

  /**
   * Returns the field named {@code name} of an object of {@code fields}, its value's first token
   * now current; or, for a field unknown or already in {@code seen} (a bit per field), null, after
   * reporting it and skipping its value. The object is still built from its other fields, so that
   * one extra field does not leave later rules broken for want of it.
   */
  <E extends Enum<E>> E accept(Fields<E> fields, String name, long seen, Draft owner)
      throws IOException, Stop {
    E field = fields.find(name);
    if (field == null || (seen & 1L << field.ordinal()) != 0) {
      problems.add(problems.token(), owner.pointer(name), field == null
          ? "unknown field " + Messages.excerpt(name) + "; expected one of " + fields.expected()
          : duplicate(name));
      skip(next());
      return null;
    }
    next();
    return field;
  }

  /** Says that the field {@code name} appears twice in one object. */
  static String duplicate(String name) {
    return "duplicate field " + Messages.excerpt(name) + "; each field may appear once";
  }

  /** Reports each field of {@code required} that is not in {@code seen}, at the owner's place. */
  @SafeVarargs
  final <E extends Enum<E>> void require(Fields<E> fields, long seen, Draft owner, E... required) {
    for (E field : required) {
      if ((seen & 1L << field.ordinal()) == 0) {
        problems.add(owner.at, owner.pointer(), "missing required field \""
            + fields.json(field) + "\"");
        owner.bad = true;
      }
    }
  }

  /** Skips the value whose first token is {@code first}, counting its values. */
  void skip(JsonToken first) throws IOException, Stop {
    if (first != JsonToken.START_OBJECT && first != JsonToken.START_ARRAY) {
      return;
    }
    int depth = 1;
    while (depth > 0) {
      JsonToken t = next();
      if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
        depth++;
      } else if (t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
        depth--;
      }
    }
  }

  /** Reports that the current value is not of the expected type, and skips it. */
  void wrongType(String expected, Draft owner, String field) throws IOException, Stop {
    JsonToken t = parser.currentToken();
    problems.add(problems.token(), field == null ? owner.pointer() : owner.pointer(field),
        "expected " + expected + ", found " + describe(t));
    owner.bad = true;
    skip(t);
  }

  /** Names the current value for a message: its type, and a number's first digits. */
  private String describe(JsonToken t) throws IOException {
    if (t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT) {
      String literal = parser.getText();
      return "number " + (literal.length() > 24 ? literal.substring(0, 24) + "…" : literal);
    }
    return kind(t);
  }

  /** Names the JSON type a token starts: "object", "array", "string"… */
  static String kind(JsonToken t) {
    return switch (t) {
      case START_OBJECT -> "object";
      case START_ARRAY -> "array";
      case VALUE_STRING -> "string";
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "number";
      case VALUE_TRUE, VALUE_FALSE -> "boolean";
      case VALUE_NULL -> "null";
      default -> String.valueOf(t);
    };
  }

  /** Returns the current value as a string, or null after reporting it. */
  String string(Draft owner, String field) throws IOException, Stop {
    if (parser.currentToken() == JsonToken.VALUE_STRING) {
      return wellFormed(parser.getText(), owner, field);
    }
    wrongType("a string", owner, field);
    return null;
  }

  /**
   * Returns {@code value}, or null after reporting a lone surrogate in it (an escape such as
   * {@code \\ud800} without its other half): no UTF-8 output could hold it.
   */
  private String wellFormed(String value, Draft owner, String field) {
    int lone = CodePoints.loneSurrogate(value);
    if (lone < 0) {
      return value;
    }
    problems.add(problems.token(), field == null ? owner.pointer() : owner.pointer(field),
        "strings must be well-formed Unicode; this one holds "
            + Messages.loneSurrogate(value, lone));
    owner.bad = true;
    return null;
  }

  /**
   * Returns the current value as a non-negative int, or -1 after reporting it. An integer in the
   * JSON Schema sense, a number with a zero fractional part such as {@code 5.0} or {@code 5e0},
   * is one: the format's schema cannot tell it from {@code 5}, so neither does the reader.
   */
  int offset(Draft owner, String field) throws IOException, Stop {
    JsonToken t = parser.currentToken();
    if (t == JsonToken.VALUE_NUMBER_INT
        && parser.getNumberType() == JsonParser.NumberType.INT && parser.getIntValue() >= 0) {
      return parser.getIntValue();
    }
    if (t == JsonToken.VALUE_NUMBER_FLOAT) {
      BigDecimal value = parser.getDecimalValue();
      if (value.signum() >= 0 && value.compareTo(MAX_OFFSET) <= 0
          && value.stripTrailingZeros().scale() <= 0) {
        return value.intValue();
      }
    }
    wrongType("a non-negative integer offset", owner, field);
    return -1;
  }

  /** Returns the current value as a constant of {@code type}, or null after reporting it. */
  <E extends Enum<E>> E constant(Class<E> type, Draft owner, String field)
      throws IOException, Stop {
    if (parser.currentToken() == JsonToken.VALUE_STRING) { // matched without a String made
      char[] chars = parser.getTextCharacters();
      int offset = parser.getTextOffset();
      int length = parser.getTextLength();
      for (Object e : CONSTANTS.get(type)) {
        if (matches(((Enum<?>) e).name(), chars, offset, length)) {
          return type.cast(e);
        }
      }
    }
    String name = string(owner, field);
    if (name == null) {
      return null;
    }
    problems.add(problems.token(), owner.pointer(field), "unknown " + field + " "
        + Messages.excerpt(name) + "; expected one of "
        + Arrays.toString(type.getEnumConstants()));
    owner.bad = true;
    return null;
  }

  private static boolean matches(String name, char[] chars, int offset, int length) {
    if (name.length() != length) {
      return false;
    }
    for (int i = 0; i < length; i++) {
      if (name.charAt(i) != chars[offset + i]) {
        return false;
      }
    }
    return true;
  }

  /** Returns the current value as a list of strings, or null after reporting any problem. */
  List<String> strings(Draft owner, String field) throws IOException, Stop {
    if (parser.currentToken() != JsonToken.START_ARRAY) {
      wrongType("an array", owner, field);
      return null;
    }
    List<String> strings = new ArrayList<>();
    Draft array = owner.child(field);
    boolean bad = false;
    for (JsonToken t = next(); t != JsonToken.END_ARRAY; t = next()) {
      if (t == JsonToken.VALUE_STRING) {
        String value = wellFormed(parser.getText(), array.item(strings.size()), null);
        bad |= value == null;
        strings.add(value);
      } else {
        wrongType("a string", array.item(strings.size()), null);
        bad = true;
        strings.add(null);
      }
    }
    owner.bad |= bad;
    return bad ? null : strings;
  }

  /** Returns the current value as an object of strings, or null after reporting any problem. */
  Map<String, String> stringMap(Draft owner, String field) throws IOException, Stop {
    if (parser.currentToken() != JsonToken.START_OBJECT) {
      wrongType("an object", owner, field);
      return null;
    }
    Map<String, String> map = new HashMap<>();
    Draft object = owner.child(field);
    boolean bad = false;
    for (String name = field(); name != null; name = field()) {
      if (map.containsKey(name)) {
        problems.add(problems.token(), object.pointer(name), duplicate(name));
        bad = true;
        skip(next());
        continue;
      }
      next();
      String value = string(object, name);
      map.put(name, value);
      bad |= value == null;
    }
    owner.bad |= bad;
    return bad ? null : map;
  }
}
