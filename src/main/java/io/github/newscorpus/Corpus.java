package io.github.newscorpus;

import io.github.newscorpus.internal.Requirements;
import io.github.newscorpus.json.CorpusWriter;
import io.github.newscorpus.model.Article;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Holds a collection of annotated articles: the bundled gold corpus, or one read from a file.
 *
 * <p>Immutable and safe to share between threads. Equality is by value (the articles, in order).
 *
 * <pre>{@code
 * Article story = Corpus.bundled().articles().get(0);
 * Entity cardin = story.expectEntity("Cardin");
 * story.quotesBy(cardin);            // his two direct quotes
 * }</pre>
 */
public final class Corpus {

  /** The classpath resource that holds the bundled corpus. */
  static final String BUNDLED_RESOURCE = "/io/github/newscorpus/corpus/newscorpus.json";

  private final List<Article> articles;

  private Corpus(List<Article> articles) {
    this.articles = articles;
  }

  /** Returns a corpus of articles whose ids are known to be unique, without copying them again. */
  static Corpus ofUnique(List<Article> articles) {
    return new Corpus(List.copyOf(articles));
  }

  /**
   * Returns a corpus of the given articles, in the given order.
   *
   * @throws IllegalArgumentException when two articles share an id
   */
  public static Corpus of(List<Article> articles) {
    Requirements.check();
    List<Article> copy = List.copyOf(articles);
    Set<String> ids = new HashSet<>();
    for (Article a : copy) {
      if (!ids.add(a.id())) {
        throw new IllegalArgumentException("article id \"" + a.id()
            + "\" appears twice; ids must be unique in a corpus");
      }
    }
    return new Corpus(copy);
  }

  /**
   * Returns the corpus bundled in this library: the annotated Los Angeles Times story on Rex
   * Tillerson and John F. Kelly's visit to Mexico City. Loaded and checked once, on first use;
   * every call returns the same instance.
   *
   * @throws IllegalStateException if the bundled resource is missing or invalid (a broken build)
   */
  public static Corpus bundled() {
    Requirements.check();
    if (Bundled.FAILURE != null) {
      throw new IllegalStateException(Bundled.FAILURE.getMessage(), Bundled.FAILURE);
    }
    return Bundled.CORPUS;
  }

  /**
   * Holds the bundled corpus, or why it failed to load. The JVM initialises the class once, on
   * first use, and publishes it safely to every thread.
   */
  private static final class Bundled {
    static final Corpus CORPUS;
    static final IllegalStateException FAILURE;

    static {
      Corpus corpus = null;
      IllegalStateException failure = null;
      try {
        corpus = load();
      } catch (RuntimeException e) {
        failure = e instanceof IllegalStateException ise ? ise
            : new IllegalStateException("bundled corpus " + BUNDLED_RESOURCE + " failed to load", e);
      }
      CORPUS = corpus;
      FAILURE = failure;
    }

    private static Corpus load() {
      try (InputStream in = Corpus.class.getResourceAsStream(BUNDLED_RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException("bundled corpus " + BUNDLED_RESOURCE
              + " is missing from the class path");
        }
        return reader().read(in, BUNDLED_RESOURCE);
      } catch (CorpusFormatException e) {
        throw new IllegalStateException("bundled corpus " + BUNDLED_RESOURCE + " is invalid: "
            + e.getMessage(), e);
      } catch (IOException e) {
        throw new IllegalStateException("bundled corpus " + BUNDLED_RESOURCE + " cannot be read", e);
      }
    }
  }

  /**
   * Returns the reader that {@link #read(Path)} and {@link #stream(Path)} use: the default
   * limits, failing at the first problem. Its copies read within other limits, past bad
   * articles, from streams and from strings.
   */
  public static CorpusReader reader() {
    Requirements.check();
    return CorpusReader.defaults();
  }

  /**
   * Reads a corpus from a corpus JSON file, a JSON Lines file (one whose name ends with
   * {@code .jsonl}), or a directory, checking all of it. A directory is read as every file below
   * it, at any depth, whose name ends with {@code .json} or {@code .jsonl}, in order of their paths;
   * symbolic links inside it are not followed, and an empty directory gives an empty corpus.
   * Article ids must be unique across all the files.
   *
   * <p>Problems are placed as {@code file:line:column: pointer: message}, the column in
   * characters. In a corpus JSON file the pointer is a JSON pointer from the file's root
   * ({@code /articles/2/mentions/5/text}); in a JSON Lines file, where each line is a JSON
   * document of its own, it points into that line's value ({@code /mentions/5/text}), and the
   * line is the file's line number.
   *
   * <p>Reads within the {@linkplain ReadLimits#defaults() default limits}; see
   * {@link #read(Path, ReadLimits)} and {@link #reader()} for more.
   *
   * @throws CorpusFormatException when the content is invalid; it lists every problem with its
   *     place, and nothing is returned half-loaded
   * @throws IOException when a file cannot be read
   */
  public static Corpus read(Path path) throws IOException {
    return reader().read(path);
  }

