package io.github.newscorpus.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;

/**
 * Runs the {@code newscorpus} command-line tool: {@code summary} (the default), {@code quotes},
 * {@code entities}, {@code mentions}, {@code search}, {@code validate}, {@code export} and
 * {@code render}, each on the bundled corpus or on {@code --corpus FILE}, each with {@code --help}.
 *
 * <p>Exit codes: 0 on success; 1 when {@code validate} finds a problem, or a file cannot be read,
 * written or loaded; 2 for an unknown option or command, or a bad value. Errors are one line on
 * standard error, never a stack trace. Needs picocli on the class path (an optional dependency of
 * the library): {@code mvn -q compile exec:java -Dexec.args="quotes --speaker Cardin"}.
 */
public final class Main {

  private Main() {}

  /** Runs the command that {@code args} name, writing UTF-8, and exits with its code when it is not 0. */
  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
    PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
    int code = commandLine(out, err).execute(args);
    out.flush();
    err.flush();
    if (code != 0) {
      System.exit(code);
    }
  }

  /** Returns the tool's command line, writing its output to {@code out} and its errors to {@code err}. */
  static CommandLine commandLine(PrintWriter out, PrintWriter err) {
    CommandLine cli = new CommandLine(new NewsCorpusCommand());
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    cli.getSubcommands().get("export").getCommandSpec().usageMessage()
        .footerHeading("%nFormats:%n").footer(ExportCommand.formatList());
    // in --help, each command's own options first, in the order declared, the limits last
    cli.getCommandSpec().usageMessage().sortOptions(false).sortSynopsis(false);
    cli.getSubcommands().values().forEach(
        c -> c.getCommandSpec().usageMessage().sortOptions(false).sortSynopsis(false));
    cli.setOut(out);
    cli.setErr(err);
    Failures failures = new Failures();
    cli.setParameterExceptionHandler(failures);
    cli.setExecutionExceptionHandler(failures);
    return cli;
  }
}
