package io.github.newscorpus.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.github.newscorpus.internal.CodePoints;
import io.github.newscorpus.internal.Regions;
import io.github.newscorpus.model.Article;
import io.github.newscorpus.model.Entity;
import io.github.newscorpus.model.EntityType;
import io.github.newscorpus.model.Fact;
import io.github.newscorpus.model.Mention;
import io.github.newscorpus.model.MentionKind;
import io.github.newscorpus.model.Metadata;
import io.github.newscorpus.model.Paragraph;
import io.github.newscorpus.model.ParagraphKind;
import io.github.newscorpus.model.Quote;
import io.github.newscorpus.model.QuoteKind;
import io.github.newscorpus.model.Sentence;
import io.github.newscorpus.model.Span;
import io.github.newscorpus.model.Token;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;

/**
 * Binds one article object straight from Jackson's tokens to an {@link Article}, with no tree
 * and no places, for input that is valid: at the first thing {@link ArticleReader} would report
 * (a field unknown, repeated, missing or mistyped, an offset or covered text wrong, a reference
 * dangling, a limit broken, a rule of the model broken) it throws {@link Unsure}, and the article
 * is read again by {@link ArticleReader}, which places every problem. The article's fields must
 * come in the order {@link ArticleWriter} writes them ({@code id} anywhere); other orders are
 * left to the checking path too. Either way the article is the same.
 */
final class DirectBinder {

  /** The article's fields in the order the writer writes them, {@code id} aside. */
  private static final List<String> ORDER = List.of(
      "text", "metadata", "paragraphs", "sentences", "tokens", "entities", "mentions", "quotes");

  private final JsonParser parser;
  private final Limits limits;
  private int values = 1; // the article object itself
  private int annotations;
  private String text;
  private CodePoints codePoints;
  private final Map<String, Entity> entities = new HashMap<>();
  private final Map<String, Mention> mentions = new HashMap<>();

  private DirectBinder(JsonParser parser, Limits limits) {
    this.parser = parser;
    this.limits = limits;
  }

  /**
   * Returns the article whose {@code START_OBJECT} is the parser's current token, leaving the
   * parser on its {@code END_OBJECT}.
   *
   * @throws Unsure when the article is not one this class vouches for
   * @throws IOException when the input cannot be read or is not JSON (then the checking path
   *     reports it)
   */
  static Article bind(JsonParser parser, Limits limits) throws IOException, Unsure {
    try {
      return new DirectBinder(parser, limits).article();
    } catch (IllegalArgumentException e) {
      throw new Unsure("a record's check: " + e.getMessage()); // see ArticleReader.construct
    }
  }

  private Article article() throws IOException, Unsure {
    String id = null;
    int last = -1;
    Metadata metadata = Metadata.EMPTY;
    List<Paragraph> paragraphs = List.of();
    List<Sentence> sentences = List.of();
    List<Token> tokens = List.of();
    List<Entity> entityList = List.of();
    List<Mention> mentionList = List.of();
    List<Quote> quotes = List.of();
    for (String name = field(); name != null; name = field()) {
      if (name.equals("id")) {
        id = once(id, string());
        continue;
      }
      int rank = ORDER.indexOf(name);
      if (rank <= last) {
        throw new Unsure("field \"" + name + "\" unknown, repeated or out of the writer's order");
      }
      last = rank;
      if (rank > 0 && text == null) {
        throw new Unsure("a layer before the text");
      }
      switch (name) {
        case "text" -> {
          text = string();
          codePoints = new CodePoints(text);
        }
        case "metadata" -> metadata = metadata();
        case "paragraphs" -> paragraphs = layer(this::paragraph);
        case "sentences" -> sentences = layer(() -> new Sentence(span(), stored));
        case "tokens" -> tokens = layer(() -> new Token(span(), stored));
        case "entities" -> entityList = ArticleReader.register(layer(this::entity), entities, Entity::id);
        case "mentions" -> mentionList = ArticleReader.register(layer(this::mention), mentions, Mention::id);
        default -> quotes = layer(this::quote);
      }
    }
    if (id == null || text == null) {
      throw new Unsure("no id or no text");
    }
    Article.Builder builder = Article.builder(id, text).metadata(metadata).paragraphs(paragraphs)
        .sentences(sentences).tokens(tokens).entities(entityList).mentions(mentionList)
        .quotes(quotes);
    if (!builder.problems().isEmpty()) {
      throw new Unsure("the model's rules: " + builder.problems().get(0));
    }
    return builder.build();
  }

  /** Reads one item of a layer, the parser on its {@code START_OBJECT}. */
  @FunctionalInterface
  private interface Item<T> {
    T read() throws IOException, Unsure;
  }

  private <T> List<T> layer(Item<T> item) throws IOException, Unsure {
    expect(JsonToken.START_ARRAY);
    List<T> items = new ArrayList<>();
    for (JsonToken t = next(); t != JsonToken.END_ARRAY; t = next()) {
      if (++annotations > limits.maxAnnotations()) {
        throw new Unsure("maxAnnotations");
      }
      if (t != JsonToken.START_OBJECT) {
        throw new Unsure("an item that is not an object");
      }
      items.add(item.read());
    }
    return items;
  }

