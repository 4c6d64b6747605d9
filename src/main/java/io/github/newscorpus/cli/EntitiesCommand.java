package io.github.newscorpus.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.newscorpus.Corpus;
import io.github.newscorpus.model.Article;
import io.github.newscorpus.model.Entity;
import io.github.newscorpus.model.EntityType;
import io.github.newscorpus.query.Located;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Lists entities, article by article in order of first mention, with their mention and quote counts. */
@Command(name = "entities",
    description = "List the entities, in order of first mention, with their numbers of mentions and quotes.")
final class EntitiesCommand extends CorpusCommand {

  @Option(names = "--type", paramLabel = "TYPE",
      description = "Only entities of this type: ${COMPLETION-CANDIDATES} (case ignored).")
  private EntityType type;

  private List<Located<Entity>> entities(Corpus corpus) {
    List<Located<Entity>> found = new ArrayList<>();
    for (Article a : corpus.articles()) {
      (type == null ? a.entities() : a.entities(type)).forEach(e -> found.add(new Located<>(a, e)));
    }
    return found;
  }

  @Override
  void writeText(Corpus corpus, PrintWriter out) {
    List<Located<Entity>> entities = entities(corpus);
    String what = (type == null ? "" : type.name().toLowerCase(Locale.ROOT).replace('_', ' ') + " ")
        + (entities.size() == 1 ? "entity" : "entities");
    out.println(entities.size() + " " + what + (entities.isEmpty() ? "." : ":"));
    if (entities.isEmpty()) {
      return;
    }
    int idWidth = Math.max(2, entities.stream().mapToInt(e -> e.item().id().length()).max().orElse(0));
    String row = "  %s%-" + idWidth + "s  %-14s  %8s  %6s  %s%n";
    String article = corpus.articles().size() == 1 ? "" : "ARTICLE  ";
    out.printf(row, article, "ID", "TYPE", "MENTIONS", "QUOTES", "NAME");
    for (Located<Entity> located : entities) {
      Article a = located.article();
      Entity e = located.item();
      String name = e.name() + e.role().map(r -> " (" + r + ")").orElse("");
      out.printf(row, articlePrefix(corpus, a), e.id(), e.type(), a.mentionsOf(e).size(),
          a.quotesBy(e).size(), name);
    }
  }

  @Override
  void writeJson(Corpus corpus, JsonOutput json) throws IOException {
    JsonGenerator g = json.g();
    g.writeStartObject();
    g.writeArrayFieldStart("entities");
    for (Located<Entity> located : entities(corpus)) {
      Article a = located.article();
      Entity e = located.item();
      g.writeStartObject();
      g.writeStringField("article", a.id());
      g.writeStringField("id", e.id());
      g.writeStringField("name", e.name());
      g.writeStringField("type", e.type().name());
      json.strings("aliases", e.aliases());
      if (e.role().isPresent()) {
        g.writeStringField("role", e.role().get());
      }
      if (a.affiliationOf(e).isPresent()) {
        json.entity("affiliation", a.affiliationOf(e));
      }
      g.writeNumberField("mentions", a.mentionsOf(e).size());
      g.writeNumberField("quotes", a.quotesBy(e).size());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }
}
