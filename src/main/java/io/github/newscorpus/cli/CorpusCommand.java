package io.github.newscorpus.cli;

import io.github.newscorpus.Corpus;
import io.github.newscorpus.ReadLimits;
import io.github.newscorpus.model.Article;
import io.github.newscorpus.query.CorpusEntity;
import io.github.newscorpus.query.CorpusQueries;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * Runs a command over a corpus: the bundled one, or the file that {@code --corpus} names on this
 * command or before it ({@code newscorpus --corpus f.json quotes}), read within the limits the
 * {@code --max-…} options set on either (this command's win). Subclasses write text, or JSON when {@code --json} is given on
 * either.
 */
abstract class CorpusCommand implements Callable<Integer> {

  @Mixin
  CommonOptions options;

  @Mixin
  LimitOptions limits;

  @ParentCommand
  NewsCorpusCommand parent;

  @Spec
  CommandSpec spec;

  private Corpus queriesOf;
  private CorpusQueries queries;

  @Override
  public final Integer call() throws IOException {
    checkOptions();
    Optional<Path> file = options.corpus().or(() -> outer().flatMap(CommonOptions::corpus));
    ReadLimits readLimits = limits.limits(spec, Optional.ofNullable(parent).map(p -> p.limits));
    Corpus corpus = file.isPresent() ? Corpus.read(file.get(), readLimits) : Corpus.bundled();
    PrintWriter out = spec.commandLine().getOut();
    if (jsonWanted()) {
      // Buffered, so that a failure half-way leaves no half document on standard output.
      StringWriter buffer = new StringWriter();
      try (JsonOutput json = JsonOutput.on(new PrintWriter(buffer))) {
        writeJson(corpus, json);
      }
      out.print(buffer);
    } else {
      writeText(corpus, out);
    }
    out.flush();
    return 0;
  }

  private Optional<CommonOptions> outer() {
    return Optional.ofNullable(parent).map(p -> p.options);
  }

  /** Returns whether {@code --json} was given, on this command or before it. */
  final boolean jsonWanted() {
    return options.json() || outer().map(CommonOptions::json).orElse(false);
  }

  /**
   * Checks the options against each other before the corpus is read; does nothing unless a command
   * overrides it.
   *
   * @throws ParameterException when they do not fit together
   */
  void checkOptions() {
    // Most commands take any combination.
  }

  /**
   * Creates the directory {@code file} goes in, with its parents, when it is missing, as
   * {@code mkdir -p} would.
   *
   * @throws FileSystemException naming {@code file}, when the directory cannot be made
   */
  static void createParent(Path file) throws IOException {
    Path parent = file.toAbsolutePath().getParent();
    if (parent == null || Files.isDirectory(parent)) {
      return;
    }
    try {
      Files.createDirectories(parent);
    } catch (IOException e) {
      String why = e instanceof FileAlreadyExistsException f ? f.getFile() + " is not a directory"
          : e instanceof FileSystemException f && f.getReason() != null ? f.getReason()
          : e.getClass().getSimpleName();
      FileSystemException named = new FileSystemException(file.toString(), null,
          "cannot create its directory " + parent + ": " + why + "; nothing written");
      named.initCause(e);
      throw named;
    }
  }

  /** Writes the command's result as text. */
  abstract void writeText(Corpus corpus, PrintWriter out) throws IOException;

  /** Writes the command's result as one JSON document. */
  abstract void writeJson(Corpus corpus, JsonOutput json) throws IOException;

  /** Returns the corpus-wide queries over {@code corpus}, built once for it. */
  CorpusQueries queries(Corpus corpus) {
    if (queriesOf != corpus) {
      queries = CorpusQueries.of(corpus.articles());
      queriesOf = corpus;
    }
    return queries;
  }

  /** Returns a usage failure (exit code 2) with {@code message}. */
  ParameterException badValue(String message) {
    return new ParameterException(spec.commandLine(), message);
  }

  /**
   * Returns the corpus entity that {@code name} finds by id, name or alias.
   *
   * @throws ParameterException when none or several match; for a one-article corpus the message
   *     names the closest entities or the candidates
   */
  CorpusEntity entity(Corpus corpus, String name, String what) {
    Optional<CorpusEntity> found = queries(corpus).findEntity(name);
    if (found.isPresent()) {
      return found.get();
    }
    if (corpus.articles().size() == 1) {
      Article only = corpus.articles().get(0);
      try {
        only.expectEntity(name);
      } catch (NoSuchElementException e) {
        throw badValue("no " + what + " \"" + name + "\": " + e.getMessage());
      }
    }
    throw badValue("no " + what + " \"" + name + "\": no entity of the corpus has that id, name or alias,"
        + " or several different ones do");
  }

  /** Returns "" for a one-article corpus and the article's id and two spaces otherwise. */
  static String articlePrefix(Corpus corpus, Article article) {
    return corpus.articles().size() == 1 ? "" : article.id() + "  ";
  }
}
