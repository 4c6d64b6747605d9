package io.github.newscorpus.cli;

import io.github.newscorpus.CorpusFormatException;
import io.github.newscorpus.FormatProblem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Turns every failure into one line on standard error, prefixed with the command's name, and an
 * exit code: 2 for bad input (unknown options and commands, bad values), 1 for everything else
 * (files that cannot be read, written or loaded, and unexpected errors). Never prints a stack trace.
 */
final class Failures implements IParameterExceptionHandler, IExecutionExceptionHandler {

  @Override
  public int handleParseException(ParameterException e, String[] args) {
    return usage(e);
  }

  @Override
  public int handleExecutionException(Exception e, CommandLine cli, ParseResult parsed) {
    if (e instanceof ParameterException p) {
      return usage(p);
    }
    cli.getErr().println(cli.getCommandSpec().qualifiedName() + ": " + oneLine(message(e)));
    return cli.getCommandSpec().exitCodeOnExecutionException();
  }

  private static int usage(ParameterException e) {
    CommandLine cli = e.getCommandLine();
    String name = cli.getCommandSpec().qualifiedName();
    String message = oneLine(e.getMessage());
    if (e instanceof UnmatchedArgumentException u && !u.getUnmatched().isEmpty()) {
      String first = u.getUnmatched().get(0);
      message = first.startsWith("-") ? "unknown option '" + first + "'"
          : (cli.getSubcommands().isEmpty() ? "unexpected argument '" : "unknown command '") + first + "'";
      if (!u.getSuggestions().isEmpty()) {
        message += "; did you mean " + u.getSuggestions().get(0) + "?";
      }
    }
    cli.getErr().println(name + ": " + message + " (see '" + name + " --help')");
    return cli.getCommandSpec().exitCodeOnInvalidInput();
  }

  /** Returns what went wrong, in words, without the exception's class unless nothing else says it. */
  static String message(Exception e) {
    Throwable t = e instanceof UncheckedIOException u ? u.getCause() : e;
    if (t instanceof CorpusFormatException f) {
      List<FormatProblem> problems = f.problems();
      String first = f.getMessage().lines().findFirst().orElse("").replaceFirst(":$", "");
      return first + ": " + problems.get(0) + (problems.size() == 1 ? ""
          : " (and " + (problems.size() - 1) + " more; the validate command lists them all)");
    }
    if (t instanceof FileSystemException f && f.getReason() != null) {
      return f.getFile() + ": " + f.getReason(); // such as a write's "is a FIFO, not a regular file"
    }
    if (t instanceof NoSuchFileException n) {
      return "no such file or directory: " + n.getFile();
    }
    if (t instanceof AccessDeniedException a) {
      return "permission denied: " + a.getFile();
    }
    if (t instanceof NotDirectoryException n) {
      return "not a directory: " + n.getFile();
    }
    if (t instanceof FileSystemException f) {
      return f.getFile() + ": " + (f.getReason() == null ? t.getClass().getSimpleName() : f.getReason());
    }
    if (t instanceof IOException) {
      return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }
    return "unexpected " + t.getClass().getSimpleName()
        + (t.getMessage() == null ? "" : ": " + t.getMessage());
  }

  private static String oneLine(String s) {
    return s == null ? "" : s.strip().replaceAll("\\s*\\R\\s*", " ");
  }
}
