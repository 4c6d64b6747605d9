package io.github.newscorpus.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.base.ParserBase;
import com.fasterxml.jackson.core.json.UTF8StreamJsonParser;
import io.github.newscorpus.FormatProblem;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Collects the problems of one input, each with its place. Places are recorded as the parser
 * reaches them, cheaply (a byte offset, a line and a column in bytes, in a table reused for every
 * article), and turned into the line and column in characters that an editor shows only for the
 * places of problems, when the problems of an article are {@linkplain #flush() flushed}: the
 * problems of one article are listed in the order of their places in the input.
 *
 * <p>Not thread-safe.
 */
final class Problems {

  private final String source;
  private final Source input;
  private JsonParser parser;
  /** The parser, when it is Jackson's byte parser, whose token places {@link #token()} reads. */
  private ParserBase base;
  /** The absolute offset of the parser's first byte, and the line it is on, less one. */
  private long baseOffset;
  private int baseLine;
  // The place table: absolute byte offset, line, and column in bytes, from 1.
  private long[] offsets = new long[1024];
  private int[] lines = new int[1024];
  private int[] columns = new int[1024];
  private int places;
  private final List<Pending> pending = new ArrayList<>();

  /**
   * A problem whose place is index {@code at} of the place table, not yet turned into characters;
   * or, when {@code at} is -1, the place {@code line} and {@code column} already in characters.
   */
  private record Pending(long offset, int at, int line, int column, String pointer,
      String message) {}

  /**
   * A place already turned into characters, which outlives the place table: the start of an
   * input whose end may need it.
   */
  record Fixed(long offset, int line, int column) {}

  Problems(String source, Source input) {
    this.source = source;
    this.input = input;
  }

  /** Returns the name of the input, as problems give it. */
  String source() {
    return source;
  }

  /**
   * Reads places from {@code parser}, whose first byte is at absolute offset {@code baseOffset}
   * on line {@code firstLine} of the input.
   */
  void parser(JsonParser parser, long baseOffset, int firstLine) {
    this.parser = parser;
    this.base = parser instanceof UTF8StreamJsonParser utf8 ? utf8 : null;
    this.baseOffset = baseOffset;
    this.baseLine = firstLine - 1;
  }

  /**
   * Forgets every place recorded, so that the table holds one article's places at a time;
   * only while no problem is pending.
   */
  void forgetPlaces() {
    if (pending.isEmpty()) {
      places = 0;
    }
  }

  /**
   * Records the place of the parser's current token; returns its index. Reads a value's place
   * from the parser's fields, without the location object {@code currentTokenLocation()} makes:
   * Jackson's byte parser keeps them one byte past the token's first (see {@code ProblemsTest},
   * which holds them to {@code currentTokenLocation()} on every token of the bundled corpus).
   */
  int token() {
    if (parser.currentToken() == JsonToken.FIELD_NAME || base == null) {
      return place(parser.currentTokenLocation());
    }
    return record(baseOffset + base.getTokenCharacterOffset() - 1,
        baseLine + base.getTokenLineNr(), base.getTokenColumnNr() - 1);
  }

  /** Records the place just after the last byte the parser read: the end of input, say. */
  int here() {
    return place(parser.currentLocation());
  }

  /** Records the place of the byte just before the parser's position: a bracket just read. */
  int previous() {
    JsonLocation l = parser.currentLocation();
    return record(baseOffset + l.getByteOffset() - 1, baseLine + l.getLineNr(),
        Math.max(1, l.getColumnNr() - 1));
  }

  /** Records the place Jackson reports. */
  int place(JsonLocation l) {
    return record(baseOffset + l.getByteOffset(), baseLine + l.getLineNr(), l.getColumnNr());
  }

  /** Records a place given in the input: absolute offset, line, and column in bytes. */
  int record(long offset, int line, int byteColumn) {
    if (places == offsets.length) { // an article has a few places per annotation
      offsets = Arrays.copyOf(offsets, places * 4);
      lines = Arrays.copyOf(lines, places * 4);
      columns = Arrays.copyOf(columns, places * 4);
    }
    offsets[places] = offset;
    lines[places] = line;
    columns[places] = byteColumn;
    return places++;
  }

  /** Returns the absolute byte offset of place {@code at}. */
  long offset(int at) {
    return offsets[at];
  }

  /** Returns the absolute byte offset at which the line of place {@code at} starts. */
  long lineStart(int at) {
    return offsets[at] - (columns[at] - 1);
  }

  /**
   * Turns the places of the problems pending into characters, forgets every place recorded, and
   * releases the input's bytes before the parser's current token: for long stretches between
   * articles, which no later place looks back into.
   */
  void forgetBeforeToken() {
    for (int i = 0; i < pending.size(); i++) {
      Pending p = pending.get(i);
      if (p.at() >= 0) {
        pending.set(i, new Pending(p.offset(), -1, lines[p.at()], column(p.at()), p.pointer(),
            p.message()));
      }
    }
    places = 0;
    int at = token();
    input.release(offsets[at], lineStart(at));
    places = 0;
  }

  /** Adds a problem at place {@code at}; {@code pointer} may be empty. */
  void add(int at, String pointer, String message) {
    pending.add(new Pending(offsets[at], at, 0, 0, pointer, message));
  }

  /** Adds a problem at a fixed place. */
  void add(Fixed at, String pointer, String message) {
    pending.add(new Pending(at.offset(), -1, at.line(), at.column(), pointer, message));
  }

  /** Returns place {@code at} in characters, to be used after the place table is forgotten. */
  Fixed fix(int at) {
    return new Fixed(offsets[at], lines[at], column(at));
  }

  /** Returns whether a problem was added since the last {@link #flush()}. */
  boolean hasPending() {
    return !pending.isEmpty();
  }

  /** Returns the number of problems added since the last flush. */
  int pendingCount() {
    return pending.size();
  }

  /**
   * Places the problems added since the last flush, in the order of their places, and forgets
   * the place table; returns them.
   */
  List<FormatProblem> flush() {
    pending.sort(Comparator.comparingLong(Pending::offset));
    List<FormatProblem> placed = new ArrayList<>(pending.size());
    for (Pending p : pending) {
      placed.add(p.at() < 0
          ? new FormatProblem(source, p.line(), p.column(), p.pointer(), p.message())
          : new FormatProblem(source, lines[p.at()], column(p.at()), p.pointer(), p.message()));
    }
    pending.clear();
    places = 0;
    return placed;
  }

  /** Returns the column of place {@code at} in characters, from 1. */
  int column(int at) {
    long chars = input.chars(lineStart(at), offsets[at]);
    return (int) Math.min(Integer.MAX_VALUE, chars + 1);
  }

  /** Returns the line of place {@code at}. */
  int line(int at) {
    return lines[at];
  }
}