  // Span objects: begin, end and text in any order, read into these, then checked by span().
  private int begin;
  private int end;
  private String stored;

  private Paragraph paragraph() throws IOException, Unsure {
    startSpan();
    ParagraphKind kind = null;
    for (String name = field(); name != null; name = field()) {
      if (!spanField(name)) {
        if (!name.equals("kind")) {
          throw new Unsure("unknown paragraph field");
        }
        kind = once(kind, kind(ParagraphKind.class));
      }
    }
    return new Paragraph(endSpan(), stored, required(kind));
  }

  /** Reads an object of begin, end and text alone; returns its span, its text in {@link #stored}. */
  private Span span() throws IOException, Unsure {
    startSpan();
    for (String name = field(); name != null; name = field()) {
      if (!spanField(name)) {
        throw new Unsure("unknown span field");
      }
    }
    return endSpan();
  }

  private void startSpan() {
    begin = -1;
    end = -1;
    stored = null;
  }

  /** Reads the current field when it is begin, end or text; returns whether it was. */
  private boolean spanField(String name) throws IOException, Unsure {
    switch (name) {
      case "begin" -> begin = offset(begin);
      case "end" -> end = offset(end);
      case "text" -> stored = once(stored, string());
      default -> {
        return false;
      }
    }
    return true;
  }

  /** Checks the span read, as {@code ArticleReader.span} does, and returns it in UTF-16 indices. */
  private Span endSpan() throws Unsure {
    if (begin < 0 || end < 0 || stored == null) {
      throw new Unsure("a span without begin, end or text");
    }
    if (end < begin || end > codePoints.count()) {
      throw new Unsure("a span out of order or past the text");
    }
    int from = codePoints.toUtf16(begin);
    int to = codePoints.toUtf16(end);
    if (stored.length() != to - from || !Regions.matches(text, from, stored)) {
      throw new Unsure("a covered text that does not match");
    }
    return new Span(from, to);
  }

  private Entity entity() throws IOException, Unsure {
    String id = null;
    String name = null;
    EntityType type = null;
    List<String> aliases = null;
    String role = null;
    String affiliation = null;
    Map<String, String> externalIds = null;
    String note = null;
    for (String field = field(); field != null; field = field()) {
      switch (field) {
        case "id" -> id = once(id, string());
        case "name" -> name = once(name, string());
        case "type" -> type = once(type, kind(EntityType.class));
        case "aliases" -> aliases = once(aliases, strings());
        case "role" -> role = once(role, string());
        case "affiliation" -> affiliation = once(affiliation, string());
        case "externalIds" -> externalIds = once(externalIds, stringMap());
        case "note" -> note = once(note, string());
        default -> throw new Unsure("unknown entity field");
      }
    }
    return new Entity(required(id), required(name), required(type),
        aliases == null ? List.of() : aliases, Optional.ofNullable(role),
        Optional.ofNullable(affiliation), externalIds == null ? new HashMap<>() : externalIds,
        Optional.ofNullable(note));
  }

  private Mention mention() throws IOException, Unsure {
    startSpan();
    String id = null;
    Entity entity = null;
    MentionKind kind = null;
    for (String name = field(); name != null; name = field()) {
      if (!spanField(name)) {
        switch (name) {
          case "id" -> id = once(id, string());
          case "entity" -> entity = once(entity, reference(entities));
          case "kind" -> kind = once(kind, kind(MentionKind.class));
          default -> throw new Unsure("unknown mention field");
        }
      }
    }
    Span span = endSpan();
    return new Mention(required(id), span, stored, required(entity), required(kind));
  }

  private Quote quote() throws IOException, Unsure {
    String id = null;
    QuoteKind kind = null;
    List<Span> segments = null;
    StringJoiner joined = new StringJoiner(" ");
    Entity speaker = null;
    Mention speakerMention = null;
    Span cue = null;
    for (String name = field(); name != null; name = field()) {
      switch (name) {
        case "id" -> id = once(id, string());
        case "kind" -> kind = once(kind, kind(QuoteKind.class));
        case "segments" -> {
          segments = once(segments, new ArrayList<>());
          expect(JsonToken.START_ARRAY);
          for (JsonToken s = next(); s != JsonToken.END_ARRAY; s = next()) {
            if (s != JsonToken.START_OBJECT) {
              throw new Unsure("a segment that is not an object");
            }
            segments.add(span());
            joined.add(stored);
          }
        }
        case "speaker" -> speaker = once(speaker, reference(entities));
        case "speakerMention" -> speakerMention = once(speakerMention, reference(mentions));
        case "cue" -> {
          cue = once(cue, object(this::span));
        }
        default -> throw new Unsure("unknown quote field");
      }
    }
    return new Quote(required(id), required(kind), required(segments), joined.toString(),
        Optional.ofNullable(speaker), Optional.ofNullable(speakerMention),
        Optional.ofNullable(cue));
  }

