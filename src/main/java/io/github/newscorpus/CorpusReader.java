package io.github.newscorpus;

import io.github.newscorpus.json.CorpusInputs;
import io.github.newscorpus.model.Article;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Reads corpora in the {@code newscorpus/1} format from files, directories, streams and strings,
 * within {@link ReadLimits}, checking everything: syntax, fields and types, the format version,
 * offsets, covered texts, references, unique ids and the model's rules. Every problem is a
 * {@link FormatProblem} with its place. Get one from {@link Corpus#reader()}:
 *
 * <pre>{@code
 * CorpusReader reader = Corpus.reader().withLimits(ReadLimits.defaults().withMaxAnnotations(500_000));
 * try (Stream<Article> articles = reader.skippingBadArticles(log::add).stream(Path.of("news.jsonl"))) {
 *   ...
 * }
 * Article one = reader.readArticle(line, "shard-00017.jsonl", 4_211);
 * }</pre>
 *
 * <p>By default a problem fails the read ({@link CorpusFormatException}); a reader made by
 * {@link #skippingBadArticles} hands each bad article's problems to a handler instead and goes on
 * with the next article. Inputs are read once, an article at a time: a read holds the articles it
 * returns, a stream one article.
 *
 * <p>Immutable and thread-safe; each read is independent.
 */
public final class CorpusReader {

  private static final CorpusReader DEFAULT = new CorpusReader(ReadLimits.defaults(), null);

  private final ReadLimits limits;
  /** Takes the problems of each bad article; null when a problem fails the read. */
  private final Consumer<? super List<FormatProblem>> skipped;

  private CorpusReader(ReadLimits limits, Consumer<? super List<FormatProblem>> skipped) {
    this.limits = Objects.requireNonNull(limits, "limits");
    this.skipped = skipped;
  }

  /** Returns the reader with the default limits that fails at the first problem. */
  static CorpusReader defaults() {
    return DEFAULT;
  }

  /** Returns the limits this reader reads within. */
  public ReadLimits limits() {
    return limits;
  }

  /** Returns a copy that reads within {@code limits}. */
  public CorpusReader withLimits(ReadLimits limits) {
    return new CorpusReader(limits, skipped);
  }

  /**
   * Returns a copy that reads past bad articles: it hands the problems of each one, in input
   * order and never empty, to {@code handler}, then goes on. Problems around the articles (an
   * unknown field of the corpus object, a syntax error, a broken limit) go to it too; after a
   * syntax error in corpus JSON or a broken limit the rest of that input is not read. The
   * handler runs on the reading thread, in input order.
   */
  public CorpusReader skippingBadArticles(Consumer<? super List<FormatProblem>> handler) {
    return new CorpusReader(limits, Objects.requireNonNull(handler, "handler"));
  }

  /**
   * Reads a corpus JSON file, a JSON Lines file (named {@code *.jsonl}), or every such file below
   * a directory, in order of their paths (symbolic links inside it are not followed; an empty
   * directory gives an empty corpus).
   *
   * @throws CorpusFormatException listing every problem found, when there is any and this reader
   *     does not skip bad articles; nothing is returned half-loaded
   * @throws IOException when a file cannot be read
   */
  public Corpus read(Path path) throws IOException {
    try (CorpusInputs inputs = CorpusInputs.of(path, limits)) {
      return read(inputs, path.toString());
    }
  }

  /**
   * Reads a corpus from {@code in}, named {@code name} in problems: JSON Lines when the name ends
   * with {@code .jsonl}, corpus JSON otherwise; closes {@code in}.
   *
   * @throws CorpusFormatException as {@link #read(Path)} does
   * @throws IOException when the stream cannot be read
   */
  public Corpus read(InputStream in, String name) throws IOException {
    try (CorpusInputs inputs = CorpusInputs.of(in, name, limits)) {
      return read(inputs, name);
    }
  }

  private Corpus read(CorpusInputs inputs, String source) throws IOException {
    List<Article> articles = new ArrayList<>();
    List<FormatProblem> problems = new ArrayList<>();
    while (inputs.next(article -> {
      if (problems.isEmpty()) {
        articles.add(article);
      }
    }, batch -> {
      if (skipped != null) {
        skipped.accept(batch);
      } else {
        articles.clear(); // a corpus that fails is not held
        problems.addAll(batch);
      }
    })) {
      // each turn reads one article or one batch of problems
    }
    if (!problems.isEmpty()) {
      throw new CorpusFormatException(source, problems);
    }
    return Corpus.ofUnique(articles);
  }

  /**
   * Streams the articles of the same inputs as {@link #read(Path)}, in the same order, lazily:
   * one article in memory at a time, so that a corpus far larger than the heap can be processed.
   * The stream reads a file as it is consumed and must be closed to close it. Every article it
   * delivers is valid; the first bad article (or other problem) ends it with an
   * {@link UncheckedIOException} whose cause is a {@link CorpusFormatException} naming the file
   * and every problem of that article, unless this reader skips bad articles. A check that needs
   * the end of a corpus JSON file (a missing {@code format} field, a {@code format} written
   * after the articles that this version does not read, content after the corpus) fails only
   * there, after that file's articles.
   *
   * @throws IOException when the directory cannot be listed or the first file cannot be opened;
   *     later read failures come as {@link UncheckedIOException}
   */
  public Stream<Article> stream(Path path) throws IOException {
    return stream(CorpusInputs.of(path, limits));
  }

  /**
   * Streams the articles of {@code in}, named {@code name}, as {@link #stream(Path)} does;
   * closing the stream closes {@code in}.
   */
  public Stream<Article> stream(InputStream in, String name) throws IOException {
    return stream(CorpusInputs.of(in, name, limits));
  }

  private Stream<Article> stream(CorpusInputs inputs) {
    Spliterator<Article> articles = new Spliterators.AbstractSpliterator<>(Long.MAX_VALUE,
        Spliterator.ORDERED | Spliterator.NONNULL) {
      private boolean done;
      private boolean delivered;
      private List<FormatProblem> failure;

      @Override
      public boolean tryAdvance(Consumer<? super Article> action) {
        try {
          while (!done) {
            delivered = false;
            boolean more = inputs.next(article -> {
              delivered = true;
              action.accept(article);
            }, this::bad);
            if (failure != null || !more) {
              done = true;
              inputs.close();
            }
            if (failure != null) {
              throw new UncheckedIOException(
                  new CorpusFormatException(failure.get(0).source(), failure));
            }
            if (delivered) {
              return true;
            }
          }
          return false;
        } catch (IOException e) {
          done = true;
          throw new UncheckedIOException(e);
        }
      }

      private void bad(List<FormatProblem> batch) {
        if (skipped != null) {
          skipped.accept(batch);
        } else {
          failure = batch;
        }
      }

      /** Refuses to split: the stream holds one article at a time, parallel or not. */
      @Override
      public Spliterator<Article> trySplit() {
        return null;
      }
    };
    return StreamSupport.stream(articles, false).onClose(() -> {
      try {
        inputs.close();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }

  /**
   * Reads one article object, such as a line of a JSON Lines file, from {@code json}; problems are
   * placed in it as in an input named {@code <string>} whose first line is 1.
   *
   * @throws CorpusFormatException listing every problem of the article
   */
  public Article readArticle(String json) throws CorpusFormatException {
    return readArticle(json, "<string>", 1);
  }

  /**
   * Reads one article object from {@code json}, placing problems as in an input named
   * {@code source} in which {@code json} starts on line {@code line}: a line of a JSON Lines
   * shard, say, read by other code.
   *
   * @throws CorpusFormatException listing every problem of the article
   * @throws IllegalArgumentException when {@code line} is less than 1
   */
  public Article readArticle(String json, String source, int line) throws CorpusFormatException {
    if (line < 1) {
      throw new IllegalArgumentException("line (" + line + ") must be at least 1");
    }
    List<Article> article = new ArrayList<>(1);
    List<FormatProblem> problems = new ArrayList<>();
    try (CorpusInputs inputs = CorpusInputs.ofArticle(json, source, line, limits)) {
      while (inputs.next(article::add, problems::addAll)) {
        // one article, or its problems
      }
    } catch (IOException e) {
      throw new UncheckedIOException("a string cannot fail to read", e);
    }
    if (!problems.isEmpty()) {
      throw new CorpusFormatException(source, problems);
    }
    return article.get(0);
  }
}
