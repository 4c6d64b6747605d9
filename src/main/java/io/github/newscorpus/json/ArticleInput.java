package io.github.newscorpus.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import io.github.newscorpus.FormatProblem;
import io.github.newscorpus.ReadLimits;
import io.github.newscorpus.internal.Messages;
import io.github.newscorpus.model.Article;
import java.io.Closeable;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the articles of one input, one at a time, in one of three layouts: corpus JSON
 * ({@code {"format": "newscorpus/1", "articles": [...]}}), JSON Lines (a header line, then an
 * article per line), or one article object alone. Each call of {@link #next()} reads on to the
 * next valid article or the next batch of problems: those of one article, or of the input around
 * the articles. A syntax error or a broken limit ends the input; in JSON Lines a syntax error ends
 * only its line, as each line is parsed on its own.
 *
 * <p>Not thread-safe. Closing it closes the source.
 */
final class ArticleInput implements Closeable {

  /** Says what {@link #next()} read. */
  enum Next { ARTICLE, PROBLEMS, END }

  private enum State { START, FIELDS, ARTICLES, LINES, DONE }

  private final Source source;
  private final Layout layout;
  private final ReadLimits limits;
  private final ArticleIds ids;
  private final JsonFactory factory;
  private final Problems problems;
  private final int firstLine;
  private JsonParser parser;
  private long parserStart;
  private State state = State.START;
  /** Whether the reading stopped at a problem, short of the end of the input (or of its cut). */
  private boolean stopped;
  private long seen; // corpus fields seen, a bit each
  private Problems.Fixed root;
  private int index;
  private Article article;
  private List<FormatProblem> batch = List.of();

  /**
   * Reads {@code source}, named {@code name} in problems, laid out as {@code layout}, within
   * {@code limits}; claims article ids in {@code ids}. The input starts on line {@code firstLine}.
   */
  ArticleInput(Source source, String name, Layout layout, ReadLimits limits, ArticleIds ids,
      int firstLine) {
    this.source = source;
    this.layout = layout;
    this.limits = limits;
    this.ids = ids;
    this.factory = JsonParsers.factory(limits);
    this.problems = new Problems(name, source);
    this.firstLine = firstLine;
  }

  /** Returns the article read by the last {@link #next()} that returned {@code ARTICLE}. */
  Article article() {
    return article;
  }

  /** Returns the problems read by the last {@link #next()} that returned {@code PROBLEMS}. */
  List<FormatProblem> problems() {
    return batch;
  }

  /** Reads on to the next article or batch of problems; {@code END} once the input is done. */
  Next next() throws IOException {
    article = null;
    while (state != State.DONE && article == null && !problems.hasPending()) {
      try {
        step();
      } catch (JsonParsers.LimitBroken e) {
        problems.add(e.limit() == JsonParsers.Limit.NESTING ? problems.previous()
            : e.limit() == JsonParsers.Limit.STRING ? problems.token() : problems.here(), "",
            JsonParsers.describe(e.limit(), limits));
        stop();
      } catch (JsonProcessingException e) {
        syntaxError(e);
      } catch (Tokens.Stop e) {
        stop();
      } catch (IllegalStateException e) {
        if (!JsonParsers.isSymbolTableFull(e)) {
          throw e;
        }
        problems.add(problems.here(), "", JsonParsers.SYMBOL_TABLE_FULL);
        stop();
      }
      if (state == State.DONE) {
        end();
      }
    }
    if (problems.hasPending()) {
      article = null;
      batch = problems.flush();
      return Next.PROBLEMS;
    }
    return article != null ? Next.ARTICLE : Next.END;
  }

  private void step() throws IOException, Tokens.Stop {
    switch (state) {
      case START -> start();
      case FIELDS -> field();
      case ARTICLES -> item();
      case LINES -> line();
      default -> throw new IllegalStateException(state.name());
    }
  }

  /** Opens a parser on what is left of the input or of the current line. */
  private void open(boolean line, int lineNumber) throws IOException {
    parserStart = line ? source.lineStart() : source.offset();
    parser = factory.createParser(line ? source.line() : source.stream());
    problems.parser(parser, parserStart, lineNumber);
  }

  private void start() throws IOException, Tokens.Stop {
    if (layout == Layout.JSON_LINES) {
      header();
      return;
    }
    if (source.atByteOrderMark()) {
      problems.add(problems.record(source.offset(), firstLine, 1), "", "not valid JSON: a "
          + "second byte-order mark");
      state = State.DONE;
      return;
    }
    open(false, firstLine);
    JsonToken token = parser.nextToken();
    if (token == null) {
      if (source.cut() == null) {
        problems.add(problems.here(), "", "the input is empty; expected a JSON object");
      }
      state = State.DONE;
    } else if (token != JsonToken.START_OBJECT) {
      problems.add(problems.token(), "", "expected an object, found " + Tokens.kind(token));
      state = State.DONE;
    } else if (layout == Layout.ARTICLE) {
      bind("");
      trailing();
      state = State.DONE;
    } else {
      root = problems.fix(problems.token());
      state = State.FIELDS;
    }
  }

  /** Reads a field of the corpus object, or its end. */
  private void field() throws IOException {
    String name = parser.nextFieldName();
    if (name == null) {
      for (Schema.CorpusField f : Schema.CorpusField.values()) {
        if ((seen & 1L << f.ordinal()) == 0) {
          problems.add(root, "", "missing required field \"" + Schema.CORPUS.json(f) + "\"");
        }
      }
      trailing();
      state = State.DONE;
      return;
    }
    Schema.CorpusField f = Schema.CORPUS.find(name);
    int nameAt = problems.token();
    JsonToken value = parser.nextToken();
    String pointer = "/" + Draft.escape(name);
    if (f != null && (seen & 1L << f.ordinal()) != 0) {
      problems.add(nameAt, pointer, Tokens.duplicate(name));
      skip();
    } else if (f == Schema.CorpusField.FORMAT) {
      seen |= 1L << f.ordinal();
      format(value, pointer);
    } else if (f == Schema.CorpusField.ARTICLES && value == JsonToken.START_ARRAY) {
      seen |= 1L << f.ordinal();
      state = State.ARTICLES;
    } else {
      seen |= f == null ? 0 : 1L << f.ordinal();
      problems.add(f == null ? nameAt : problems.token(), pointer, f == null ? "unknown field "
          + Messages.excerpt(name) + "; expected one of " + Schema.CORPUS.expected()
          : "expected an array, found " + Tokens.kind(value));
      skip();
    }
  }

  /** Checks the format, the current value; an unknown one ends the input. */
  private void format(JsonToken value, String pointer) throws IOException {
    if (value != JsonToken.VALUE_STRING) {
      String found = value == JsonToken.VALUE_NUMBER_INT || value == JsonToken.VALUE_NUMBER_FLOAT
          ? "number " + parser.getText() : Tokens.kind(value);
      problems.add(problems.token(), pointer, "expected a string, found " + found);
      state = State.DONE;
    } else if (!parser.getText().equals(CorpusWriter.FORMAT)) {
      problems.add(problems.token(), pointer, "unsupported format "
          + Messages.excerpt(parser.getText()) + "; this version reads \"" + CorpusWriter.FORMAT
          + "\"");
      state = State.DONE;
    }
  }

  /** Reads an item of the {@code articles} array, or leaves it. */
  private void item() throws IOException, Tokens.Stop {
    JsonToken token = parser.nextToken();
    if (token == JsonToken.END_ARRAY) {
      state = State.FIELDS;
      return;
    }
    String pointer = "/articles/" + index++;
    if (!admit(pointer)) {
      return;
    }
    if (token != JsonToken.START_OBJECT) {
      problems.add(problems.token(), pointer, "expected an object, found " + Tokens.kind(token));
      skip();
      return;
    }
    bind(pointer);
  }

  /** Counts an article; returns false, ending the input, when it is one too many. */
  private boolean admit(String pointer) {
    if (ids.admit()) {
      return true;
    }
    problems.add(problems.token(), pointer, "more than " + JsonParsers.named("maxArticles",
        limits.maxArticles()) + " articles" + JsonParsers.STOPPED);
    state = State.DONE;
    return false;
  }

  /** Binds the article whose {@code START_OBJECT} is current, at JSON pointer {@code pointer}. */
  private void bind(String pointer) throws IOException, Tokens.Stop {
    problems.forgetPlaces();
    int at = problems.token();
    long start = problems.offset(at);
    source.release(start, problems.lineStart(at));
    ArticleIds.Place place = new ArticleIds.Place(problems.source(), problems.line(at),
        problems.column(at), pointer.isEmpty() ? -1 : index - 1);
    Draft draft = Draft.article(pointer);
    Tokens tokens = new Tokens(parser, problems, limits, source, start, parserStart);
    Article bound = ArticleBinder.bind(tokens, draft);
    ArticleIds.Place earlier = draft.id == null ? null : ids.claim(draft.id, place);
    if (earlier != null) {
      problems.add(draft.idAt, draft.pointer("id"), "article id " + Messages.excerpt(draft.id)
          + " is already used by the article at " + earlier + "; ids must be unique in a corpus");
    } else {
      article = bound;
    }
  }

  /** Reports content after the input's one value. */
  private void trailing() throws IOException {
    if (parser.nextToken() != null) {
      problems.add(problems.token(), "", "unexpected content after the end of the JSON value");
      skip();
      if (layout == Layout.JSON_LINES) {
        article = null;
      }
    }
  }

  /** Reads line 1 of a JSON Lines input: the header, with this version's format. */
  private void header() throws IOException {
    state = State.DONE;
    String expected = "expected the header " + CorpusWriter.HEADER + " on line 1, found ";
    if (!source.nextLine()) {
      if (source.cut() == null) {
        problems.add(problems.record(source.offset(), 1, 1), "", expected + "an empty file");
      }
      return;
    }
    if (source.atByteOrderMark()) {
      problems.add(problems.record(source.lineStart(), 1, 1), "", "not valid JSON: a second "
          + "byte-order mark");
      return;
    }
    open(true, 1);
    JsonToken token = parser.nextToken();
    if (token == null && source.cut() == null) {
      problems.add(problems.record(source.lineStart(), 1, 1), "", expected + "a blank line");
    } else if (token == null) {
      return;
    } else if (token != JsonToken.START_OBJECT) {
      problems.add(problems.token(), "", "expected an object, found " + Tokens.kind(token));
    } else {
      Problems.Fixed headerAt = problems.fix(problems.token());
      boolean known = false;
      boolean format = false;
      List<Problems.Fixed> unknown = new ArrayList<>();
      List<String> names = new ArrayList<>();
      for (String name = parser.nextFieldName(); name != null; name = parser.nextFieldName()) {
        int nameAt = problems.token();
        JsonToken value = parser.nextToken();
        if (name.equals("format") && !format) {
          format = true;
          int before = problems.pendingCount();
          format(value, "/format");
          known = problems.pendingCount() == before;
          skip();
        } else if (name.equals("format")) {
          problems.add(nameAt, "/format", Tokens.duplicate(name));
          known = false;
          skip();
        } else {
          unknown.add(problems.fix(nameAt));
          names.add(name);
          skip();
        }
      }
      if (!format) {
        problems.add(headerAt, "", expected + "an object without \"format\"");
      } else {
        for (int i = 0; i < names.size(); i++) {
          problems.add(unknown.get(i), "/" + Draft.escape(names.get(i)), "unknown field "
              + Messages.excerpt(names.get(i)) + "; expected one of [format]");
        }
      }
      int before = problems.pendingCount();
      trailing();
      state = known && problems.pendingCount() == before ? State.LINES : State.DONE;
    }
  }

  /** Reads the next line of a JSON Lines input: an article, a blank line, or the end. */
  private void line() throws IOException, Tokens.Stop {
    if (!source.nextLine()) {
      state = State.DONE;
      return;
    }
    int number = source.lineNumber();
    if (source.atByteOrderMark()) {
      problems.add(problems.record(source.lineStart(), number, 1), "",
          "not valid JSON: a byte-order mark where only the start of the file may have one");
      return;
    }
    open(true, number);
    JsonToken token = parser.nextToken();
    if (token == null) {
      return; // a blank line
    }
    if (!admit("")) {
      return;
    }
    if (token != JsonToken.START_OBJECT) {
      problems.add(problems.token(), "", "expected an object, found " + Tokens.kind(token));
      skip();
    } else {
      bind("");
    }
    trailing();
    if (source.atCut()) {
      state = State.DONE; // the line is cut short, so not valid: end() reports it with the line
    }
  }

  /**
   * Skips the current value, outside any article, forgetting the bytes behind each of its tokens
   * and holding its strings to {@code maxStringLength}: no value outside an article, however
   * long, is kept in memory.
   */
  private void skip() throws IOException {
    int depth = 0;
    for (JsonToken t = parser.currentToken(); t != null; t = parser.nextToken()) {
      problems.forgetBeforeToken();
      if (t.isStructStart()) {
        depth++;
      } else if (t.isStructEnd()) {
        depth--;
      } else if (t == JsonToken.VALUE_STRING) {
        parser.getTextLength();
      }
      if (depth <= 0) {
        return;
      }
    }
  }

  private void stop() {
    stopped = true;
    state = State.DONE;
  }

  /**
   * Reports a syntax error, unless it is the input's cut that the parser met; it ends the input,
   * or, in JSON Lines, its line.
   */
  private void syntaxError(JsonProcessingException e) {
    Source.Cut cut = source.cut();
    article = null;
    if (cut != null && (e.getLocation() == null
        || parserStart + e.getLocation().getByteOffset() >= cut.offset())) {
      state = State.DONE; // end() reports the cut
      return;
    }
    int at = e.getLocation() == null ? problems.here() : problems.place(e.getLocation());
    problems.add(at, "", "not valid JSON: " + JsonParsers.message(e));
    if (layout != Layout.JSON_LINES) {
      stop();
    }
  }

  /**
   * Ends the input: reports its cut, if it was cut short and the reading got there (rather than
   * stopping at a problem before it).
   */
  private void end() {
    Source.Cut cut = source.cut();
    if (cut == null || stopped) {
      return;
    }
    if (layout == Layout.JSON_LINES) {
      if (source.atCut()) {
        problems.add(problems.record(cut.offset(), Math.max(1, source.lineNumber()),
            (int) (cut.offset() - source.lineStart() + 1)), "", cut.message());
      }
    } else if (parser != null
        && parserStart + parser.currentLocation().getByteOffset() >= cut.offset()) {
      problems.add(problems.here(), "", cut.message());
    }
  }

  /** Closes the parser and the source. */
  @Override
  public void close() throws IOException {
    try {
      if (parser != null) {
        parser.close();
      }
    } finally {
      source.close();
    }
  }
}
