package io.github.newscorpus.json;

import io.github.newscorpus.internal.CodePoints;
import io.github.newscorpus.internal.Messages;
import io.github.newscorpus.json.JsonTree.ArrayNode;
import io.github.newscorpus.json.JsonTree.Node;
import io.github.newscorpus.json.JsonTree.ObjectNode;
import io.github.newscorpus.model.Article;
import io.github.newscorpus.model.Entity;
import io.github.newscorpus.model.EntityType;
import io.github.newscorpus.model.Fact;
import io.github.newscorpus.model.Mention;
import io.github.newscorpus.model.MentionKind;
import io.github.newscorpus.model.Metadata;
import io.github.newscorpus.model.Paragraph;
import io.github.newscorpus.model.ParagraphKind;
import io.github.newscorpus.model.Problem;
import io.github.newscorpus.model.Quote;
import io.github.newscorpus.model.QuoteKind;
import io.github.newscorpus.model.Sentence;
import io.github.newscorpus.model.Span;
import io.github.newscorpus.model.Token;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Binds one article object of the JSON format to an {@link Article}, reporting every problem
 * with its place: first the format's own (types, fields, offsets, covered text, references),
 * then the model's rules (overlaps, duplicate ids), mapped back to the JSON item that broke them.
 */
final class ArticleReader {

  private static final Set<String> ARTICLE_FIELDS = Set.of(
      "id", "text", "metadata", "paragraphs", "sentences", "tokens", "entities", "mentions", "quotes");
  private static final Set<String> SPAN_FIELDS = Set.of("begin", "end", "text");
  private static final Set<String> PARAGRAPH_FIELDS = Set.of("begin", "end", "text", "kind");
  private static final Set<String> ENTITY_FIELDS = Set.of(
      "id", "name", "type", "aliases", "role", "affiliation", "externalIds", "note");
  private static final Set<String> MENTION_FIELDS =
      Set.of("id", "begin", "end", "text", "entity", "kind");
  private static final Set<String> QUOTE_FIELDS =
      Set.of("id", "kind", "segments", "speaker", "speakerMention", "cue");
  private static final Set<String> METADATA_FIELDS =
      Set.of("publisher", "published", "updated", "contributors", "credits");
  private static final Set<String> FACT_FIELDS = Set.of("value", "evidence", "inferred");

  private final Problems problems;
  private final ObjectReader article;
  /** The article's text, or "" when it has none; then no offset is checked. */
  private final String text;
  private final boolean hasText;
  private final CodePoints codePoints;
  /** For each list the builder gets, the JSON index of each item it holds. */
  private final Map<String, List<Integer>> origins = new HashMap<>();
  /** Ids of items that exist but could not be read; references to them are not reported again. */
  private final Set<String> unreadable = new HashSet<>();

  private ArticleReader(ObjectReader article, Optional<String> text, Problems problems) {
    this.article = article;
    this.text = text.orElse("");
    this.hasText = text.isPresent();
    this.codePoints = new CodePoints(this.text);
    this.problems = problems;
  }

  /**
   * Returns the article, or empty after adding every problem found to {@code problems}. Without
   * a valid text, the layers are still checked, all but their offsets.
   */
  static Optional<Article> read(Node node, String pointer, Problems problems) {
    return ObjectReader.of(node, Pointer.of(pointer), problems, ARTICLE_FIELDS).flatMap(r -> {
      Optional<String> id = r.requiredString("id");
      Optional<String> text = r.requiredString("text");
      return new ArticleReader(r, text, problems).bind(id);
    });
  }

