package io.github.newscorpus.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.newscorpus.Corpus;
import io.github.newscorpus.model.Annotation;
import io.github.newscorpus.model.Article;
import io.github.newscorpus.model.Mention;
import io.github.newscorpus.model.Span;
import io.github.newscorpus.query.CorpusEntity;
import io.github.newscorpus.query.Located;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** Lists every mention of one entity (names, nominals and pronouns), in document order, in context. */
@Command(name = "mentions",
    description = "List every mention of an entity (names, nominals, pronouns), in document order, in"
        + " context.")
final class MentionsCommand extends CorpusCommand {

  /** Characters of context on each side of a mention, within its paragraph. */
  private static final int CONTEXT = 35;

  @Parameters(paramLabel = "NAME", arity = "1..*",
      description = "The entity: its id, name or alias, case and accents ignored; several words are"
          + " joined by spaces.")
  private List<String> words;

  private CorpusEntity target(Corpus corpus) {
    return entity(corpus, String.join(" ", words), "entity");
  }

  @Override
  void writeText(Corpus corpus, PrintWriter out) {
    CorpusEntity e = target(corpus);
    List<Located<Mention>> mentions = queries(corpus).mentionsOf(e);
    out.println(e.name() + " (" + e.type() + "): " + mentions.size()
        + (mentions.size() == 1 ? " mention" : " mentions") + (mentions.isEmpty() ? "." : ":"));
    int idWidth = mentions.stream().mapToInt(m -> m.item().id().length()).max().orElse(0);
    for (Located<Mention> located : mentions) {
      Article a = located.article();
      Mention m = located.item();
      out.printf("  %s%-" + idWidth + "s  %-7s  %6d  %s%n", articlePrefix(corpus, a), m.id(), m.kind(),
          JsonOutput.codePoint(a.text(), m.span().begin()), context(a, m.span()));
    }
  }

  /** Returns the mention in brackets with up to {@link #CONTEXT} characters each side, in its paragraph. */
  private static String context(Article a, Span s) {
    Span p = a.paragraphs().firstCovering(s).map(Annotation::span).orElse(new Span(0, a.text().length()));
    int from = Math.max(p.begin(), s.begin() - CONTEXT);
    int to = Math.min(p.end(), s.end() + CONTEXT);
    String text = a.text();
    String left = text.substring(from, s.begin()).replace('\n', ' ');
    String right = text.substring(s.end(), to).replace('\n', ' ');
    return (from > p.begin() ? "…" : "") + left + "[" + a.text(s) + "]" + right
        + (to < p.end() ? "…" : "");
  }

  @Override
  void writeJson(Corpus corpus, JsonOutput json) throws IOException {
    CorpusEntity e = target(corpus);
    JsonGenerator g = json.g();
    g.writeStartObject();
    g.writeObjectFieldStart("entity");
    g.writeStringField("name", e.name());
    g.writeStringField("type", e.type().name());
    g.writeArrayFieldStart("members");
    for (var member : e.members()) {
      g.writeStartObject();
      g.writeStringField("article", member.article().id());
      g.writeStringField("id", member.item().id());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
    g.writeArrayFieldStart("mentions");
    for (Located<Mention> located : queries(corpus).mentionsOf(e)) {
      Article a = located.article();
      Mention m = located.item();
      g.writeStartObject();
      g.writeStringField("article", a.id());
      g.writeStringField("id", m.id());
      g.writeStringField("kind", m.kind().name());
      g.writeNumberField("begin", JsonOutput.codePoint(a.text(), m.span().begin()));
      g.writeNumberField("end", JsonOutput.codePoint(a.text(), m.span().end()));
      g.writeStringField("text", m.text());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }
}
