package io.github.newscorpus.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import io.github.newscorpus.internal.Utf8Check;
import io.github.newscorpus.model.Article;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Reads a corpus JSON or JSON Lines input on the direct path: Jackson's parser over the bytes
 * (checked to be strict UTF-8 by {@link Utf8Check}, not decoded by a {@code Reader}), each
 * article bound by {@link DirectBinder}, no tree, no places. It vouches only for input that the
 * checking cursors ({@link CorpusJsonCursor}, {@link JsonLinesCursor}) would read without a
 * problem, and reads it to the same articles; at anything else, a syntax error or a limit
 * included, it throws {@link Unsure}, and the caller reads the input again on the checking path.
 * Every limit is checked as strictly as there or more (lengths count bytes, not characters); an
 * input longer than {@code maxDocumentLength} bytes is left to the checking path at once, as the
 * checking parser finds that limit broken only as it fills its buffer, not at a place the direct
 * path could foresee, and a stream must not deliver an article the checking path would not.
 *
 * <p>Not thread-safe. Closing it leaves the byte stream open.
 */
final class DirectCursor implements Closeable {

  /** The factory of parsers with the default limits. */
  private static final JsonFactory DEFAULT_FACTORY =
      JsonTree.builder(Limits.DEFAULTS, Limits.DEFAULTS.maxDocumentLength()).build();

  private enum State { FIELDS, ARTICLES, END }

  private final JsonParser parser;
  private final Layout layout;
  private final Limits limits;
  /** The ids of every article read so far, across the inputs of one read or stream. */
  private final Set<String> ids;
  private State state;
  private boolean formatSeen;
  private boolean articlesSeen;
  /** JSON Lines: the byte offset just after the last value. */
  private long lastEnd;

  private DirectCursor(JsonParser parser, Layout layout, Limits limits, Set<String> ids) {
    this.parser = parser;
    this.layout = layout;
    this.limits = limits;
    this.ids = ids;
  }

  /**
   * Returns a cursor over {@code in}, of {@code size} bytes, in {@code layout}, that adds the ids it reads to {@code ids} and counts them
   * against the limit on articles.
   */
  static DirectCursor open(InputStream in, long size, Layout layout, Limits limits,
      Set<String> ids) throws IOException, Unsure {
    if (size > limits.maxDocumentLength()) {
      throw new Unsure("maxDocumentLength");
    }
    JsonParser parser;
    try {
      parser = factory(limits).createParser(Utf8Check.checking(in)); // reads the first bytes
    } catch (IOException e) {
      throw unsureOrRethrow(e);
    }
    return start(parser, layout, limits, ids);
  }

  /** Returns a cursor over {@code length} bytes of {@code bytes}, as {@link #open} does. */
  static DirectCursor open(byte[] bytes, int length, Layout layout, Limits limits,
      Set<String> ids) throws IOException, Unsure {
    if (length > limits.maxDocumentLength()) {
      throw new Unsure("maxDocumentLength");
    }
    if (!Utf8Check.isValid(bytes, 0, length)) {
      throw new Unsure("not strict UTF-8");
    }
    JsonParser parser;
    try {
      parser = factory(limits).createParser(bytes, 0, length); // checks the document's length
    } catch (IOException e) {
      throw unsureOrRethrow(e);
    }
    return start(parser, layout, limits, ids);
  }

  /** Returns a factory whose lengths count bytes: as strict as characters, or more. */
  private static JsonFactory factory(Limits limits) {
    return limits.equals(Limits.DEFAULTS) ? DEFAULT_FACTORY
        : JsonTree.builder(limits, limits.maxDocumentLength()).build();
  }

  private static DirectCursor start(JsonParser parser, Layout layout, Limits limits,
      Set<String> ids) throws IOException, Unsure {
    DirectCursor cursor = new DirectCursor(parser, layout, limits, ids);
    try {
      if (layout == Layout.JSON_LINES) {
        cursor.header();
      } else {
        cursor.expect(parser.nextToken(), JsonToken.START_OBJECT);
        cursor.state = State.FIELDS;
      }
      return cursor;
    } catch (IOException | Unsure | RuntimeException e) {
      parser.close();
      throw unsureOrRethrow(e);
    }
  }

  /**
   * Reads on to the next article and gives it to {@code action}; returns false once the input is
   * exhausted and its end checked.
   *
   * @throws Unsure at anything the checking path should read
   * @throws IOException only when the input cannot be read
   */
  boolean advance(Consumer<? super Article> action) throws IOException, Unsure {
    try {
      return layout == Layout.JSON_LINES ? line(action) : corpusJson(action);
    } catch (JsonProcessingException | Utf8Check.Invalid | IllegalStateException e) {
      throw unsureOrRethrow(e);
    }
  }

