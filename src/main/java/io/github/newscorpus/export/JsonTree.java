package io.github.newscorpus.export;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import io.github.newscorpus.CorpusFormatException;
import io.github.newscorpus.FormatProblem;
import io.github.newscorpus.ReadLimits;
import io.github.newscorpus.internal.Messages;
import io.github.newscorpus.internal.Utf8Reader;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a JSON document into a tree of values that know their place (line, column in code points,
 * JSON pointer), with Jackson's streaming parser, within {@link ReadLimits}: the document may hold
 * {@code maxArticleLength} characters and {@code maxArticleValues} values, strings of
 * {@code maxStringLength} characters, and nest {@code maxNestingDepth} deep. A syntax error or a
 * broken limit stops the read with one problem; a field named twice is a problem (the first
 * value is kept) and the read goes on.
 */
final class JsonTree {

  /** Says that reading stopped at this problem. */
  static final String STOPPED = "; reading stopped here";

  /** Jackson's own limits lie past this reader's, which are checked first, except these two. */
  private static final int MAX_NUMBER_LENGTH = 1_000;
  private static final int MAX_NAME_LENGTH = 50_000;

  private static final JsonFactory FACTORY = JsonFactory.builder()
      .streamReadConstraints(StreamReadConstraints.builder()
          .maxNestingDepth(ReadLimits.NESTING_DEPTH_CEILING + 1)
          .maxStringLength(Integer.MAX_VALUE)
          .maxNumberLength(MAX_NUMBER_LENGTH)
          .maxNameLength(MAX_NAME_LENGTH)
          .build())
      .build();

  /** Names the kinds of JSON value. */
  enum Kind { OBJECT, ARRAY, STRING, NUMBER, BOOLEAN, NULL }

  /**
   * Holds one JSON value and its place.
   *
   * @param text the string, or the number, {@code true}, {@code false} or {@code null} as written;
   *     empty for objects and arrays
   * @param fields an object's fields in document order; empty otherwise
   * @param items an array's items; empty otherwise
   */
  record Value(Kind kind, String text, Map<String, Value> fields, List<Value> items,
      String pointer, int line, int column) {

    /** Returns the field {@code name} of an object; empty when absent or not an object. */
    Optional<Value> field(String name) {
      return Optional.ofNullable(fields.get(name));
    }

    /** Returns an array's items, or this value alone: JSON-LD's one-or-many. */
    List<Value> many() {
      return kind == Kind.ARRAY ? items : List.of(this);
    }

    boolean isString() {
      return kind == Kind.STRING;
    }

    /** Returns whether this is {@code name} or an array holding the string {@code name}. */
    boolean has(String name) {
      return many().stream().anyMatch(v -> v.isString() && v.text.equals(name));
    }
  }

  /** Signals that reading stopped; carries the problem that stopped it. */
  private static final class Stop extends Exception {
    private static final long serialVersionUID = 1L;
    private final transient FormatProblem problem;

    Stop(FormatProblem problem) {
      super(problem.message(), null, false, false);
      this.problem = problem;
    }
  }

  private final String source;
  private final ReadLimits limits;
  private final String document;
  private final int[] lineStarts;
  private final List<FormatProblem> problems;
  private int values;

  private JsonTree(String source, ReadLimits limits, String document, List<FormatProblem> problems) {
    this.source = source;
    this.limits = limits;
    this.document = document;
    this.lineStarts = lineStarts(document);
    this.problems = problems;
  }

  /**
   * Reads {@code in} (UTF-8; a byte-order mark at its start is skipped) into a tree, adding to
   * {@code problems} each field named twice.
   *
   * @throws CorpusFormatException naming a syntax error, bytes that are not UTF-8 or a broken
   *     limit, with the problems found before it
   */
  static Value read(InputStream in, String source, ReadLimits limits, List<FormatProblem> problems)
      throws IOException {
    String document = text(in, source, limits, problems);
    JsonTree tree = new JsonTree(source, limits, document, problems);
    try (JsonParser p = FACTORY.createParser(document)) {
      try {
        if (p.nextToken() == null) {
          throw tree.stop(0, "", "expected a JSON object or array, found nothing");
        }
        Value root = tree.value(p, "", 1);
        if (p.nextToken() != null) {
          throw tree.stop(offset(p), "", "expected the end of the input after the JSON value, found "
              + (p.currentToken() == JsonToken.VALUE_STRING ? Messages.excerpt(p.getText())
                  : p.getText()));
        }
        return root;
      } catch (JsonProcessingException e) {
        JsonLocation at = e.getLocation();
        int offset = at == null ? 0 : (int) Math.max(0, Math.min(at.getCharOffset(), document.length()));
        throw tree.stop(offset, "", String.valueOf(e.getOriginalMessage()) + STOPPED);
      }
    } catch (Stop stop) {
      List<FormatProblem> all = new ArrayList<>(problems);
      all.add(stop.problem);
      throw new CorpusFormatException(source, all);
    }
  }