  private Optional<Article> bind(Optional<String> id) {
    Map<String, Entity> entities = new HashMap<>();
    Map<String, Mention> mentions = new HashMap<>();
    Article.Builder builder = Article.builder(id.orElse("?"), text)
        .paragraphs(layer("paragraphs", this::paragraph))
        .sentences(layer("sentences", this::sentence))
        .tokens(layer("tokens", this::token))
        .entities(register(layer("entities", this::entity), entities, Entity::id))
        .mentions(register(layer("mentions", (item, at) -> mention(item, at, entities)),
            mentions, Mention::id))
        .quotes(layer("quotes", (item, at) -> quote(item, at, entities, mentions)));
    article.optional("metadata").flatMap(this::metadata).ifPresent(builder::metadata);
    if (id.isEmpty() || !hasText) {
      return Optional.empty();
    }
    for (Problem p : builder.problems()) {
      String pointer = pointerOf(p.path());
      problems.add(locate(pointer), pointer, p.message());
    }
    return article.clean() ? Optional.of(builder.build()) : Optional.empty();
  }

  /** Adds each item to {@code byId} under its id, the first of an id kept; returns the items. */
  static <T> List<T> register(List<T> items, Map<String, T> byId, Function<T, String> id) {
    items.forEach(item -> byId.putIfAbsent(id.apply(item), item));
    return items;
  }

  /** Reads every item of an optional array field, keeping those that bind and their origins. */
  private <T> List<T> layer(String field, BiFunction<Node, Pointer, Optional<T>> bind) {
    return list(article, field, field, bind);
  }

  private <T> List<T> list(ObjectReader owner, String field, String path,
      BiFunction<Node, Pointer, Optional<T>> bind) {
    List<T> items = new ArrayList<>();
    List<Integer> origin = new ArrayList<>();
    List<Node> nodes = owner.optionalArray(field).orElse(List.of());
    Pointer pointer = owner.pointer(field);
    for (int i = 0; i < nodes.size(); i++) {
      Optional<T> item = bind.apply(nodes.get(i), pointer.item(i));
      if (item.isPresent()) {
        items.add(item.get());
        origin.add(i);
      } else {
        idOf(nodes.get(i)).ifPresent(unreadable::add);
      }
    }
    origins.put(path, origin);
    return items;
  }

  private static Optional<String> idOf(Node node) {
    if (node instanceof ObjectNode o && o.fields().get("id") instanceof JsonTree.StringNode s) {
      return Optional.of(s.value());
    }
    return Optional.empty();
  }

  private Optional<Paragraph> paragraph(Node node, Pointer at) {
    return ObjectReader.of(node, at, problems, PARAGRAPH_FIELDS).flatMap(r -> {
      Optional<Span> span = span(r);
      Optional<ParagraphKind> kind = r.requiredEnum("kind", ParagraphKind.class);
      return both(span, kind, (s, k) -> new Paragraph(s, covered(s), k));
    });
  }

  private Optional<Sentence> sentence(Node node, Pointer at) {
    return ObjectReader.of(node, at, problems, SPAN_FIELDS).flatMap(r ->
        span(r).map(s -> new Sentence(s, covered(s))));
  }

  private Optional<Token> token(Node node, Pointer at) {
    return ObjectReader.of(node, at, problems, SPAN_FIELDS).flatMap(r ->
        span(r).map(s -> new Token(s, covered(s))));
  }

  private Optional<Entity> entity(Node node, Pointer at) {
    return ObjectReader.of(node, at, problems, ENTITY_FIELDS).flatMap(r -> {
          Optional<String> id = r.requiredString("id");
          Optional<String> name = r.requiredString("name");
          Optional<EntityType> type = r.requiredEnum("type", EntityType.class);
          List<String> aliases = r.optionalStrings("aliases").orElse(List.of());
          Optional<String> role = r.optionalString("role");
          Optional<String> affiliation = r.optionalString("affiliation");
          Map<String, String> externalIds = externalIds(r);
          Optional<String> note = r.optionalString("note");
          if (!r.clean() || id.isEmpty() || name.isEmpty() || type.isEmpty()) {
            return Optional.empty();
          }
          return construct(r, () -> new Entity(id.get(), name.get(), type.get(), aliases, role,
              affiliation, externalIds, note));
        });
  }

