package io.github.newscorpus.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import io.github.newscorpus.internal.Utf8Reader;
import io.github.newscorpus.json.JsonTree.Location;
import io.github.newscorpus.json.JsonTree.Node;
import io.github.newscorpus.model.Article;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Reads a corpus JSON file ({@code {"format": "newscorpus/1", "articles": [...]}}) an article at a
 * time: Jackson's streaming parser walks the corpus object and the {@code articles} array, and
 * only the current article's located tree is built.
 *
 * <p>Fields are checked in file order, so a file whose {@code articles} come before its
 * {@code format} (as {@code json.dump(..., sort_keys=True)} writes) is read too: its articles are
 * checked as {@code newscorpus/1} and the format when it is reached. An unknown format met first
 * stops the reading at once, so the articles of another version are never misread. Checks that
 * need the end of the file (a missing field, content after the corpus) are made there.
 *
 * <p>A limit broken (see {@link Limits}) is a problem at its place, and the reading stops there:
 * an article that is not an object is skipped without building its tree, and an article's tree
 * stops growing at the first limit it breaks.
 */
final class CorpusJsonCursor implements ArticleCursor {

  private static final String FIELDS = "[articles, format]";

  private enum State { START, FIELDS, ARTICLES, END }

  private final JsonParser parser;
  private final Problems problems;
  private final ArticleIds ids;
  private final Limits limits;
  private final Set<String> fieldsSeen = new HashSet<>();
  private State state = State.START;
  private Location rootAt = new Location(1, 1);
  private int index;

  /**
   * Reads from {@code in}, UTF-8, reporting to {@code problems} and claiming article ids in
   * {@code ids}, within {@code limits}.
   */
  CorpusJsonCursor(InputStream in, Problems problems, ArticleIds ids, Limits limits)
      throws IOException {
    this.parser = JsonTree.parser(in, limits);
    this.problems = problems;
    this.ids = ids;
    this.limits = limits;
  }

  @Override
  public Problems problems() {
    return problems;
  }

  @Override
  public boolean advance(Consumer<? super Article> action) throws IOException {
    try {
      while (true) {
        switch (state) {
          case START -> start();
          case FIELDS -> field();
          case ARTICLES -> {
            if (article(action)) {
              return true;
            }
          }
          default -> {
            return false;
          }
        }
      }
    } catch (Utf8Reader.Malformed | JsonProcessingException e) {
      JsonTree.syntaxProblem(e, parser, problems, limits, 0);
      state = State.END;
      return false;
    } catch (JsonTree.LimitExceeded e) {
      e.addTo(problems);
      state = State.END;
      return false;
    }
  }

  private void start() throws IOException {
    JsonToken token = parser.nextToken();
    if (token == null) {
      problems.add(rootAt, "", "the input is empty; expected a JSON object");
      state = State.END;
      return;
    }
    rootAt = Location.of(parser.currentTokenLocation());
    if (token != JsonToken.START_OBJECT) {
      problems.add(rootAt, "", "expected an object, found " + JsonTree.kind(token));
      state = State.END;
      return;
    }
    state = State.FIELDS;
  }

  private void field() throws IOException {
    if (parser.nextToken() == JsonToken.END_OBJECT) {
      end();
      return;
    }
    String name = parser.currentName();
    Location nameAt = Location.of(parser.currentTokenLocation());
    String pointer = "/" + Pointer.escape(name);
    JsonToken value = parser.nextToken();
    Location valueAt = Location.of(parser.currentTokenLocation());
    if (!fieldsSeen.add(name)) {
      problems.add(nameAt, pointer, "duplicate field \"" + name + "\"; each field may appear once");
      parser.skipChildren();
    } else if (name.equals("format")
        && (value == JsonToken.START_ARRAY || value == JsonToken.START_OBJECT)) {
      problems.add(valueAt, pointer, "expected a string, found " + JsonTree.kind(value));
      state = State.END;
    } else if (name.equals("format")) {
      format(JsonTree.value(parser, problems, pointer, JsonTree.Budget.article(limits, parser), 0));
    } else if (name.equals("articles") && value == JsonToken.START_ARRAY) {
      state = State.ARTICLES;
    } else if (name.equals("articles")) {
      problems.add(valueAt, pointer, "expected an array, found " + JsonTree.kind(value));
      parser.skipChildren();
    } else {
      problems.add(valueAt, pointer, "unknown field \"" + name + "\"; expected one of " + FIELDS);
      parser.skipChildren();
    }
  }

  private void format(Node node) {
    boolean known = ObjectReader.string(node, Pointer.of("/format"), problems)
        .map(format -> CorpusJson.checkFormat(format, node.at(), "/format", problems))
        .orElse(false);
    if (!known) {
      state = State.END;
    }
  }

  /** Reads one article, or leaves the array; returns whether it read an article. */
  private boolean article(Consumer<? super Article> action) throws IOException {
    if (parser.nextToken() == JsonToken.END_ARRAY) {
      state = State.FIELDS;
      return false;
    }
    String pointer = "/articles/" + index++;
    Location at = Location.of(parser.currentTokenLocation());
    ids.admit(at, pointer);
    if (parser.currentToken() != JsonToken.START_OBJECT) {
      problems.add(at, pointer,
          "expected an object, found " + JsonTree.kind(parser.currentToken()));
      parser.skipChildren();
      return true;
    }
    Node node =
        JsonTree.value(parser, problems, pointer, JsonTree.Budget.article(limits, parser), 0);
    ArticleReader.read(node, pointer, problems)
        .filter(article -> ids.claim(article, node, pointer, problems))
        .ifPresent(action);
    return true;
  }

  private void end() throws IOException {
    for (String field : new String[] {"format", "articles"}) {
      if (!fieldsSeen.contains(field)) {
        problems.add(rootAt, "", "missing required field \"" + field + "\"");
      }
    }
    if (parser.nextToken() != null) {
      problems.add(Location.of(parser.currentTokenLocation()), "",
          "unexpected content after the end of the JSON value");
    }
    state = State.END;
  }

  /** Closes the parser; the byte stream stays open. */
  @Override
  public void close() throws IOException {
    parser.close();
  }
}