  /** Returns the document's text, at most {@code maxArticleLength} code points. */
  private static String text(InputStream in, String source, ReadLimits limits,
      List<FormatProblem> problems) throws IOException {
    StringBuilder text = new StringBuilder();
    char[] buffer = new char[8192];
    long codePoints = 0;
    Utf8Reader reader = new Utf8Reader(in); // not closed: the caller's stream stays open
    try {
      for (int n = reader.read(buffer, 0, buffer.length); n >= 0; n = reader.read(buffer, 0, buffer.length)) {
        for (int i = 0; i < n; i++) {
          if (!Character.isLowSurrogate(buffer[i]) && ++codePoints > limits.maxArticleLength()) {
            text.append(buffer, 0, i);
            JsonTree tree = new JsonTree(source, limits, text.toString(), problems);
            List<FormatProblem> all = new ArrayList<>(problems);
            all.add(tree.problem(text.length(), "", String.format(Locale.ROOT,
                "the input is longer than maxArticleLength (%,d) characters%s",
                limits.maxArticleLength(), STOPPED)));
            throw new CorpusFormatException(source, all);
          }
        }
        text.append(buffer, 0, n);
      }
    } catch (Utf8Reader.Malformed e) {
      // every character before the bad byte was delivered: its place is the end of the text
      JsonTree tree = new JsonTree(source, limits, text.toString(), problems);
      List<FormatProblem> all = new ArrayList<>(problems);
      all.add(tree.problem(text.length(), "", e.getMessage() + STOPPED));
      throw new CorpusFormatException(source, all);
    }
    return text.toString();
  }

  private Value value(JsonParser p, String pointer, int depth) throws IOException, Stop {
    int offset = offset(p);
    if (++values > limits.maxArticleValues()) {
      throw stop(offset, pointer, String.format(Locale.ROOT,
          "the input holds more than maxArticleValues (%,d) JSON values%s",
          limits.maxArticleValues(), STOPPED));
    }
    JsonToken token = p.currentToken();
    if ((token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY)
        && depth > limits.maxNestingDepth()) {
      throw stop(offset, pointer, String.format(Locale.ROOT,
          "arrays and objects nest deeper than maxNestingDepth (%,d)%s",
          limits.maxNestingDepth(), STOPPED));
    }
    int[] place = place(offset);
    switch (token) {
      case START_OBJECT -> {
        Map<String, Value> fields = new LinkedHashMap<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
          String name = p.currentName();
          int nameAt = offset(p);
          String child = pointer + "/" + name.replace("~", "~0").replace("/", "~1");
          p.nextToken();
          Value v = value(p, child, depth + 1);
          if (fields.putIfAbsent(name, v) != null) {
            problems.add(problem(nameAt, child, "field \"" + name + "\" appears more than once; "
                + "expected each field once"));
          }
        }
        return new Value(Kind.OBJECT, "", fields, List.of(), pointer, place[0], place[1]);
      }
      case START_ARRAY -> {
        List<Value> items = new ArrayList<>();
        while (p.nextToken() != JsonToken.END_ARRAY) {
          items.add(value(p, pointer + "/" + items.size(), depth + 1));
        }
        return new Value(Kind.ARRAY, "", Map.of(), items, pointer, place[0], place[1]);
      }
      case VALUE_STRING -> {
        if (p.getTextLength() > limits.maxStringLength()) {
          throw stop(offset, pointer, String.format(Locale.ROOT,
              "a string is longer than maxStringLength (%,d) characters%s",
              limits.maxStringLength(), STOPPED));
        }
        return leaf(Kind.STRING, p.getText(), pointer, place);
      }
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
        return leaf(Kind.NUMBER, p.getText(), pointer, place);
      }
      case VALUE_TRUE, VALUE_FALSE -> {
        return leaf(Kind.BOOLEAN, p.getText(), pointer, place);
      }
      default -> {
        return leaf(Kind.NULL, "null", pointer, place);
      }
    }
  }

  private static Value leaf(Kind kind, String text, String pointer, int[] place) {
    return new Value(kind, text, Map.of(), List.of(), pointer, place[0], place[1]);
  }

  private static int offset(JsonParser p) {
    return (int) p.currentTokenLocation().getCharOffset();
  }

  private Stop stop(int offset, String pointer, String message) {
    return new Stop(problem(offset, pointer, message));
  }

  private FormatProblem problem(int offset, String pointer, String message) {
    int[] place = place(offset);
    return new FormatProblem(source, place[0], place[1], pointer, message);
  }

  /** Returns the line and column (code points), both from 1, of a UTF-16 offset. */
  private int[] place(int offset) {
    int i = Arrays.binarySearch(lineStarts, offset);
    int line = i >= 0 ? i : -i - 2;
    int start = lineStarts[line];
    return new int[] {line + 1, document.codePointCount(start, Math.min(offset, document.length())) + 1};
  }

  /** Returns the offset at which each line starts; lines end at \n, \r\n or \r. */
  private static int[] lineStarts(String text) {
    List<Integer> starts = new ArrayList<>();
    starts.add(0);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n'))) {
        starts.add(i + 1);
      }
    }
    return starts.stream().mapToInt(Integer::intValue).toArray();
  }
}
