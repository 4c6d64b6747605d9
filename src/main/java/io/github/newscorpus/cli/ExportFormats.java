package io.github.newscorpus.cli;

import io.github.newscorpus.Corpus;
import io.github.newscorpus.export.Brat;
import io.github.newscorpus.export.Conll;
import io.github.newscorpus.export.WebAnnotation;
import io.github.newscorpus.html.HtmlView;
import io.github.newscorpus.model.Article;
import io.github.newscorpus.internal.AtomicFiles;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

/**
 * Lists the formats the {@code export} command writes, in the order its help shows them.
 *
 * <p>To add a format, add one {@link ExportFormat} to {@link #ALL}: its name, a one-line
 * description, whether it writes one file or a directory, its file ending, and a lambda that
 * writes a corpus to a path. The command, its help, its {@code --format} check and standard
 * output all follow from that entry.
 */
final class ExportFormats implements Iterable<String> {

  static final List<ExportFormat> ALL = List.of(
      new ExportFormat("json", "corpus JSON, one annotation per line (what Corpus.write writes)",
          ExportFormat.Target.FILE, ".json", ExportFormats::json),
      new ExportFormat("jsonl", "JSON Lines: a header line, then one article per line",
          ExportFormat.Target.FILE, ".jsonl", ExportFormats::jsonLines),
      new ExportFormat("html", "the HTML view of the corpus's one article (see the render command)",
          ExportFormat.Target.FILE, ".html", ExportFormats::html),
      new ExportFormat("brat", "brat standoff: an <id>.txt and an <id>.ann file per article, and "
          + "brat's annotation.conf, visual.conf and tools.conf",
          ExportFormat.Target.DIRECTORY, "", ExportFormats::brat),
      new ExportFormat("webanno", "W3C Web Annotation JSON-LD: an <id>.jsonld file per article",
          ExportFormat.Target.DIRECTORY, "", ExportFormats::webAnnotation),
      new ExportFormat("conll", "CoNLL-2003 named entities, IOB2, every article in one file",
          ExportFormat.Target.FILE, ".conll", (corpus, file) ->
              Conll.write(corpus.articles().stream(), file, Conll.Tagging.IOB2)));

  /** Returns the format called {@code name}, ignoring case; empty when there is none. */
  static Optional<ExportFormat> find(String name) {
    return ALL.stream().filter(f -> f.name().equalsIgnoreCase(name)).findFirst();
  }

  /** Returns the formats' names, in order, for picocli's {@code ${COMPLETION-CANDIDATES}}. */
  @Override
  public Iterator<String> iterator() {
    return ALL.stream().map(ExportFormat::name).iterator();
  }

  private static void json(Corpus corpus, Path file) throws IOException {
    if (file.getFileName().toString().endsWith(".jsonl")) {
      throw new IllegalArgumentException("--format json cannot write " + file
          + ", whose name ends with .jsonl; use --format jsonl, or another name");
    }
    corpus.write(file);
  }

  private static void jsonLines(Corpus corpus, Path file) throws IOException {
    if (!file.getFileName().toString().endsWith(".jsonl")) {
      throw new IllegalArgumentException(
          "--format jsonl writes files whose name ends with .jsonl, not " + file);
    }
    Corpus.writeLines(file, corpus.articles().stream());
  }

  private static void brat(Corpus corpus, Path directory) throws IOException {
    Files.createDirectories(directory);
    for (Article a : corpus.articles()) {
      Brat.write(a, directory);
    }
  }

  private static void webAnnotation(Corpus corpus, Path directory) throws IOException {
    Files.createDirectories(directory);
    for (Article a : corpus.articles()) {
      WebAnnotation.write(a, directory.resolve(Brat.fileName(a.id(), ".jsonld")));
    }
  }

  private static void html(Corpus corpus, Path file) throws IOException {
    if (corpus.articles().size() != 1) {
      throw new IllegalArgumentException("--format html shows one article, and this corpus has "
          + corpus.articles().size() + "; use the render command with --article ID");
    }
    AtomicFiles.write(file, out -> {
      Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
      HtmlView.render(corpus.articles().get(0), w);
    });
  }
}
