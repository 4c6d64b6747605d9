package io.github.newscorpus;

import io.github.newscorpus.internal.AtomicFiles;
import io.github.newscorpus.json.CorpusJson;
import io.github.newscorpus.model.Article;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

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

  /**
   * Returns a corpus of the given articles, in the given order.
   *
   * @throws IllegalArgumentException when two articles share an id
   */
  public static Corpus of(List<Article> articles) {
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
        return read(in, BUNDLED_RESOURCE);
      } catch (CorpusFormatException e) {
        throw new IllegalStateException("bundled corpus " + BUNDLED_RESOURCE + " is invalid: "
            + e.getMessage(), e);
      } catch (IOException e) {
        throw new IllegalStateException("bundled corpus " + BUNDLED_RESOURCE + " cannot be read", e);
      }
    }
  }

  /**
   * Reads a corpus file written by {@link #write(Path)}, checking all of it.
   *
   * @throws CorpusFormatException when the content is invalid; the message lists every problem
   *     with its place, and nothing is returned half-loaded
   * @throws IOException when the file cannot be read
   */
  public static Corpus read(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return read(in, file.toString());
    }
  }

  private static Corpus read(InputStream in, String source) throws IOException {
    CorpusJson.Result result = CorpusJson.read(in, source);
    if (!result.problems().isEmpty()) {
      throw new CorpusFormatException(source, result.problems());
    }
    return new Corpus(result.articles());
  }

  /**
   * Writes the corpus as JSON to {@code file}, losslessly: {@code read(file)} gives back an equal
   * corpus. Writes a temporary file beside it and moves it into place, so a failed write leaves
   * any previous file intact.
   */
  public void write(Path file) throws IOException {
    AtomicFiles.write(file, out -> CorpusJson.write(articles, out));
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
