package io.github.newscorpus.cli;

import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Option;

/** Holds the options every corpus command takes: which corpus, and whether to write JSON. */
final class CommonOptions {

  @Option(names = "--corpus", paramLabel = "FILE",
      description = "Read this corpus (a .json file, a .jsonl file or a directory of them) instead of"
          + " the bundled one.")
  private Path corpus;

  @Option(names = "--json", description = "Write machine-readable JSON instead of text.")
  private boolean json;

  @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
  private boolean help;

  /** Returns the corpus file given; empty when none was. */
  Optional<Path> corpus() {
    return Optional.ofNullable(corpus);
  }

  /** Returns whether JSON output was asked for. */
  boolean json() {
    return json;
  }
}
