package io.github.newscorpus.json;

import io.github.newscorpus.internal.Utf8Reader;
import io.github.newscorpus.json.JsonTree.Location;
import io.github.newscorpus.json.JsonTree.Node;
import io.github.newscorpus.json.JsonTree.ObjectNode;
import io.github.newscorpus.model.Article;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Reads a JSON Lines corpus file (see {@link JsonLines}) a line at a time: the header on line 1,
 * then one article per line. Each line is parsed on its own, so a syntax error on one line does
 * not hide the problems of the next. Problems give the file's line number and a JSON pointer into
 * that line's value ({@code /mentions/3/text}). Blank lines are skipped.
 */
final class JsonLinesCursor implements ArticleCursor {

  private final BufferedReader lines;
  private final Problems problems;
  private final ArticleIds ids;
  private int lineNumber;
  private boolean ended;

  /**
   * Reads from {@code in}, UTF-8, reporting to {@code problems} and claiming article ids in
   * {@code ids}.
   */
  JsonLinesCursor(InputStream in, Problems problems, ArticleIds ids) {
    this.lines = new BufferedReader(new Utf8Reader(in));
    this.problems = problems;
    this.ids = ids;
  }

  @Override
  public Problems problems() {
    return problems;
  }

  @Override
  public boolean advance(Consumer<? super Article> action) throws IOException {
    try {
      if (ended || lineNumber == 0 && !header()) {
        ended = true;
        return false;
      }
      String line;
      do {
        line = lines.readLine();
        lineNumber++;
      } while (line != null && line.isBlank());
      if (line == null) {
        ended = true;
        return false;
      }
      JsonTree.parse(line, lineNumber, problems).ifPresent(node ->
          ArticleReader.read(node, "", problems)
              .filter(article -> ids.claim(article, node, "", problems))
              .ifPresent(action));
      return true;
    } catch (Utf8Reader.Malformed e) {
      problems.add(new Location(e.line(), e.column()), "", e.getMessage());
      ended = true;
      return false;
    }
  }

  /** Reads line 1; returns whether it is a header with this version's format. */
  private boolean header() throws IOException {
    String first = lines.readLine();
    lineNumber = 1;
    if (first == null || first.isBlank()) {
      problems.add(new Location(1, 1), "", "expected the header " + JsonLines.HEADER
          + " on line 1, found " + (first == null ? "an empty file" : "a blank line"));
      return false;
    }
    Optional<Node> node = JsonTree.parse(first, 1, problems);
    if (node.isPresent() && node.get() instanceof ObjectNode o && !o.fields().containsKey("format")) {
      problems.add(o.at(), "", "expected the header " + JsonLines.HEADER
          + " on line 1, found an object without \"format\"");
      return false;
    }
    return node.flatMap(n -> ObjectReader.of(n, "", problems, "format"))
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