  private Map<String, String> externalIds(ObjectReader r) {
    Map<String, String> ids = new HashMap<>();
    Optional<Node> node = r.optional("externalIds");
    if (node.isPresent()) {
      if (node.get() instanceof ObjectNode object) {
        object.fields().forEach((base, value) -> {
          if (value instanceof JsonTree.StringNode s) {
            ids.put(base, s.value());
          } else {
            problems.add(value.at(), r.pointer("externalIds").field(base).toString(),
                "expected a string, found " + value.kind());
          }
        });
      } else {
        problems.add(node.get().at(), r.pointer("externalIds").toString(),
            "expected an object, found " + node.get().kind());
      }
    }
    return ids;
  }

  private Optional<Mention> mention(Node node, Pointer at, Map<String, Entity> entities) {
    return ObjectReader.of(node, at, problems, MENTION_FIELDS)
        .flatMap(r -> {
          Optional<String> id = r.requiredString("id");
          Optional<Span> span = span(r);
          Optional<Entity> entity = reference(r, "entity", entities, "entities");
          Optional<MentionKind> kind = r.requiredEnum("kind", MentionKind.class);
          if (!r.clean() || id.isEmpty() || span.isEmpty() || entity.isEmpty() || kind.isEmpty()) {
            return Optional.empty();
          }
          return construct(r, () ->
              new Mention(id.get(), span.get(), covered(span.get()), entity.get(), kind.get()));
        });
  }

  private Optional<Quote> quote(Node node, Pointer at, Map<String, Entity> entities,
      Map<String, Mention> mentions) {
    return ObjectReader.of(node, at, problems, QUOTE_FIELDS).flatMap(r -> {
          Optional<String> id = r.requiredString("id");
          Optional<QuoteKind> kind = r.requiredEnum("kind", QuoteKind.class);
          List<Span> segments = new ArrayList<>();
          List<Node> nodes = r.requiredArray("segments").orElse(List.of());
          for (int i = 0; i < nodes.size(); i++) {
            ObjectReader.of(nodes.get(i), r.pointer("segments").item(i), problems, SPAN_FIELDS)
                .flatMap(this::span).ifPresent(segments::add);
          }
          Optional<Entity> speaker = r.optional("speaker").isPresent()
              ? reference(r, "speaker", entities, "entities") : Optional.empty();
          Optional<Mention> speakerMention = r.optional("speakerMention").isPresent()
              ? reference(r, "speakerMention", mentions, "mentions") : Optional.empty();
          Optional<Span> cue = r.optional("cue")
              .flatMap(n -> ObjectReader.of(n, r.pointer("cue"), problems, SPAN_FIELDS))
              .flatMap(this::span);
          if (!r.clean() || id.isEmpty() || kind.isEmpty() || !hasText) {
            return Optional.empty();
          }
          String joined = segments.stream().map(this::covered).collect(Collectors.joining(" "));
          return construct(r, () ->
              new Quote(id.get(), kind.get(), segments, joined, speaker, speakerMention, cue));
        });
  }

  private Optional<Metadata> metadata(Node node) {
    Pointer at = article.pointer("metadata");
    return ObjectReader.of(node, at, problems, METADATA_FIELDS).flatMap(r -> {
          Optional<Fact> publisher = r.optional("publisher").flatMap(n -> fact(n, r.pointer("publisher")));
          Optional<Fact> published = r.optional("published").flatMap(n -> fact(n, r.pointer("published")));
          List<Fact> updated = list(r, "updated", "metadata/updated", this::fact);
          List<Fact> contributors = list(r, "contributors", "metadata/contributors", this::fact);
          List<Fact> credits = list(r, "credits", "metadata/credits", this::fact);
          if (!r.clean()) {
            return Optional.empty();
          }
          return Optional.of(new Metadata(publisher, published, updated, contributors, credits));
        });
  }

  private Optional<Fact> fact(Node node, Pointer at) {
    return ObjectReader.of(node, at, problems, FACT_FIELDS).flatMap(r -> {
      Optional<String> value = r.requiredString("value");
      Optional<Span> evidence = r.optional("evidence")
          .flatMap(n -> ObjectReader.of(n, r.pointer("evidence"), problems, SPAN_FIELDS))
          .flatMap(this::span);
      Optional<String> inferred = r.optionalString("inferred");
      if (!r.clean() || value.isEmpty() || !hasText) {
        return Optional.empty();
      }
      return construct(r, () -> new Fact(value.get(), evidence, inferred));
    });
  }

