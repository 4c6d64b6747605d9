package io.github.newscorpus.json;

import io.github.newscorpus.FormatProblem;
import io.github.newscorpus.ReadLimits;
import io.github.newscorpus.model.Article;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes articles in both layouts to memory, and reads them from memory, as {@code Corpus.write}
 * and {@code Corpus.read} do with files but without the files (and the forced sync of each write),
 * for tests that read and write thousands of corpora.
 */
public final class Layouts {

  /**
   * Holds what a read found: the articles when there is no problem, every problem otherwise.
   *
   * @param articles the articles, in input order; empty when there is any problem
   * @param problems every problem, in input order; empty when valid
   */
  public record Result(List<Article> articles, List<FormatProblem> problems) {
    /** Copies both lists. */
    public Result {
      articles = List.copyOf(articles);
      problems = List.copyOf(problems);
    }

    /** Returns the problems as people read them. */
    public List<String> messages() {
      return problems.stream().map(FormatProblem::toString).toList();
    }
  }

  private Layouts() {}

  /** Returns the articles as corpus JSON, exactly as {@code Corpus.write} writes a .json file. */
  public static byte[] json(List<Article> articles) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      CorpusWriter.json(articles, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** Returns the articles as JSON Lines, exactly as {@code Corpus.write} writes a .jsonl file. */
  public static byte[] lines(List<Article> articles) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      CorpusWriter.lines(articles.iterator(), out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /**
   * Reads {@code content} as {@code Corpus.read} reads a file named {@code name}: JSON Lines when
   * the name ends with {@code .jsonl}, corpus JSON otherwise, with the same reader and checks.
   */
  public static Result read(byte[] content, String name) {
    return read(content, name, ReadLimits.defaults());
  }

  /** Reads as {@link #read(byte[], String)} does, within {@code limits}. */
  public static Result read(byte[] content, String name, ReadLimits limits) {
    List<Article> articles = new ArrayList<>();
    List<FormatProblem> problems = new ArrayList<>();
    try (CorpusInputs inputs = CorpusInputs.of(new ByteArrayInputStream(content), name, limits)) {
      while (inputs.next(articles::add, problems::addAll)) {
        // one article or one batch of problems per turn
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return problems.isEmpty() ? new Result(articles, List.of()) : new Result(List.of(), problems);
  }
}
