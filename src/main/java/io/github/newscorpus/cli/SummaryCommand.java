package io.github.newscorpus.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.newscorpus.Corpus;
import io.github.newscorpus.model.Article;
import io.github.newscorpus.model.Fact;
import io.github.newscorpus.model.Metadata;
import io.github.newscorpus.query.Queries;
import io.github.newscorpus.query.Speaker;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;

/** Prints each article's headline, metadata, layer sizes and speakers (see {@link Summary}). */
@Command(name = "summary",
    description = "Print each article's headline, metadata, layer sizes, and speakers with their quotes.")
final class SummaryCommand extends CorpusCommand {

  @Override
  void writeText(Corpus corpus, PrintWriter out) {
    text(corpus, out);
  }

  @Override
  void writeJson(Corpus corpus, JsonOutput json) throws IOException {
    json(corpus, json);
  }

  static void text(Corpus corpus, PrintWriter out) {
    out.print(Summary.render(corpus));
  }

  static void json(Corpus corpus, JsonOutput json) throws IOException {
    JsonGenerator g = json.g();
    g.writeStartObject();
    g.writeArrayFieldStart("articles");
    for (Article a : corpus.articles()) {
      g.writeStartObject();
      g.writeStringField("id", a.id());
      g.writeStringField("headline", a.headline());
      g.writeNumberField("characters", a.text().codePointCount(0, a.text().length()));
      metadata(a.metadata(), g);
      layer("paragraphs", a.paragraphs(), p -> p.kind().name(), g);
      g.writeObjectFieldStart("sentences");
      g.writeNumberField("count", a.sentences().size());
      g.writeEndObject();
      layer("entities", a.entities(), e -> e.type().name(), g);
      layer("mentions", a.mentions(), m -> m.kind().name(), g);
      layer("quotes", a.quotes(), q -> q.kind().name(), g);
      g.writeArrayFieldStart("speakers");
      for (Speaker s : Queries.of(a).speakers()) {
        g.writeStartObject();
        g.writeStringField("id", s.entity().id());
        g.writeStringField("name", s.entity().name());
        g.writeStringField("type", s.entity().type().name());
        g.writeNumberField("quotes", s.quotes());
        g.writeNumberField("words", s.words());
        g.writeEndObject();
      }
      g.writeEndArray();
      long unattributed = a.quotes().stream().filter(q -> q.speaker().isEmpty()).count();
      g.writeNumberField("unattributedQuotes", unattributed);
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private static void metadata(Metadata m, JsonGenerator g) throws IOException {
    g.writeObjectFieldStart("metadata");
    fact("publisher", m.publisher(), g);
    fact("published", m.published(), g);
    facts("updated", m.updated(), g);
    facts("contributors", m.contributors(), g);
    facts("credits", m.credits(), g);
    g.writeEndObject();
  }

  private static void fact(String field, Optional<Fact> fact, JsonGenerator g) throws IOException {
    if (fact.isPresent()) {
      g.writeFieldName(field);
      fact(fact.get(), g);
    }
  }

  private static void facts(String field, List<Fact> facts, JsonGenerator g) throws IOException {
    g.writeArrayFieldStart(field);
    for (Fact f : facts) {
      fact(f, g);
    }
    g.writeEndArray();
  }

  private static void fact(Fact f, JsonGenerator g) throws IOException {
    g.writeStartObject();
    g.writeStringField("value", f.value());
    g.writeBooleanField("inferred", f.isInferred());
    if (f.inference().isPresent()) {
      g.writeStringField("inference", f.inference().get());
    }
    g.writeEndObject();
  }

  /** Writes {@code "name": {"count": n, "byKind": {"KIND": n, …}}}, kinds by name. */
  private static <T> void layer(String name, Collection<T> items, Function<T, String> kind, JsonGenerator g)
      throws IOException {
    Map<String, Long> counts = items.stream()
        .collect(Collectors.groupingBy(kind, TreeMap::new, Collectors.counting()));
    g.writeObjectFieldStart(name);
    g.writeNumberField("count", items.size());
    g.writeObjectFieldStart("byKind");
    for (Map.Entry<String, Long> e : counts.entrySet()) {
      g.writeNumberField(e.getKey(), e.getValue());
    }
    g.writeEndObject();
    g.writeEndObject();
  }
}
