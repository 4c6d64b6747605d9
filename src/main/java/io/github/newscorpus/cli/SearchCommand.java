package io.github.newscorpus.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.newscorpus.Corpus;
import io.github.newscorpus.model.Article;
import io.github.newscorpus.query.KwicLine;
import io.github.newscorpus.query.Located;
import io.github.newscorpus.query.Queries;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Finds a phrase as whole words and prints each occurrence in context (a keyword-in-context concordance). */
@Command(name = "search",
    description = "Find a phrase (whole words; case, accents and quotation-mark style ignored) and show each"
        + " match in context.")
final class SearchCommand extends CorpusCommand {

  @Parameters(paramLabel = "PHRASE", arity = "1..*",
      description = "The phrase; several words are joined by spaces.")
  private List<String> words;

  @Option(names = "--width", paramLabel = "N", defaultValue = "40",
      description = "Characters of context on each side, within the paragraph (default: ${DEFAULT-VALUE}).")
  private int width;

  private String phrase() {
    return String.join(" ", words);
  }

  @Override
  void checkOptions() {
    if (phrase().isBlank()) {
      throw badValue("the phrase must not be blank");
    }
    if (width < 0) {
      throw badValue("--width (" + width + ") must not be negative");
    }
  }

  private List<Located<KwicLine>> lines(Corpus corpus) {
    List<Located<KwicLine>> lines = new ArrayList<>();
    for (Article a : corpus.articles()) {
      Queries.of(a).kwic(phrase(), width).forEach(k -> lines.add(new Located<>(a, k)));
    }
    return lines;
  }

  @Override
  void writeText(Corpus corpus, PrintWriter out) {
    List<Located<KwicLine>> lines = lines(corpus);
    out.println(lines.size() + (lines.size() == 1 ? " match" : " matches") + " of \"" + phrase() + "\""
        + (lines.isEmpty() ? "." : ":"));
    for (Located<KwicLine> located : lines) {
      Article a = located.article();
      KwicLine k = located.item();
      out.printf("  %s%6d  %" + Math.max(1, width) + "s[%s]%s%n", articlePrefix(corpus, a),
          JsonOutput.codePoint(a.text(), k.span().begin()), k.left(), k.match(), k.right());
    }
  }

  @Override
  void writeJson(Corpus corpus, JsonOutput json) throws IOException {
    List<Located<KwicLine>> lines = lines(corpus);
    JsonGenerator g = json.g();
    g.writeStartObject();
    g.writeStringField("phrase", phrase());
    g.writeArrayFieldStart("matches");
    for (Located<KwicLine> located : lines) {
      Article a = located.article();
      KwicLine k = located.item();
      g.writeStartObject();
      g.writeStringField("article", a.id());
      g.writeNumberField("begin", JsonOutput.codePoint(a.text(), k.span().begin()));
      g.writeNumberField("end", JsonOutput.codePoint(a.text(), k.span().end()));
      g.writeStringField("left", k.left());
      g.writeStringField("match", k.match());
      g.writeStringField("right", k.right());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }
}
