package io.github.newscorpus.json;

import io.github.newscorpus.internal.AtomicFiles;
import io.github.newscorpus.model.Article;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Finds the corpus files of a path and writes corpora to disk: a corpus JSON file, or a JSON
 * Lines file (recognised by its {@code .jsonl} name).
 *
 * <p>Not API: public only for {@link io.github.newscorpus.Corpus}, which is how to read and write.
 */
public final class CorpusFiles {

  private CorpusFiles() {}

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
}