  /**
   * Reads {@code begin}, {@code end} and {@code text} in code points, checks them against the
   * article's text and returns the span in UTF-16 indices.
   */
  private Optional<Span> span(ObjectReader r) {
    Optional<Integer> begin = r.requiredOffset("begin");
    Optional<Integer> end = r.requiredOffset("end");
    Optional<String> stored = r.requiredString("text");
    if (begin.isEmpty() || end.isEmpty() || stored.isEmpty()) {
      return Optional.empty();
    }
    if (!hasText) {
      return Optional.empty();
    }
    int b = begin.get();
    int e = end.get();
    if (e < b) {
      r.problem("end", "end (" + e + ") must not be less than begin (" + b + ")");
      return Optional.empty();
    }
    if (e > codePoints.count()) {
      r.problem("end", "end (" + e + ") must not exceed the text's length in code points ("
          + codePoints.count() + ")");
      return Optional.empty();
    }
    Span span = new Span(codePoints.toUtf16(b), codePoints.toUtf16(e));
    String actual = covered(span);
    if (!actual.equals(stored.get())) {
      r.problem("text", "text " + Messages.excerpt(stored.get())
          + " does not match the text at [" + b + ", " + e + "), which is "
          + Messages.excerpt(actual));
      return Optional.empty();
    }
    return Optional.of(span);
  }

  private String covered(Span span) {
    return text.substring(span.begin(), span.end());
  }

  private <T> Optional<T> reference(ObjectReader r, String field, Map<String, T> targets,
      String layer) {
    return r.requiredString(field).flatMap(id -> {
      T target = targets.get(id);
      if (target == null && !unreadable.contains(id)) {
        r.problem(field, field + " \"" + id + "\" is not the id of any of the article's "
            + layer);
      }
      return Optional.ofNullable(target);
    });
  }

  /** Runs a record constructor, turning its argument check into a problem. */
  private static <T> Optional<T> construct(ObjectReader r, Supplier<T> make) {
    try {
      return Optional.of(make.get());
    } catch (IllegalArgumentException e) {
      r.problem(e.getMessage());
      return Optional.empty();
    }
  }

  private static <A, B, T> Optional<T> both(Optional<A> a, Optional<B> b, BiFunction<A, B, T> f) {
    return a.isPresent() && b.isPresent() ? Optional.of(f.apply(a.get(), b.get())) : Optional.empty();
  }

  /** Maps a model path such as {@code mentions/3/segments/1} to this article's JSON pointer. */
  private String pointerOf(String path) {
    if (path.isEmpty()) {
      return article.pointer().toString();
    }
    String[] parts = path.split("/");
    for (int prefix = 1; prefix < parts.length; prefix++) {
      List<Integer> origin = origins.get(String.join("/", Arrays.copyOf(parts, prefix)));
      if (origin != null) {
        parts[prefix] = String.valueOf(origin.get(Integer.parseInt(parts[prefix])));
        break;
      }
    }
    return article.pointer() + "/" + String.join("/", parts);
  }

  /** Returns the place of the deepest node on the pointer's way. */
  private JsonTree.Location locate(String pointer) {
    String[] tokens = pointer.substring(article.pointer().toString().length()).split("/");
    Node node = null;
    JsonTree.Location at = article.at();
    Optional<Node> current = Optional.empty();
    for (String token : tokens) {
      if (token.isEmpty()) {
        continue;
      }
      if (node == null) {
        current = article.optional(token);
      } else if (node instanceof ObjectNode o) {
        current = Optional.ofNullable(o.fields().get(token));
      } else if (node instanceof ArrayNode a && token.chars().allMatch(Character::isDigit)
          && Integer.parseInt(token) < a.items().size()) {
        current = Optional.of(a.items().get(Integer.parseInt(token)));
      } else {
        current = Optional.empty();
      }
      if (current.isEmpty()) {
        break;
      }
      node = current.get();
      at = node.at();
    }
    return at;
  }
}
