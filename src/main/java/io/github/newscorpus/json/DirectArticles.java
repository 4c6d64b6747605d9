package io.github.newscorpus.json;

import io.github.newscorpus.model.Article;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;

/**
 * Splits the articles of a list of corpus files as {@link FileArticles} does, reading them on the
 * direct path (see {@link DirectCursor}) until it is unsure; then it hands over to
 * {@link FileArticles}, which reads the files again from the start on the checking path, passes
 * over the articles already delivered (each of them valid there too) and goes on from there, so
 * that the stream gives the same articles and fails at the same place as one on the checking path
 * alone. Not thread-safe, as spliterators need not be.
 */
final class DirectArticles extends Spliterators.AbstractSpliterator<Article> implements Closeable {

  private final Path given;
  private final List<Path> files;
  private final Iterator<Path> remaining;
  private final CorpusFiles.Failure failure;
  private final Limits limits;
  /** The ids of the articles read on the direct path, in order. */
  private final Set<String> ids = new LinkedHashSet<>();
  private InputStream in;
  private DirectCursor cursor;
  /** The checking path, once the direct path was unsure. */
  private FileArticles checking;
  private long delivered;
  private Article next;
  private boolean closed;

  /**
   * Reads {@code files}, those of the path {@code given} (see {@link CorpusFiles#open}); opens the
   * first at once, so that a missing file is reported by the caller.
   */
  DirectArticles(Path given, List<Path> files, CorpusFiles.Failure failure, Limits limits)
      throws IOException {
    super(Long.MAX_VALUE, Spliterator.ORDERED | Spliterator.NONNULL);
    this.given = given;
    this.files = List.copyOf(files);
    this.remaining = this.files.iterator();
    this.failure = failure;
    this.limits = limits;
    if (remaining.hasNext()) {
      try {
        open(remaining.next());
      } catch (Unsure e) {
        checking = new FileArticles(given, this.files, failure, limits);
      }
    }
  }

  private void open(Path file) throws IOException, Unsure {
    in = CorpusFiles.open(file, given);
    try {
      cursor = DirectCursor.open(in, Files.size(file), Layout.of(file), limits, ids);
    } catch (IOException | Unsure | RuntimeException e) {
      closeCurrent();
      throw e;
    }
  }

  @Override
  public boolean tryAdvance(Consumer<? super Article> action) {
    if (closed) {
      return false;
    }
    if (checking != null) {
      return checking.tryAdvance(action);
    }
    try {
      if (!readDirect()) {
        return false;
      }
    } catch (Unsure e) {
      handOver();
      return checking.tryAdvance(action);
    } catch (IOException e) {
      closeQuietly(e);
      closed = true;
      throw new UncheckedIOException(e);
    }
    Article article = next;
    next = null;
    delivered++;
    action.accept(article);
    return true;
  }

  /** Reads the next article into {@link #next}; returns false when there is none. */
  private boolean readDirect() throws IOException, Unsure {
    while (true) {
      if (cursor == null) {
        if (!remaining.hasNext()) {
          return false;
        }
        open(remaining.next());
      }
      if (cursor.advance(article -> next = article)) {
        return true;
      }
      closeCurrent();
    }
  }

  /** Closes the direct path and opens the checking path past the articles delivered. */
  private void handOver() {
    try {
      closeCurrent();
      checking = new FileArticles(given, files, failure, limits);
    } catch (IOException e) {
      closed = true;
      throw new UncheckedIOException(e);
    }
    Iterator<String> read = ids.iterator();
    for (long i = 0; i < delivered; i++) {
      String id = read.next();
      if (!checking.tryAdvance(article -> same(id, article))) {
        throw new IllegalStateException("the checking path ended after " + i + " articles, where"
            + " the direct path read " + delivered + "; " + given + " changed while read?");
      }
    }
  }

  private void same(String id, Article article) {
    if (!article.id().equals(id)) {
      throw new IllegalStateException("the checking path read article " + article.id()
          + " where the direct path read " + id + "; " + given + " changed while read?");
    }
  }

  /**
   * Refuses to split, as {@link FileArticles} does: the stream promises to hold one article at a
   * time.
   */
  @Override
  public Spliterator<Article> trySplit() {
    return null;
  }

  /** Closes the file being read, if any, and ends the articles: no later file is opened. */
  @Override
  public void close() throws IOException {
    closed = true;
    try {
      closeCurrent();
    } finally {
      if (checking != null) {
        checking.close();
      }
    }
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
    DirectCursor current = cursor;
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
