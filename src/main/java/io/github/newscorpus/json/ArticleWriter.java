package io.github.newscorpus.json;

import io.github.newscorpus.internal.CodePoints;
import com.fasterxml.jackson.core.JsonGenerator;
import io.github.newscorpus.model.Article;
import io.github.newscorpus.model.Entity;
import io.github.newscorpus.model.Fact;
import io.github.newscorpus.model.Mention;
import io.github.newscorpus.model.Metadata;
import io.github.newscorpus.model.Quote;
import io.github.newscorpus.model.Span;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Writes one article as a JSON object of the {@code newscorpus/1} format, converting spans to
 * code points and storing each span's covered text beside it. Empty optional fields and empty
 * layers are left out.
 */
final class ArticleWriter {

  private final Article article;
  private final CodePoints codePoints;
  private final JsonGenerator g;

  private ArticleWriter(Article article, JsonGenerator g) {
    this.article = article;
    this.codePoints = new CodePoints(article.text());
    this.g = g;
  }

  static void write(Article article, JsonGenerator g) throws IOException {
    new ArticleWriter(article, g).write();
  }

  /** Writes one item of a layer. */
  @FunctionalInterface
  private interface ItemWriter<T> {
    void write(T item) throws IOException;
  }

  private void write() throws IOException {
    g.writeStartObject();
    g.writeStringField("id", article.id());
    g.writeStringField("text", article.text());
    metadata(article.metadata());
    array("paragraphs", article.paragraphs(), p -> {
      g.writeStartObject();
      spanFields(p.span());
      g.writeStringField("kind", p.kind().name());
      g.writeEndObject();
    });
    array("sentences", article.sentences(), s -> span(s.span()));
    array("tokens", article.tokens(), t -> span(t.span()));
    array("entities", article.entities(), this::entity);
    array("mentions", article.mentions(), m -> {
      g.writeStartObject();
      g.writeStringField("id", m.id());
      spanFields(m.span());
      g.writeStringField("entity", m.entity().id());
      g.writeStringField("kind", m.kind().name());
      g.writeEndObject();
    });
    array("quotes", article.quotes(), this::quote);
    g.writeEndObject();
  }

  /** Writes {@code "field": [...]}, or nothing when the list is empty. */
  private <T> void array(String field, List<T> items, ItemWriter<T> item) throws IOException {
    if (items.isEmpty()) {
      return;
    }
    g.writeArrayFieldStart(field);
    for (T t : items) {
      item.write(t);
    }
    g.writeEndArray();
  }

  private void metadata(Metadata m) throws IOException {
    if (m.equals(Metadata.EMPTY)) {
      return;
    }
    g.writeObjectFieldStart("metadata");
    optionalFact("publisher", m.publisher());
    optionalFact("published", m.published());
    array("updated", m.updated(), this::fact);
    array("contributors", m.contributors(), this::fact);
    array("credits", m.credits(), this::fact);
    g.writeEndObject();
  }

  private void optionalFact(String field, Optional<Fact> fact) throws IOException {
    if (fact.isPresent()) {
      g.writeFieldName(field);
      fact(fact.get());
    }
  }

  private void fact(Fact f) throws IOException {
    g.writeStartObject();
    g.writeStringField("value", f.value());
    if (f.evidence().isPresent()) {
      g.writeFieldName("evidence");
      span(f.evidence().get());
    }
    optionalString("inferred", f.inference());
    g.writeEndObject();
  }

  private void entity(Entity e) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", e.id());
    g.writeStringField("name", e.name());
    g.writeStringField("type", e.type().name());
    array("aliases", e.aliases(), g::writeString);
    optionalString("role", e.role());
    optionalString("affiliation", e.affiliation());
    if (!e.externalIds().isEmpty()) {
      g.writeObjectFieldStart("externalIds");
      for (Map.Entry<String, String> id : new TreeMap<>(e.externalIds()).entrySet()) {
        g.writeStringField(id.getKey(), id.getValue());
      }
      g.writeEndObject();
    }
    optionalString("note", e.note());
    g.writeEndObject();
  }

  private void quote(Quote q) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", q.id());
    g.writeStringField("kind", q.kind().name());
    array("segments", q.segments(), this::span);
    optionalString("speaker", q.speaker().map(Entity::id));
    optionalString("speakerMention", q.speakerMention().map(Mention::id));
    if (q.cue().isPresent()) {
      g.writeFieldName("cue");
      span(q.cue().get());
    }
    g.writeEndObject();
  }

  private void optionalString(String field, Optional<String> value) throws IOException {
    if (value.isPresent()) {
      g.writeStringField(field, value.get());
    }
  }

  private void span(Span s) throws IOException {
    g.writeStartObject();
    spanFields(s);
    g.writeEndObject();
  }

  private void spanFields(Span s) throws IOException {
    g.writeNumberField("begin", codePoints.toCodePoint(s.begin()));
    g.writeNumberField("end", codePoints.toCodePoint(s.end()));
    g.writeStringField("text", article.text(s));
  }
}
