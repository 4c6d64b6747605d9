package io.github.newscorpus.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import io.github.newscorpus.internal.CodePoints;
import io.github.newscorpus.json.Schema.ArticleField;
import io.github.newscorpus.json.Schema.EntityField;
import io.github.newscorpus.json.Schema.FactField;
import io.github.newscorpus.json.Schema.Fields;
import io.github.newscorpus.json.Schema.MentionField;
import io.github.newscorpus.json.Schema.MetadataField;
import io.github.newscorpus.json.Schema.ParagraphField;
import io.github.newscorpus.json.Schema.QuoteField;
import io.github.newscorpus.json.Schema.SpanField;
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
 * Writes one article as a JSON object of the {@code newscorpus/1} format, its fields in the order
 * of {@link Schema}, converting spans to code points and storing each span's covered text beside
 * it. Empty optional fields and empty layers are left out.
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
    Fields<ArticleField> a = Schema.ARTICLE;
    g.writeStartObject();
    string(a.name(ArticleField.ID), article.id());
    string(a.name(ArticleField.TEXT), article.text());
    metadata(article.metadata());
    array(a, ArticleField.PARAGRAPHS, article.paragraphs(), p -> {
      g.writeStartObject();
      spanFields(p.span());
      string(Schema.PARAGRAPH.name(ParagraphField.KIND), p.kind().name());
      g.writeEndObject();
    });
    array(a, ArticleField.SENTENCES, article.sentences(), s -> span(s.span()));
    array(a, ArticleField.TOKENS, article.tokens(), t -> span(t.span()));
    array(a, ArticleField.ENTITIES, article.entities(), this::entity);
    array(a, ArticleField.MENTIONS, article.mentions(), m -> {
      Fields<MentionField> f = Schema.MENTION;
      g.writeStartObject();
      string(f.name(MentionField.ID), m.id());
      spanFields(m.span());
      string(f.name(MentionField.ENTITY), m.entity().id());
      string(f.name(MentionField.KIND), m.kind().name());
      g.writeEndObject();
    });
    array(a, ArticleField.QUOTES, article.quotes(), this::quote);
    g.writeEndObject();
  }

  /** Writes {@code "field": [...]}, or nothing when the list is empty. */
  private <E extends Enum<E>, T> void array(Fields<E> fields, E field, List<T> items,
      ItemWriter<T> item) throws IOException {
    if (items.isEmpty()) {
      return;
    }
    g.writeFieldName(fields.name(field));
    g.writeStartArray();
    for (T t : items) {
      item.write(t);
    }
    g.writeEndArray();
  }

  private void metadata(Metadata m) throws IOException {
    if (m.equals(Metadata.EMPTY)) {
      return;
    }
    Fields<MetadataField> f = Schema.METADATA;
    g.writeFieldName(Schema.ARTICLE.name(ArticleField.METADATA));
    g.writeStartObject();
    optionalFact(f.name(MetadataField.PUBLISHER), m.publisher());
    optionalFact(f.name(MetadataField.PUBLISHED), m.published());
    array(f, MetadataField.UPDATED, m.updated(), this::fact);
    array(f, MetadataField.CONTRIBUTORS, m.contributors(), this::fact);
    array(f, MetadataField.CREDITS, m.credits(), this::fact);
    g.writeEndObject();
  }

  private void optionalFact(SerializableString name,
      Optional<Fact> fact) throws IOException {
    if (fact.isPresent()) {
      g.writeFieldName(name);
      fact(fact.get());
    }
  }

  private void fact(Fact fact) throws IOException {
    Fields<FactField> f = Schema.FACT;
    g.writeStartObject();
    string(f.name(FactField.VALUE), fact.value());
    if (fact.evidence().isPresent()) {
      g.writeFieldName(f.name(FactField.EVIDENCE));
      span(fact.evidence().get());
    }
    optionalString(f.name(FactField.INFERRED), fact.inference());
    g.writeEndObject();
  }

  private void entity(Entity e) throws IOException {
    Fields<EntityField> f = Schema.ENTITY;
    g.writeStartObject();
    string(f.name(EntityField.ID), e.id());
    string(f.name(EntityField.NAME), e.name());
    string(f.name(EntityField.TYPE), e.type().name());
    array(f, EntityField.ALIASES, e.aliases(), g::writeString);
    optionalString(f.name(EntityField.ROLE), e.role());
    optionalString(f.name(EntityField.AFFILIATION), e.affiliation());
    if (!e.externalIds().isEmpty()) {
      g.writeFieldName(f.name(EntityField.EXTERNAL_IDS));
      g.writeStartObject();
      for (Map.Entry<String, String> id : new TreeMap<>(e.externalIds()).entrySet()) {
        g.writeStringField(id.getKey(), id.getValue());
      }
      g.writeEndObject();
    }
    optionalString(f.name(EntityField.NOTE), e.note());
    g.writeEndObject();
  }

  private void quote(Quote q) throws IOException {
    Fields<QuoteField> f = Schema.QUOTE;
    g.writeStartObject();
    string(f.name(QuoteField.ID), q.id());
    string(f.name(QuoteField.KIND), q.kind().name());
    array(f, QuoteField.SEGMENTS, q.segments(), this::span);
    optionalString(f.name(QuoteField.SPEAKER), q.speaker().map(Entity::id));
    optionalString(f.name(QuoteField.SPEAKER_MENTION), q.speakerMention().map(Mention::id));
    if (q.cue().isPresent()) {
      g.writeFieldName(f.name(QuoteField.CUE));
      span(q.cue().get());
    }
    g.writeEndObject();
  }

  private void string(SerializableString name, String value)
      throws IOException {
    g.writeFieldName(name);
    g.writeString(value);
  }

  private void optionalString(SerializableString name,
      Optional<String> value) throws IOException {
    if (value.isPresent()) {
      string(name, value.get());
    }
  }

  private void span(Span s) throws IOException {
    g.writeStartObject();
    spanFields(s);
    g.writeEndObject();
  }

  private void spanFields(Span s) throws IOException {
    Fields<SpanField> f = Schema.SPAN;
    g.writeFieldName(f.name(SpanField.BEGIN));
    g.writeNumber(codePoints.toCodePoint(s.begin()));
    g.writeFieldName(f.name(SpanField.END));
    g.writeNumber(codePoints.toCodePoint(s.end()));
    string(f.name(SpanField.TEXT), article.text(s));
  }
}
