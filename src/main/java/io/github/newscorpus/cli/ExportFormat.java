package io.github.newscorpus.cli;

import java.util.Objects;

/**
 * Describes one format of the {@code export} command.
 *
 * @param name what {@code --format} calls it, in lower case, such as {@code jsonl}
 * @param description one line for the help, saying what is written
 * @param target whether it writes one file (which may go to standard output) or a directory
 * @param extension the file name ending it writes, such as {@code .json}; "" for a directory
 * @param exporter what writes it
 */
record ExportFormat(String name, String description, Target target, String extension, Exporter exporter) {

  /** Names what a format writes. */
  enum Target {
    /** One file; without {@code --output} it goes to standard output. */
    FILE,
    /** A directory of files; {@code --output DIR} is required. */
    DIRECTORY
  }

  /** Checks that no component is null. */
  ExportFormat {
    Objects.requireNonNull(name, "name must not be null");
    Objects.requireNonNull(description, "description must not be null");
    Objects.requireNonNull(target, "target must not be null");
    Objects.requireNonNull(extension, "extension must not be null");
    Objects.requireNonNull(exporter, "exporter must not be null");
  }
}
