package io.github.newscorpus.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.newscorpus.Corpus;
import io.github.newscorpus.model.Article;
import io.github.newscorpus.model.Entity;
import io.github.newscorpus.model.Quote;
import io.github.newscorpus.model.QuoteKind;
import io.github.newscorpus.model.Span;
import io.github.newscorpus.query.CorpusEntity;
import io.github.newscorpus.query.Located;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Lists quotes, article by article in document order, optionally by one speaker or of one kind. */
@Command(name = "quotes", description = "List the quotes, in document order: kind, speaker, cue and content.")
final class QuotesCommand extends CorpusCommand {

  @Option(names = "--speaker", paramLabel = "NAME",
      description = "Only quotes by this speaker: an entity's id, name or alias (case and accents ignored).")
  private String speaker;

  @Option(names = "--kind", paramLabel = "KIND",
      description = "Only quotes of this kind: ${COMPLETION-CANDIDATES} (case ignored).")
  private QuoteKind kind;

  private List<Located<Quote>> quotes(Corpus corpus) {
    List<Located<Quote>> found = new ArrayList<>();
    if (speaker != null) {
      CorpusEntity e = entity(corpus, speaker, "speaker");
      found.addAll(queries(corpus).quotesBy(e));
    } else {
      for (Article a : corpus.articles()) {
        a.quotes().forEach(q -> found.add(new Located<>(a, q)));
      }
    }
    return kind == null ? found : found.stream().filter(q -> q.item().kind() == kind).toList();
  }

  @Override
  void writeText(Corpus corpus, PrintWriter out) {
    List<Located<Quote>> quotes = quotes(corpus);
    String what = (kind == null ? "" : kind.name().toLowerCase(Locale.ROOT) + " ")
        + (quotes.size() == 1 ? "quote" : "quotes");
    String by = speaker == null ? "" : " by " + entity(corpus, speaker, "speaker").name();
    out.println(quotes.size() + " " + what + by + (quotes.isEmpty() ? "." : ":"));
    int idWidth = quotes.stream().mapToInt(q -> q.item().id().length()).max().orElse(0);
    for (Located<Quote> located : quotes) {
      Article a = located.article();
      Quote q = located.item();
      String cue = q.cue().map(c -> " [" + a.text(c) + "]").orElse("");
      String content = q.segments().stream().map(a::text).collect(Collectors.joining(" … "));
      out.printf("  %s%-" + idWidth + "s  %-8s  %s%s: “%s”%n", articlePrefix(corpus, a), q.id(), q.kind(),
          q.speaker().map(Entity::name).orElse("(no speaker given)"), cue, content);
    }
  }

  @Override
  void writeJson(Corpus corpus, JsonOutput json) throws IOException {
    JsonGenerator g = json.g();
    g.writeStartObject();
    g.writeArrayFieldStart("quotes");
    for (Located<Quote> located : quotes(corpus)) {
      Article a = located.article();
      Quote q = located.item();
      g.writeStartObject();
      g.writeStringField("article", a.id());
      g.writeStringField("id", q.id());
      g.writeStringField("kind", q.kind().name());
      json.entity("speaker", q.speaker());
      g.writeStringField("text", q.text());
      g.writeArrayFieldStart("segments");
      for (Span s : q.segments()) {
        json.span(a, s);
      }
      g.writeEndArray();
      Optional<Span> cue = q.cue();
      if (cue.isPresent()) {
        json.span("cue", a, cue.get());
      }
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }
}
