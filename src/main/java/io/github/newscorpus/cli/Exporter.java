package io.github.newscorpus.cli;

import io.github.newscorpus.Corpus;
import java.io.IOException;
import java.nio.file.Path;

/** Writes a whole corpus in one export format. */
@FunctionalInterface
interface Exporter {

  /**
   * Writes {@code corpus} to {@code target}: a file, or a directory for a format whose
   * {@link ExportFormat.Target} is {@code DIRECTORY} (created when missing).
   *
   * @throws IllegalArgumentException when the corpus or the target does not suit the format; the
   *     message says why, and the command shows it as a bad value
   */
  void export(Corpus corpus, Path target) throws IOException;
}
