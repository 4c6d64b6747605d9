package io.github.newscorpus.cli;

import picocli.CommandLine.Option;

/** Holds the {@code --help} option of the commands that take no corpus. */
final class HelpOption {

  @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
  private boolean help;
}
