package io.github.newscorpus.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.newscorpus.Corpus;
import io.github.newscorpus.CorpusFormatException;
import io.github.newscorpus.FormatProblem;
import io.github.newscorpus.ReadLimits;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Checks corpus files and prints every problem with its place; exits with 1 when any file has one. */
@Command(name = "validate",
    description = {"Check corpus files (.json, .jsonl, or directories of them) and print every problem"
        + " with its place, within the limits the --max-... options set.",
        "Exits with 1 when any file has a problem or cannot be read."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:every file is valid", "1:a file has a problem or cannot be read",
        "2:an unknown option or a missing FILE"})
final class ValidateCommand implements Callable<Integer> {

  /**
   * What checking one file found: its articles when valid; otherwise its problems, or why it
   * could not be read.
   */
  private record Result(Path file, int articles, List<FormatProblem> problems,
      Optional<String> failure) {
    boolean valid() {
      return problems.isEmpty() && failure.isEmpty();
    }
  }

  @Parameters(paramLabel = "FILE", arity = "1..*",
      description = "The files or directories to check, in order.")
  private List<Path> files;

  @Option(names = "--json", description = "Write machine-readable JSON instead of text.")
  private boolean json;

  @Mixin
  private LimitOptions limits;

  @Mixin
  private HelpOption help;

  @Spec
  private CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    ReadLimits readLimits = limits.limits(spec, Optional.empty());
    List<Result> results = new ArrayList<>();
    for (Path file : files) {
      results.add(check(file, readLimits));
    }
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      try (JsonOutput j = JsonOutput.on(out)) {
        writeJson(results, j.g());
      }
    } else {
      writeText(results, out);
    }
    out.flush();
    return results.stream().allMatch(Result::valid) ? 0 : 1;
  }

  private static Result check(Path file, ReadLimits limits) {
    try {
      return new Result(file, Corpus.read(file, limits).articles().size(), List.of(),
          Optional.empty());
    } catch (CorpusFormatException e) {
      return new Result(file, 0, e.problems(), Optional.empty());
    } catch (IOException | RuntimeException e) {
      String message = Failures.message(e);
      String placed = message.contains(file.toString()) ? message : file + ": " + message;
      return new Result(file, 0, List.of(), Optional.of(placed));
    }
  }

  private static void writeText(List<Result> results, PrintWriter out) {
    int invalid = 0;
    for (Result r : results) {
      if (r.valid()) {
        out.println(r.file() + ": valid, " + r.articles() + (r.articles() == 1 ? " article" : " articles"));
      } else if (r.failure().isPresent()) {
        invalid++;
        out.println(r.file() + ": cannot be read");
        out.println("  " + r.failure().get());
      } else {
        invalid++;
        int n = r.problems().size();
        out.println(r.file() + ": " + n + (n == 1 ? " problem" : " problems"));
        r.problems().forEach(p -> out.println("  " + p));
      }
    }
    if (results.size() > 1) {
      out.println(invalid == 0 ? "all " + results.size() + " files are valid"
          : invalid + " of " + results.size() + " files have problems");
    }
  }

  private static void writeJson(List<Result> results, JsonGenerator g) throws IOException {
    g.writeStartObject();
    g.writeBooleanField("valid", results.stream().allMatch(Result::valid));
    g.writeArrayFieldStart("files");
    for (Result r : results) {
      g.writeStartObject();
      g.writeStringField("file", r.file().toString());
      g.writeBooleanField("valid", r.valid());
      g.writeNumberField("articles", r.articles());
      if (r.failure().isPresent()) {
        g.writeStringField("failure", r.failure().get());
      }
      g.writeArrayFieldStart("problems");
      for (FormatProblem p : r.problems()) {
        g.writeStartObject();
        g.writeStringField("source", p.source());
        g.writeNumberField("line", p.line());
        g.writeNumberField("column", p.column());
        g.writeStringField("pointer", p.pointer());
        g.writeStringField("message", p.message());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }
}
