package io.github.newscorpus.json;

import io.github.newscorpus.internal.AtomicFiles;
import io.github.newscorpus.model.Article;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Reads and writes corpora on disk: a corpus JSON file, a JSON Lines file (recognised by its
 * {@code .jsonl} name), or a directory holding such files. Reading goes an article at a time, so a
 * read holds the articles it returns and at most one article's JSON tree, never a whole file's
 * tree; a stream holds one article. Files are read on the direct path first, and read again on
 * the checking path when it is unsure (see the package documentation).
 *
 * <p>Not API: public only for {@link io.github.newscorpus.Corpus}, which is how to read and write.
 */
public final class CorpusFiles {

  /** Builds the exception that a stream throws, inside an {@code UncheckedIOException}. */
  @FunctionalInterface
  public interface Failure {
    /** Returns the exception for the problems found in {@code source}; never empty. */
    IOException of(String source, List<String> problems);
  }

  private CorpusFiles() {}

  /** Reads as {@link #read(Path, Limits)} does, within the default limits. */
  public static CorpusJson.Result read(Path path) throws IOException {
    return read(path, Limits.DEFAULTS);
  }

  /**
   * Reads every article of the file, or of every corpus file under the directory (see
   * {@link #files(Path)}), checking everything, article ids unique across files included, within
   * {@code limits} (once more than {@code maxArticles} are found, no further file is read); an
   * empty directory gives no articles and no problems.
   *
   * @throws IOException only when a file cannot be read, never for bad content
   */
  public static CorpusJson.Result read(Path path, Limits limits) throws IOException {
    List<Path> files = files(path);
    Optional<List<Article>> direct = DirectReads.read(path, files, limits);
    if (direct.isPresent()) {
      return CorpusJson.Result.of(direct.get(), List.of());
    }
    List<Article> articles = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    ArticleIds ids = new ArticleIds(limits.maxArticles());
    for (Path file : files) {
      if (ids.exhausted()) {
        break;
      }
      try (InputStream in = open(file, path);
          ArticleCursor cursor = cursor(file, in, ids, limits)) {
        ArticleCursor.drain(cursor, articles, problems);
      }
    }
    return CorpusJson.Result.of(articles, problems);
  }

  /**
   * Opens {@code file}, one of the {@link #files} of {@code given}, to read: {@code given} itself
   * following a symbolic link (the caller named it), a file found in a directory without, so that
   * a link put in its place after the listing is not read either.
   */
  static InputStream open(Path file, Path given) throws IOException {
    return file.equals(given) ? Files.newInputStream(file)
        : Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS);
  }

  /**
   * Closes {@code cursor}, then {@code file} even when that fails; either may be null. For the
   * spliterators, which each hold a cursor over the file they opened.
   */
  static void close(Closeable cursor, InputStream file) throws IOException {
    try {
      if (cursor != null) {
        cursor.close();
      }
    } finally {
      if (file != null) {
        file.close();
      }
    }
  }

  /** Streams as {@link #stream(Path, Failure, Limits)} does, within the default limits. */
  public static Stream<Article> stream(Path path, Failure failure) throws IOException {
    return stream(path, failure, Limits.DEFAULTS);
  }

  /**
   * Returns a lazy, sequential stream of the articles of the file, or of every corpus file under
   * the directory in turn, checked as {@link #read(Path, Limits)} checks them; empty for an empty
   * directory. The first file is opened at once; the stream must be closed to close the file it
   * is reading. The first problem found ends it with an {@code UncheckedIOException} whose cause
   * {@code failure} builds from that file's problems.
   *
   * @throws IOException when the directory cannot be listed or the first file cannot be opened
   */
  public static Stream<Article> stream(Path path, Failure failure, Limits limits)
      throws IOException {
    DirectArticles articles = new DirectArticles(path, files(path), failure, limits);
    return StreamSupport.stream(articles, false).onClose(articles::closeUnchecked);
  }

  /**
   * Writes the articles, in order, as JSON Lines when the file is named {@code *.jsonl} and as
   * corpus JSON otherwise, through a temporary file moved into place.
   */
  public static void write(List<Article> articles, Path file) throws IOException {
    if (JsonLines.named(file)) {
      AtomicFiles.write(file, out -> JsonLines.write(articles.iterator(), out));
    } else {
      AtomicFiles.write(file, out -> CorpusJson.write(articles, out));
    }
  }

  /**
   * Writes the stream's articles, in encounter order, as a JSON Lines file, one article at a time,
   * through a temporary file moved into place; consumes the stream without closing it.
   *
   * @throws IllegalArgumentException when the file is not named {@code *.jsonl}, or when two
   *     articles share an id (then any previous file is left as it was)
   */
  public static void writeLines(Stream<Article> articles, Path file) throws IOException {
    if (!JsonLines.named(file)) {
      throw new IllegalArgumentException("file " + file + " must be named *.jsonl: reading "
          + "recognises JSON Lines by that extension");
    }
    AtomicFiles.write(file, out -> JsonLines.write(articles.iterator(), out));
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
          .filter(file -> JsonLines.named(file) || file.getFileName().toString()
              .toLowerCase(Locale.ROOT).endsWith(".json"))
          .map(file -> path.resolve(real.relativize(file)))
          .sorted()
          .toList();
    } catch (UncheckedIOException e) {
      throw e.getCause(); // a subdirectory that cannot be listed: an IOException, as documented
    }
  }

  /**
   * Returns a cursor over {@code in}, the content of {@code file}, by the file's name, within
   * {@code limits}.
   */
  static ArticleCursor cursor(Path file, InputStream in, ArticleIds ids, Limits limits)
      throws IOException {
    Problems problems = new Problems(file.toString());
    return Layout.of(file) == Layout.JSON_LINES
        ? new JsonLinesCursor(in, problems, ids, limits)
        : new CorpusJsonCursor(in, problems, ids, limits);
  }
}
