package io.github.newscorpus.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.newscorpus.Corpus;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Writes the corpus in another format, to a file, a directory or standard output. */
@Command(name = "export",
    description = "Write the corpus in another format, to --output or to standard output.")
final class ExportCommand extends CorpusCommand {

  @Option(names = "--format", paramLabel = "FORMAT", required = true,
      completionCandidates = ExportFormats.class,
      description = "The format: ${COMPLETION-CANDIDATES}.")
  private String format;

  @Option(names = "--output", paramLabel = "FILE",
      description = "Write to this file (or directory, for formats that write one) instead of"
          + " standard output.")
  private Path output;

  /** Returns the help's list of formats, one per line, as a picocli format string. */
  static String formatList() {
    int width = ExportFormats.ALL.stream().mapToInt(f -> f.name().length()).max().orElse(0);
    return ExportFormats.ALL.stream()
        .map(f -> "  " + String.format("%-" + width + "s", f.name()) + "  "
            + f.description().replace("%", "%%"))
        .collect(Collectors.joining("%n"));
  }

  @Override
  void checkOptions() {
    ExportFormat f = chosen();
    if (jsonWanted() && output == null) {
      throw badValue("--json reports on the files written, so it needs --output");
    }
    if (output == null && f.target() == ExportFormat.Target.DIRECTORY) {
      throw badValue("--format " + f.name() + " writes a directory; give it with --output DIR");
    }
  }

  private ExportFormat chosen() {
    String names = ExportFormats.ALL.stream().map(ExportFormat::name).collect(Collectors.joining(", "));
    return ExportFormats.find(format)
        .orElseThrow(() -> badValue("unknown format \"" + format + "\"; expected one of " + names));
  }

  private void export(ExportFormat f, Corpus corpus, Path target) throws IOException {
    createParent(target);
    try {
      f.exporter().export(corpus, target);
    } catch (IllegalArgumentException e) {
      throw badValue(e.getMessage());
    }
  }

  @Override
  void writeText(Corpus corpus, PrintWriter out) throws IOException {
    ExportFormat f = chosen();
    if (output != null) {
      export(f, corpus, output);
      return;
    }
    Path directory = Files.createTempDirectory("newscorpus-export");
    try {
      Path file = directory.resolve("export" + f.extension());
      export(f, corpus, file);
      try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
        in.transferTo(out);
      }
    } finally {
      deleteAll(directory);
    }
  }

  @Override
  void writeJson(Corpus corpus, JsonOutput json) throws IOException {
    ExportFormat f = chosen();
    export(f, corpus, output);
    JsonGenerator g = json.g();
    g.writeStartObject();
    g.writeStringField("format", f.name());
    g.writeStringField("output", output.toString());
    g.writeNumberField("articles", corpus.articles().size());
    g.writeEndObject();
  }

  private static void deleteAll(Path directory) throws IOException {
    try (Stream<Path> paths = Files.walk(directory)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
