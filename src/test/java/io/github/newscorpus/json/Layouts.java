package io.github.newscorpus.json;

import io.github.newscorpus.model.Article;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Writes articles in both layouts to memory, and reads them from memory, as {@code Corpus.write}
 * and {@code Corpus.read} do with files but without the files (and the forced sync of each write),
 * for tests that read and write thousands of corpora.
 */
public final class Layouts {

  private Layouts() {}

  /** Returns the articles as corpus JSON, exactly as {@code Corpus.write} writes a .json file. */
  public static byte[] json(List<Article> articles) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      CorpusJson.write(articles, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** Returns the articles as JSON Lines, exactly as {@code Corpus.write} writes a .jsonl file. */
  public static byte[] lines(List<Article> articles) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      JsonLines.write(articles.iterator(), out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /**
   * Reads {@code content} as {@code Corpus.read} reads a file named {@code name}: JSON Lines when
   * the name ends with {@code .jsonl}, corpus JSON otherwise, with the same cursors and checks.
   */
  public static CorpusJson.Result read(byte[] content, String name) {
    return read(content, name, Limits.DEFAULTS);
  }

  /** Reads as {@link #read(byte[], String)} does, within {@code limits}. */
  public static CorpusJson.Result read(byte[] content, String name, Limits limits) {
    List<Article> articles = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    try (InputStream in = new ByteArrayInputStream(content);
        ArticleCursor cursor =
            CorpusFiles.cursor(Path.of(name), in, new ArticleIds(limits.maxArticles()), limits)) {
      ArticleCursor.drain(cursor, articles, problems);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return CorpusJson.Result.of(articles, problems);
  }
}
