package io.github.newscorpus.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import io.github.newscorpus.internal.Utf8Reader;
import io.github.newscorpus.json.JsonTree.Location;
import io.github.newscorpus.json.JsonTree.Node;
import io.github.newscorpus.json.JsonTree.ObjectNode;
import io.github.newscorpus.model.Article;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Reads a JSON Lines corpus file (see {@link JsonLines}) a line at a time: the header on line 1,
 * then one article per line. Each line is parsed on its own, straight from the input (a line is
 * never held as a string), so a syntax error on one line does not hide the problems of the next.
 * Problems give the file's line number and a JSON pointer into that line's value
 * ({@code /mentions/3/text}). Blank lines are skipped.
 *
 * <p>A limit broken (see {@link Limits}; a line longer than {@code maxArticleLength} included) is
 * a problem at its place, and the reading stops there.
 */
final class JsonLinesCursor implements ArticleCursor {

  /** Parsers for lines: the file's length is counted by the line reader, across lines. */
  private static final JsonFactory DEFAULT_FACTORY =
      JsonTree.factory(Limits.DEFAULTS, Long.MAX_VALUE);

  private final LineReader lines;
  private final JsonFactory factory;
  private final Problems problems;
  private final ArticleIds ids;
  private final Limits limits;
  private boolean started;
  private boolean ended;

  /**
   * Reads from {@code in}, UTF-8, reporting to {@code problems} and claiming article ids in
   * {@code ids}, within {@code limits}.
   */
  JsonLinesCursor(InputStream in, Problems problems, ArticleIds ids, Limits limits) {
    this.lines = new LineReader(new Utf8Reader(in), limits.maxArticleLength(),
        limits.maxDocumentLength());
    this.factory = limits.equals(Limits.DEFAULTS) ? DEFAULT_FACTORY
        : JsonTree.factory(limits, Long.MAX_VALUE);
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
      if (ended || !started && !header()) {
        ended = true;
        return false;
      }
      while (lines.next()) {
        int lineNumber = lines.lineNumber();
        try (JsonParser parser = factory.createParser(lines.line())) {
          try {
            if (parser.nextToken() == null) {
              continue; // a blank line
            }
            article(parser, lineNumber, action);
          } catch (StreamConstraintsException e) {
            throw JsonTree.limitExceeded(e, parser, limits, lineNumber - 1);
          } catch (JsonProcessingException e) {
            JsonTree.syntaxProblem(e, parser, problems, limits, lineNumber - 1);
          }
          return true;
        }
      }
      ended = true;
      return false;
    } catch (Utf8Reader.Malformed e) {
      problems.add(new Location(e.line(), e.column()), "", e.getMessage());
      ended = true;
      return false;
    } catch (JsonTree.LimitExceeded e) {
      e.addTo(problems);
      ended = true;
      return false;
    }
  }

  /**
   * Reads the article on line {@code lineNumber}, whose first token is the parser's current one,
   * and gives it to {@code action} when it is valid.
   *
   * @throws JsonProcessingException when the line is not one JSON value
   * @throws JsonTree.LimitExceeded when it breaks a limit
   */
  private void article(JsonParser parser, int lineNumber, Consumer<? super Article> action)
      throws IOException {
    ids.admit(new Location(lineNumber, parser.currentTokenLocation().getColumnNr()), "");
    Node node =
        JsonTree.value(parser, problems, "", JsonTree.Budget.line(limits), lineNumber - 1);
    if (parser.nextToken() != null) {
      problems.add(new Location(lineNumber, parser.currentTokenLocation().getColumnNr()), "",
          "unexpected content after the end of the JSON value");
      return;
    }
    ArticleReader.read(node, "", problems)
        .filter(article -> ids.claim(article, node, "", problems))
        .ifPresent(action);
  }

  /** Reads line 1; returns whether it is a header with this version's format. */
  private boolean header() throws IOException {
    started = true;
    if (!lines.next()) {
      problems.add(new Location(1, 1), "", "expected the header " + JsonLines.HEADER
          + " on line 1, found an empty file");
      return false;
    }
    Optional<Node> node;
    try (JsonParser parser = factory.createParser(lines.line())) {
      try {
        if (parser.nextToken() == null) {
          problems.add(new Location(1, 1), "", "expected the header " + JsonLines.HEADER
              + " on line 1, found a blank line");
          return false;
        }
        node = Optional.of(JsonTree.value(parser, problems, "", JsonTree.Budget.line(limits), 0));
        if (parser.nextToken() != null) {
          problems.add(new Location(1, parser.currentTokenLocation().getColumnNr()), "",
              "unexpected content after the end of the JSON value");
          return false;
        }
      } catch (JsonProcessingException e) {
        JsonTree.syntaxProblem(e, parser, problems, limits, 0);
        return false;
      }
    }
    if (node.get() instanceof ObjectNode o && !o.fields().containsKey("format")) {
      problems.add(o.at(), "", "expected the header " + JsonLines.HEADER
          + " on line 1, found an object without \"format\"");
      return false;
    }
    return node.flatMap(n -> ObjectReader.of(n, Pointer.of(""), problems, Set.of("format")))
        .flatMap(header -> header.requiredString("format"))
        .map(format -> CorpusJson.checkFormat(format, formatAt(node.get()), "/format", problems))
        .orElse(false);
  }

  private static Location formatAt(Node header) {
    return ((ObjectNode) header).fields().get("format").at();
  }

  /**
   * Does nothing: the line reader holds no resource of its own, and closing it would close the
   * byte stream, which belongs to whoever opened it.
   */
  @Override
  public void close() {
    // nothing to release
  }
}