  /**
   * Reads a corpus as {@link #read(Path)} does, within {@code limits}: a file, an article or a
   * string too long, nesting too deep, too many articles, annotations or JSON values is a
   * problem that names the limit and its value, placed where it was broken; the reading of that
   * file stops there (and, for too many articles, of the directory).
   *
   * @throws CorpusFormatException when the content is invalid or breaks a limit
   * @throws IOException when a file cannot be read
   */
  public static Corpus read(Path path, ReadLimits limits) throws IOException {
    return reader().withLimits(limits).read(path);
  }

  /**
   * Streams the articles of the same inputs as {@link #read(Path)}, in the same order, lazily:
   * only the article being read (and the ids seen, to check they are unique) is held in memory, so
   * a corpus far larger than the heap can be processed. An empty directory gives an empty stream.
   * The stream reads a file as it is consumed and must be closed to close it:
   *
   * <pre>{@code
   * try (Stream<Article> articles = Corpus.stream(Path.of("big.jsonl"))) {
   *   long quotes = articles.mapToLong(a -> a.quotes().size()).sum();
   * }
   * }</pre>
   *
   * <p>Each article is checked as {@link #read(Path)} checks it, and every article the stream
   * delivers is valid. The first invalid article (or other problem, such as an unknown format or a
   * syntax error) ends the stream with an {@link UncheckedIOException} whose cause is a
   * {@link CorpusFormatException} naming the file and every problem of that article. A check that
   * needs the end of a corpus JSON file (a missing {@code format} field, content after the
   * corpus) fails only there, after that file's articles. To stream past bad articles, use
   * {@code reader().skippingBadArticles(...)}.
   *
   * @throws IOException when the directory cannot be listed or the first file cannot be opened;
   *     later read failures come as {@link UncheckedIOException}
   */
  public static Stream<Article> stream(Path path) throws IOException {
    return reader().stream(path);
  }

  /**
   * Streams the articles as {@link #stream(Path)} does, within {@code limits}: a limit broken
   * ends the stream as any other problem does (see {@link #read(Path, ReadLimits)}); the limit on
   * articles counts the whole stream.
   *
   * @throws IOException when the directory cannot be listed or the first file cannot be opened;
   *     later read failures come as {@link UncheckedIOException}
   */
  public static Stream<Article> stream(Path path, ReadLimits limits) throws IOException {
    return reader().withLimits(limits).stream(path);
  }

  /**
   * Writes the corpus to {@code file}, losslessly: {@code read(file)} gives back an equal corpus.
   * Writes JSON Lines when the file's name ends with {@code .jsonl} (see
   * {@link #writeLines(Path, Stream)}), and corpus JSON, one annotation per line, otherwise.
   * Writes a temporary file beside it and moves it into place, so a failed write leaves any
   * previous file intact.
   */
  public void write(Path file) throws IOException {
    CorpusWriter.write(articles, file);
  }

  /**
   * Writes the stream's articles, in encounter order, to a JSON Lines file: a header line
   * {@code {"format":"newscorpus/1"}}, then one article per line, in the same article format as
   * corpus JSON. Holds one article at a time (and the ids written, to refuse a repeated one), so
   * a corpus larger than the heap can be written from a lazy stream; {@link #read(Path)} and
   * {@link #stream(Path)} read it back. Writes through a temporary file moved into place, like
   * {@link #write(Path)}; an empty stream writes the header alone. Consumes the stream but does
   * not close it.
   *
   * @throws IllegalArgumentException when the file's name does not end with {@code .jsonl}, or
   *     when two articles share an id; then any previous file is left as it was
   */
  public static void writeLines(Path file, Stream<Article> articles) throws IOException {
    Requirements.check();
    CorpusWriter.writeLines(articles, file);
  }

  /** Returns every article, in corpus order. */
  public List<Article> articles() {
    return articles;
  }

  /** Finds the article with the given id. */
  public Optional<Article> findArticle(String id) {
    return articles.stream().filter(a -> a.id().equals(id)).findFirst();
  }

  /**
   * Returns the article with the given id.
   *
   * @throws NoSuchElementException when there is none; the message lists the ids there are
   */
  public Article expectArticle(String id) {
    return findArticle(id).orElseThrow(() -> new NoSuchElementException("no article \"" + id
        + "\" in this corpus; its ids are " + articles.stream().map(Article::id)
            .limit(10).collect(Collectors.joining(", ", "[", articles.size() > 10 ? ", …]" : "]"))));
  }

  @Override
  public boolean equals(Object o) {
    return o == this || o instanceof Corpus other && articles.equals(other.articles);
  }

  @Override
  public int hashCode() {
    return articles.hashCode();
  }

  /** Returns the number of articles and the first ids. */
  @Override
  public String toString() {
    return "Corpus[" + articles.size() + " articles: " + articles.stream().map(Article::id)
        .limit(3).collect(Collectors.joining(", ")) + (articles.size() > 3 ? ", …]" : "]");
  }
}
