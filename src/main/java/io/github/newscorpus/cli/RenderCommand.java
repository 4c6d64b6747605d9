package io.github.newscorpus.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.newscorpus.Corpus;
import io.github.newscorpus.html.HtmlView;
import io.github.newscorpus.internal.AtomicFiles;
import io.github.newscorpus.model.Article;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.NoSuchElementException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Writes the HTML view of one article, to a file or standard output. */
@Command(name = "render",
    description = {"Write the HTML view of an article: mentions by type, quotes with their speakers.",
        "One self-contained file, with panels of speakers and entities; open it in any browser."})
final class RenderCommand extends CorpusCommand {

  @Option(names = "--article", paramLabel = "ID",
      description = "The article to show (default: the corpus's first).")
  private String articleId;

  @Option(names = "--output", paramLabel = "FILE",
      description = "Write to this file instead of standard output.")
  private Path output;

  @Override
  void checkOptions() {
    if (jsonWanted() && output == null) {
      throw badValue("--json reports on the file written, so it needs --output");
    }
  }

  private Article article(Corpus corpus) {
    if (articleId != null) {
      try {
        return corpus.expectArticle(articleId);
      } catch (NoSuchElementException e) {
        throw badValue(e.getMessage());
      }
    }
    if (corpus.articles().isEmpty()) {
      throw badValue("the corpus has no article to render");
    }
    return corpus.articles().get(0);
  }

  private void write(Article article) throws IOException {
    createParent(output);
    AtomicFiles.write(output,
        out -> HtmlView.render(article, new OutputStreamWriter(out, StandardCharsets.UTF_8)));
  }

  @Override
  void writeText(Corpus corpus, PrintWriter out) throws IOException {
    Article article = article(corpus);
    if (output == null) {
      HtmlView.render(article, out);
    } else {
      write(article);
    }
  }

  @Override
  void writeJson(Corpus corpus, JsonOutput json) throws IOException {
    Article article = article(corpus);
    write(article);
    JsonGenerator g = json.g();
    g.writeStartObject();
    g.writeStringField("article", article.id());
    g.writeStringField("output", output.toString());
    g.writeEndObject();
  }
}
