package io.github.newscorpus.json;

import io.github.newscorpus.model.Article;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;

/**
 * Splits the articles of a list of corpus files, in order, reading one file at a time and one
 * article at a time; the first problem ends it with an {@link UncheckedIOException}. Not
 * thread-safe, as spliterators need not be.
 */
final class FileArticles extends Spliterators.AbstractSpliterator<Article> implements Closeable {

  private final Path given;
  private final Iterator<Path> files;
  private final CorpusFiles.Failure failure;
  private final Limits limits;
  private final ArticleIds ids;
  private InputStream in;
  private ArticleCursor cursor;
  private Article next;
  private boolean failed;
  private boolean closed;

  /**
   * Reads {@code files}, those of the path {@code given} (see {@link CorpusFiles#open}); opens the
   * first at once, so that a missing file is reported by the caller.
   */
  FileArticles(Path given, List<Path> files, CorpusFiles.Failure failure, Limits limits)
      throws IOException {
    super(Long.MAX_VALUE, Spliterator.ORDERED | Spliterator.NONNULL);
    this.given = given;
    this.files = List.copyOf(files).iterator();
    this.failure = failure;
    this.limits = limits;
    this.ids = new ArticleIds(limits.maxArticles());
    if (this.files.hasNext()) {
      open(this.files.next());
    }
  }

  private void open(Path file) throws IOException {
    in = CorpusFiles.open(file, given);
    try {
      cursor = CorpusFiles.cursor(file, in, ids, limits);
    } catch (IOException | RuntimeException e) {
      closeCurrent();
      throw e;
    }
  }

  @Override
  public boolean tryAdvance(Consumer<? super Article> action) {
    if (failed || closed) {
      return false;
    }
    try {
      while (true) {
        if (cursor == null) {
          if (!files.hasNext()) {
            return false;
          }
          open(files.next());
        }
        boolean more = cursor.advance(article -> next = article);
        Problems problems = cursor.problems();
        if (!problems.isEmpty()) {
          failed = true;
          closeCurrent();
          throw new UncheckedIOException(failure.of(problems.source(), problems.list()));
        }
        if (next != null) {
          Article article = next;
          next = null;
          action.accept(article);
          return true;
        }
        if (!more) {
          closeCurrent();
        }
      }
    } catch (IOException e) {
      failed = true;
      closeQuietly(e);
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Refuses to split: the default would buffer ever larger batches of articles for other threads,
   * and the stream promises to hold one at a time, parallel or not.
   */
  @Override
  public Spliterator<Article> trySplit() {
    return null;
  }

  /** Closes the file being read, if any, and ends the articles: no later file is opened. */
  @Override
  public void close() throws IOException {
    closed = true;
    closeCurrent();
  }

  /** Closes like {@link #close()}, for {@code Stream.onClose}. */
  void closeUnchecked() {
    try {
      close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void closeCurrent() throws IOException {
    ArticleCursor current = cursor;
    InputStream file = in;
    cursor = null;
    in = null;
    CorpusFiles.close(current, file);
  }

  private void closeQuietly(IOException failure) {
    try {
      closeCurrent();
    } catch (IOException e) {
      failure.addSuppressed(e);
    }
  }
}