  /**
   * Returns {@code e} as the reason to be unsure when it is one: a syntax error, a broken limit,
   * bytes not UTF-8, or a symbol table's {@code IllegalStateException} (the byte parser's, at
   * names that collide in its hash, which the checking path reads without one); rethrows
   * anything else.
   */
  private static Unsure unsureOrRethrow(Exception e) throws IOException {
    if (e instanceof Unsure unsure) {
      return unsure;
    } else if (e instanceof JsonProcessingException || e instanceof Utf8Check.Invalid
        || e instanceof IllegalStateException) {
      return new Unsure(e.getMessage());
    } else if (e instanceof IOException io) {
      throw io;
    }
    throw (RuntimeException) e;
  }

  private boolean corpusJson(Consumer<? super Article> action) throws IOException, Unsure {
    while (true) {
      switch (state) {
        case FIELDS -> field();
        case ARTICLES -> {
          JsonToken next = parser.nextToken();
          if (next != JsonToken.END_ARRAY) {
            action.accept(article(next));
            return true;
          }
          state = State.FIELDS;
        }
        default -> {
          return false;
        }
      }
    }
  }

  /** Reads a field of the corpus object, or its end. */
  private void field() throws IOException, Unsure {
    if (parser.nextToken() == JsonToken.END_OBJECT) {
      if (!formatSeen || !articlesSeen || parser.nextToken() != null) {
        throw new Unsure("a missing field, or content after the corpus");
      }
      state = State.END;
    } else if (parser.currentName().equals("format") && !formatSeen) {
      formatSeen = true;
      expect(parser.nextToken(), JsonToken.VALUE_STRING);
      if (!parser.getText().equals(CorpusJson.FORMAT)) {
        throw new Unsure("another format");
      }
    } else if (parser.currentName().equals("articles") && !articlesSeen) {
      articlesSeen = true;
      expect(parser.nextToken(), JsonToken.START_ARRAY);
      state = State.ARTICLES;
    } else {
      throw new Unsure("a field unknown or repeated");
    }
  }

  /** Reads an article of a corpus JSON file, its first token {@code token}. */
  private Article article(JsonToken token) throws IOException, Unsure {
    expect(token, JsonToken.START_OBJECT);
    long start = parser.currentTokenLocation().getByteOffset();
    Article article = claim(DirectBinder.bind(parser, limits));
    if (parser.currentTokenLocation().getByteOffset() - start > limits.maxArticleLength()) {
      throw new Unsure("maxArticleLength");
    }
    return article;
  }

  /** Reads line 1, the header, and finds the first article's line. */
  private void header() throws IOException, Unsure {
    JsonToken token = parser.nextToken();
    if (token != JsonToken.START_OBJECT || parser.currentTokenLocation().getLineNr() != 1
        || limits.maxArticleValues() < 2 || parser.nextToken() != JsonToken.FIELD_NAME
        || !parser.currentName().equals("format") || parser.nextToken() != JsonToken.VALUE_STRING
        || !parser.getText().equals(CorpusJson.FORMAT) || parser.nextToken() != JsonToken.END_OBJECT) {
      throw new Unsure("not the header on line 1");
    }
    endValue(1);
  }

  /** Reads the article whose first token is the current one, if any. */
  private boolean line(Consumer<? super Article> action) throws IOException, Unsure {
    if (parser.currentToken() == null) {
      return false;
    }
    expect(parser.currentToken(), JsonToken.START_OBJECT);
    int start = parser.currentTokenLocation().getLineNr();
    Article article = DirectBinder.bind(parser, limits);
    endValue(start);
    action.accept(claim(article));
    return true;
  }

  /**
   * Checks the value that ends at the current token, and started on line {@code startLine},
   * against the lines: it starts and ends on one line, after the line the last one ended on, and
   * no line around it is longer than the limit; then moves to the next value's first token.
   */
  private void endValue(int startLine) throws IOException, Unsure {
    JsonLocation end = parser.currentTokenLocation();
    int line = end.getLineNr();
    long endOffset = end.getByteOffset() + 1;
    JsonToken next = parser.nextToken();
    JsonLocation nextAt = next == null ? parser.currentLocation() : parser.currentTokenLocation();
    // The value's line lies between the end of the last value and the start of the next.
    if (line != startLine
        || nextAt.getByteOffset() - lastEnd > limits.maxArticleLength()
        || next != null && nextAt.getLineNr() <= line) {
      throw new Unsure("not one value per line, or a line too long");
    }
    lastEnd = endOffset;
  }

  private Article claim(Article article) throws Unsure {
    if (ids.size() >= limits.maxArticles() || !ids.add(article.id())) {
      throw new Unsure("a repeated id, or maxArticles");
    }
    return article;
  }

  private void expect(JsonToken actual, JsonToken expected) throws Unsure {
    if (actual != expected) {
      throw new Unsure("expected " + expected + ", found " + actual);
    }
  }

  /** Closes the parser; the byte stream stays open. */
  @Override
  public void close() throws IOException {
    parser.close();
  }
}
