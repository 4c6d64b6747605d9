package io.github.newscorpus.json;

import io.github.newscorpus.FormatProblem;
import io.github.newscorpus.ReadLimits;
import io.github.newscorpus.model.Article;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Reads the articles of one or more inputs (the files of a path, a stream, or one article's JSON
 * in a string) in order, one at a time: each {@link #next} hands over the next valid article or
 * the next batch of problems (those of one article, or of an input around its articles). Article
 * ids must be unique across the inputs, and the limit on articles counts them all. Holds one
 * article and one open input at a time; nothing is read twice.
 *
 * <p>Not API: public only for {@link io.github.newscorpus.Corpus} and its reader, which decide
 * what a problem does to a read. Not thread-safe.
 */
public final class CorpusInputs implements Closeable {

  /** Opens one input, claiming article ids in the reader's {@link ArticleIds}. */
  @FunctionalInterface
  private interface Opener {
    ArticleInput open(ArticleIds ids) throws IOException;
  }

  private final ArticleIds ids;
  private final Iterator<Opener> inputs;
  private ArticleInput input;
  private boolean closed;

  private CorpusInputs(ReadLimits limits, Iterator<Opener> inputs) throws IOException {
    this.ids = new ArticleIds(limits.maxArticles());
    this.inputs = inputs;
    openNext();
  }

  /**
   * Reads the file at {@code path}, or every corpus file below the directory there (see
   * {@link #files}); opens the first file at once, so that a missing one fails here.
   * A file found in a directory is opened without following a symbolic link put in its place.
   *
   * @throws IOException when the directory cannot be listed or the first file cannot be opened
   */
  public static CorpusInputs of(Path path, ReadLimits limits) throws IOException {
    return new CorpusInputs(limits, files(path).stream().<Opener>map(file -> ids -> open(
        file.equals(path) ? Files.newInputStream(file)
            : Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS),
        file.toString(), Layout.of(file), limits, ids)).iterator());
  }

  /**
   * Reads {@code in}, named {@code name} in problems: JSON Lines when the name ends with
   * {@code .jsonl}, corpus JSON otherwise. Closing this closes {@code in}.
   */
  public static CorpusInputs of(InputStream in, String name, ReadLimits limits)
      throws IOException {
    return new CorpusInputs(limits, List.<Opener>of(ids -> open(in, name, Layout.of(name),
        limits, ids)).iterator());
  }

  /** Starts reading {@code in}; closes it when that fails, so that no stream is left open. */
  private static ArticleInput open(InputStream in, String name, Layout layout, ReadLimits limits,
      ArticleIds ids) throws IOException {
    try {
      return new ArticleInput(Source.of(in, limits.maxDocumentLength()), name, layout, limits,
          ids, 1);
    } catch (IOException | RuntimeException | Error e) {
      try {
        in.close();
      } catch (IOException closing) {
        e.addSuppressed(closing);
      }
      throw e;
    }
  }

  /** Reads one article object from {@code json}, named {@code name}, its first line {@code line}. */
  public static CorpusInputs ofArticle(String json, String name, int line, ReadLimits limits)
      throws IOException {
    byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
    return new CorpusInputs(limits, List.<Opener>of(ids -> new ArticleInput(
        Source.of(bytes, 0, bytes.length, limits.maxDocumentLength()), name, Layout.ARTICLE,
        limits, ids, line)).iterator());
  }

  /**
   * Reads on to the next article, given to {@code onArticle}, or the next batch of problems,
   * given to {@code onProblems}; returns false, calling neither, once every input is read.
   *
   * @throws IOException when an input cannot be read
   */
  public boolean next(Consumer<? super Article> onArticle,
      Consumer<? super List<FormatProblem>> onProblems) throws IOException {
    while (input != null) {
      switch (input.next()) {
        case ARTICLE -> {
          onArticle.accept(input.article());
          return true;
        }
        case PROBLEMS -> {
          onProblems.accept(input.problems());
          return true;
        }
        default -> openNext();
      }
    }
    return false;
  }

  /** Closes the input being read, and opens the next, if any is left and articles may be. */
  private void openNext() throws IOException {
    ArticleInput current = input;
    input = null;
    if (current != null) {
      current.close();
    }
    if (!closed && inputs.hasNext() && !ids.exhausted()) {
      input = inputs.next().open(ids);
    }
  }

  /** Closes the input being read; no later input is opened. */
  @Override
  public void close() throws IOException {
    closed = true;
    openNext();
  }

  /**
   * Returns {@code path} itself when it is not a directory; for a directory, every regular file
   * below it whose name ends with {@code .json} or {@code .jsonl} (in any case), at any depth,
   * sorted by path; symbolic links below the directory are not followed (a linked file or
   * directory is skipped). Paths start with {@code path} as given.
   */
  static List<Path> files(Path path) throws IOException {
    if (!Files.isDirectory(path)) {
      return List.of(path);
    }
    Path real = path.toRealPath();
    try (Stream<Path> walk = Files.walk(real)) {
      return walk
          .filter(file -> Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS))
          .filter(file -> Layout.of(file) == Layout.JSON_LINES || file.getFileName().toString()
              .toLowerCase(Locale.ROOT).endsWith(".json"))
          .map(file -> path.resolve(real.relativize(file)))
          .sorted()
          .toList();
    } catch (UncheckedIOException e) {
      throw e.getCause(); // a subdirectory that cannot be listed: an IOException, as documented
    }
  }
}
