package io.github.newscorpus.json;

import com.fasterxml.jackson.core.JsonToken;
import io.github.newscorpus.json.Schema.ArticleField;
import io.github.newscorpus.json.Schema.EntityField;
import io.github.newscorpus.json.Schema.FactField;
import io.github.newscorpus.json.Schema.MentionField;
import io.github.newscorpus.json.Schema.MetadataField;
import io.github.newscorpus.json.Schema.ParagraphField;
import io.github.newscorpus.json.Schema.QuoteField;
import io.github.newscorpus.json.Schema.SpanField;
import io.github.newscorpus.model.Article;
import io.github.newscorpus.model.EntityType;
import io.github.newscorpus.model.MentionKind;
import io.github.newscorpus.model.ParagraphKind;
import io.github.newscorpus.model.QuoteKind;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Binds one article object to an {@link Article} in one pass over its tokens, its fields in any
 * order: every object is read into a {@link Draft} (spans in code points, references as ids),
 * every problem of shape or type reported at its place as it is met; when the object ends,
 * {@link ArticleAssembly} checks the spans against the text, resolves the references and builds
 * the article, whose rules the model checks.
 *
 * <p>Not thread-safe; one per article.
 */
final class ArticleBinder {

  /** Reads one object, whose {@code START_OBJECT} is current, into its draft. */
  @FunctionalInterface
  private interface ObjectReader {
    void read(Draft draft) throws IOException, Tokens.Stop;
  }

  private final Tokens t;
  private final ArticleAssembly a;

  private ArticleBinder(Tokens tokens, Draft article) {
    this.t = tokens;
    this.a = new ArticleAssembly(tokens.problems, article);
  }

  /**
   * Returns the article whose {@code START_OBJECT} is the parser's current token, leaving the
   * parser on its {@code END_OBJECT}; or null, after adding every problem found to the problems.
   *
   * @throws Tokens.Stop when a limit broke; the problem is added
   * @throws IOException when the input cannot be read or is not JSON
   */
  static Article bind(Tokens tokens, Draft article) throws IOException, Tokens.Stop {
    ArticleBinder binder = new ArticleBinder(tokens, article);
    binder.article(article);
    tokens.end();
    return binder.a.build();
  }

  private void article(Draft d) throws IOException, Tokens.Stop {
    d.at = t.problems.token();
    long seen = 0;
    for (String name = t.field(); name != null; name = t.field()) {
      ArticleField f = t.accept(Schema.ARTICLE, name, seen, d);
      if (f == null) {
        continue;
      }
      seen |= 1L << f.ordinal();
      switch (f) {
        case ID -> {
          d.idAt = t.problems.token();
          d.id = t.string(d, name);
        }
        case TEXT -> a.text(t.string(d, name));
        case METADATA -> object(d.child(name), this::metadata);
        case PARAGRAPHS -> layer(d, name, a.paragraphs, this::paragraph);
        case SENTENCES -> layer(d, name, a.sentences, this::span);
        case TOKENS -> layer(d, name, a.tokens, this::span);
        case ENTITIES -> layer(d, name, a.entities, this::entity);
        case MENTIONS -> layer(d, name, a.mentions, this::mention);
        default -> layer(d, name, a.quotes, this::quote);
      }
    }
    t.require(Schema.ARTICLE, seen, d, ArticleField.ID, ArticleField.TEXT);
  }

  /** Reads an array of objects, its {@code START_ARRAY} current, into {@code items}. */
  private void layer(Draft owner, String field, List<Draft> items, ObjectReader reader)
      throws IOException, Tokens.Stop {
    array(owner, field, items, reader, true);
  }

  private void array(Draft owner, String field, List<Draft> items, ObjectReader reader,
      boolean annotations) throws IOException, Tokens.Stop {
    if (t.parser.currentToken() != JsonToken.START_ARRAY) {
      t.wrongType("an array", owner, field);
      return;
    }
    Draft array = owner.child(field);
    for (JsonToken token = t.next(); token != JsonToken.END_ARRAY; token = t.next()) {
      if (annotations) {
        t.annotation();
      }
      Draft item = array.item(items.size());
      items.add(item);
      object(item, reader);
    }
  }

  /** Reads the object whose first token is current into {@code d}, or reports what it is. */
  private void object(Draft d, ObjectReader reader) throws IOException, Tokens.Stop {
    if (t.parser.currentToken() != JsonToken.START_OBJECT) {
      t.wrongType("an object", d, null);
      return;
    }
    d.at = t.problems.token();
    reader.read(d);
  }

  private void span(Draft d) throws IOException, Tokens.Stop {
    long seen = 0;
    for (String name = t.field(); name != null; name = t.field()) {
      SpanField f = t.accept(Schema.SPAN, name, seen, d);
      if (f != null) {
        seen |= 1L << f.ordinal();
        spanValue(d, f, name);
      }
    }
    t.require(Schema.SPAN, seen, d, SpanField.BEGIN, SpanField.END, SpanField.TEXT);
  }

  /** Reads the value of field {@code f}, {@code begin}, {@code end} or {@code text}, into {@code d}. */
  private void spanValue(Draft d, SpanField f, String name) throws IOException, Tokens.Stop {
    switch (f) {
      case BEGIN -> d.begin = t.offset(d, name);
      case END -> {
        d.endAt = t.problems.token();
        d.end = t.offset(d, name);
      }
      default -> {
        d.textAt = t.problems.token();
        d.text = t.string(d, name);
      }
    }
  }