  private Metadata metadata() throws IOException, Unsure {
    expect(JsonToken.START_OBJECT);
    Fact publisher = null;
    Fact published = null;
    List<Fact> updated = null;
    List<Fact> contributors = null;
    List<Fact> credits = null;
    for (String name = field(); name != null; name = field()) {
      switch (name) {
        case "publisher" -> publisher = once(publisher, object(this::fact));
        case "published" -> published = once(published, object(this::fact));
        case "updated" -> updated = once(updated, facts());
        case "contributors" -> contributors = once(contributors, facts());
        case "credits" -> credits = once(credits, facts());
        default -> throw new Unsure("unknown metadata field");
      }
    }
    return new Metadata(Optional.ofNullable(publisher), Optional.ofNullable(published),
        orEmpty(updated), orEmpty(contributors), orEmpty(credits));
  }

  /** Reads an array of facts; unlike the article's layers, its items are not annotations. */
  private List<Fact> facts() throws IOException, Unsure {
    expect(JsonToken.START_ARRAY);
    List<Fact> facts = new ArrayList<>();
    for (JsonToken t = next(); t != JsonToken.END_ARRAY; t = next()) {
      if (t != JsonToken.START_OBJECT) {
        throw new Unsure("a fact that is not an object");
      }
      facts.add(fact());
    }
    return facts;
  }

  private Fact fact() throws IOException, Unsure {
    String value = null;
    Span evidence = null;
    String inferred = null;
    for (String name = field(); name != null; name = field()) {
      switch (name) {
        case "value" -> value = once(value, string());
        case "evidence" -> evidence = once(evidence, object(this::span));
        case "inferred" -> inferred = once(inferred, string());
        default -> throw new Unsure("unknown fact field");
      }
    }
    return new Fact(required(value), Optional.ofNullable(evidence),
        Optional.ofNullable(inferred));
  }

  private <T> T object(Item<T> item) throws IOException, Unsure {
    expect(JsonToken.START_OBJECT);
    return item.read();
  }

  private static <T> List<T> orEmpty(List<T> list) {
    return list == null ? List.of() : list;
  }

  /**
   * Returns the name of the object's next field, or null at its end (then the current token is
   * its {@code END_OBJECT}): Jackson's {@code nextFieldName}, which saves a call per field.
   */
  private String field() throws IOException, Unsure {
    String name = parser.nextFieldName();
    if (name == null && !parser.hasToken(JsonToken.END_OBJECT)) {
      throw new Unsure("expected a field or the object's end");
    }
    return name;
  }

  // Values. Each read of a value's first token goes through next(), which counts it.

  private JsonToken next() throws IOException, Unsure {
    JsonToken t = parser.nextToken();
    if (t != JsonToken.END_ARRAY && t != JsonToken.END_OBJECT && t != JsonToken.FIELD_NAME
        && ++values > limits.maxArticleValues()) {
      throw new Unsure("maxArticleValues");
    }
    return t;
  }

  private void expect(JsonToken token) throws IOException, Unsure {
    if (next() != token) {
      throw new Unsure("expected " + token);
    }
  }

  private String string() throws IOException, Unsure {
    expect(JsonToken.VALUE_STRING);
    return parser.getText();
  }

  private List<String> strings() throws IOException, Unsure {
    expect(JsonToken.START_ARRAY);
    List<String> strings = new ArrayList<>();
    for (JsonToken t = next(); t != JsonToken.END_ARRAY; t = next()) {
      if (t != JsonToken.VALUE_STRING) {
        throw new Unsure("an item that is not a string");
      }
      strings.add(parser.getText());
    }
    return List.copyOf(strings);
  }

  private Map<String, String> stringMap() throws IOException, Unsure {
    expect(JsonToken.START_OBJECT);
    Map<String, String> map = new HashMap<>();
    for (String name = field(); name != null; name = field()) {
      if (map.put(name, string()) != null) {
        throw new Unsure("a repeated field");
      }
    }
    return map;
  }

  /** Reads a non-negative integer that fits in an {@code int}, once: {@code previous} is -1. */
  private int offset(int previous) throws IOException, Unsure {
    if (previous >= 0) {
      throw new Unsure("a repeated offset");
    }
    if (next() != JsonToken.VALUE_NUMBER_INT
        || parser.getNumberType() != JsonParser.NumberType.INT || parser.getIntValue() < 0) {
      throw new Unsure("an offset that is not a non-negative int");
    }
    return parser.getIntValue();
  }

  private <E extends Enum<E>> E kind(Class<E> type) throws IOException, Unsure {
    String name = string();
    try {
      return Enum.valueOf(type, name);
    } catch (IllegalArgumentException e) {
      throw new Unsure("an unknown " + type.getSimpleName());
    }
  }

  private <T> T reference(Map<String, T> targets) throws IOException, Unsure {
    T target = targets.get(string());
    if (target == null) {
      throw new Unsure("a dangling reference");
    }
    return target;
  }

  /** Returns {@code value}, unless a value was read before ({@code previous} not null). */
  private static <T> T once(Object previous, T value) throws Unsure {
    if (previous != null) {
      throw new Unsure("a repeated field");
    }
    return value;
  }

  private static <T> T required(T value) throws Unsure {
    if (value == null) {
      throw new Unsure("a missing field");
    }
    return value;
  }
}
