package io.github.newscorpus.cli;

import io.github.newscorpus.Corpus;
import java.io.IOException;
import java.io.PrintWriter;
import picocli.CommandLine.Command;

/** Names the tool and its commands; run with no command, it prints the summary. */
@Command(name = "newscorpus",
    description = {"Looks into an annotated news corpus: the bundled article, or your file with --corpus.",
        "With no command, prints the summary."},
    synopsisSubcommandLabel = "[COMMAND]",
    subcommands = {SummaryCommand.class, QuotesCommand.class, EntitiesCommand.class,
        MentionsCommand.class, SearchCommand.class, ValidateCommand.class, ExportCommand.class,
        RenderCommand.class},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:success",
        "1:a problem found by validate, or a file that cannot be read, written or loaded",
        "2:an unknown option or command, or a bad value"})
final class NewsCorpusCommand extends CorpusCommand {

  @Override
  void writeText(Corpus corpus, PrintWriter out) {
    SummaryCommand.text(corpus, out);
  }

  @Override
  void writeJson(Corpus corpus, JsonOutput json) throws IOException {
    SummaryCommand.json(corpus, json);
  }
}