  private void paragraph(Draft d) throws IOException, Tokens.Stop {
    long seen = 0;
    for (String name = t.field(); name != null; name = t.field()) {
      ParagraphField f = t.accept(Schema.PARAGRAPH, name, seen, d);
      if (f == null) {
        continue;
      }
      seen |= 1L << f.ordinal();
      switch (f) {
        case KIND -> d.kind = t.constant(ParagraphKind.class, d, name);
        case BEGIN -> spanValue(d, SpanField.BEGIN, name);
        case END -> spanValue(d, SpanField.END, name);
        default -> spanValue(d, SpanField.TEXT, name);
      }
    }
    t.require(Schema.PARAGRAPH, seen, d, ParagraphField.BEGIN, ParagraphField.END,
        ParagraphField.TEXT, ParagraphField.KIND);
  }

  private void entity(Draft d) throws IOException, Tokens.Stop {
    long seen = 0;
    String name = null;
    EntityType type = null;
    List<String> aliases = List.of();
    String role = null;
    String affiliation = null;
    Map<String, String> externalIds = Map.of();
    String note = null;
    for (String field = t.field(); field != null; field = t.field()) {
      EntityField f = t.accept(Schema.ENTITY, field, seen, d);
      if (f == null) {
        continue;
      }
      seen |= 1L << f.ordinal();
      switch (f) {
        case ID -> d.id = t.string(d, field);
        case NAME -> name = t.string(d, field);
        case TYPE -> type = t.constant(EntityType.class, d, field);
        case ALIASES -> aliases = t.strings(d, field);
        case ROLE -> role = t.string(d, field);
        case AFFILIATION -> affiliation = t.string(d, field);
        case EXTERNAL_IDS -> externalIds = t.stringMap(d, field);
        default -> note = t.string(d, field);
      }
    }
    t.require(Schema.ENTITY, seen, d, EntityField.ID, EntityField.NAME, EntityField.TYPE);
    if (!d.bad) {
      a.entity(d, name, type, aliases, Optional.ofNullable(role), Optional.ofNullable(affiliation),
          externalIds, Optional.ofNullable(note));
    }
  }

  private void mention(Draft d) throws IOException, Tokens.Stop {
    long seen = 0;
    for (String name = t.field(); name != null; name = t.field()) {
      MentionField f = t.accept(Schema.MENTION, name, seen, d);
      if (f == null) {
        continue;
      }
      seen |= 1L << f.ordinal();
      switch (f) {
        case ID -> d.id = t.string(d, name);
        case ENTITY -> {
          d.referenceAt = t.problems.token();
          d.reference = t.string(d, name);
        }
        case KIND -> d.kind = t.constant(MentionKind.class, d, name);
        case BEGIN -> spanValue(d, SpanField.BEGIN, name);
        case END -> spanValue(d, SpanField.END, name);
        default -> spanValue(d, SpanField.TEXT, name);
      }
    }
    t.require(Schema.MENTION, seen, d, MentionField.ID, MentionField.BEGIN, MentionField.END,
        MentionField.TEXT, MentionField.ENTITY, MentionField.KIND);
  }

  private void quote(Draft d) throws IOException, Tokens.Stop {
    long seen = 0;
    for (String name = t.field(); name != null; name = t.field()) {
      QuoteField f = t.accept(Schema.QUOTE, name, seen, d);
      if (f == null) {
        continue;
      }
      seen |= 1L << f.ordinal();
      switch (f) {
        case ID -> d.id = t.string(d, name);
        case KIND -> d.kind = t.constant(QuoteKind.class, d, name);
        case SEGMENTS -> {
          d.segments = new ArrayList<>(2);
          array(d, name, d.segments, this::span, false);
        }
        case SPEAKER -> {
          d.referenceAt = t.problems.token();
          d.reference = t.string(d, name);
        }
        case SPEAKER_MENTION -> {
          d.speakerMentionAt = t.problems.token();
          d.speakerMention = t.string(d, name);
        }
        default -> {
          d.cue = d.child(name);
          object(d.cue, this::span);
        }
      }
    }
    t.require(Schema.QUOTE, seen, d, QuoteField.ID, QuoteField.KIND, QuoteField.SEGMENTS);
  }

  private void metadata(Draft d) throws IOException, Tokens.Stop {
    a.metadata = d;
    long seen = 0;
    for (String name = t.field(); name != null; name = t.field()) {
      MetadataField f = t.accept(Schema.METADATA, name, seen, d);
      if (f == null) {
        continue;
      }
      seen |= 1L << f.ordinal();
      switch (f) {
        case PUBLISHER -> object(a.publisher = d.child(name), this::fact);
        case PUBLISHED -> object(a.published = d.child(name), this::fact);
        case UPDATED -> array(d, name, a.updated, this::fact, false);
        case CONTRIBUTORS -> array(d, name, a.contributors, this::fact, false);
        default -> array(d, name, a.credits, this::fact, false);
      }
    }
  }

  private void fact(Draft d) throws IOException, Tokens.Stop {
    long seen = 0;
    for (String name = t.field(); name != null; name = t.field()) {
      FactField f = t.accept(Schema.FACT, name, seen, d);
      if (f == null) {
        continue;
      }
      seen |= 1L << f.ordinal();
      switch (f) {
        case VALUE -> d.value = t.string(d, name);
        case EVIDENCE -> {
          d.cue = d.child(name);
          object(d.cue, this::span);
        }
        default -> d.inferred = t.string(d, name);
      }
    }
    t.require(Schema.FACT, seen, d, FactField.VALUE);
  }
}
