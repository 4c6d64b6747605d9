package io.github.newscorpus.export;

import io.github.newscorpus.CorpusFormatException;
import io.github.newscorpus.FormatProblem;
import io.github.newscorpus.ReadLimits;
import io.github.newscorpus.export.JsonTree.Value;
import io.github.newscorpus.internal.Messages;
import io.github.newscorpus.model.Article;
import io.github.newscorpus.model.Entity;
import io.github.newscorpus.model.EntityType;
import io.github.newscorpus.model.Mention;
import io.github.newscorpus.model.MentionKind;
import io.github.newscorpus.model.Problem;
import io.github.newscorpus.model.Quote;
import io.github.newscorpus.model.QuoteKind;
import io.github.newscorpus.model.Span;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads a Web Annotation tree over an article's text into its mentions and quotes, the inverse of
 * {@link WebAnnotation#write}; every problem is reported with its place.
 */
final class WebAnnotationReader {

  /** A mention read, before its id is settled. */
  private record MentionDraft(Value at, Optional<String> id, Span span, Entity entity,
      MentionKind kind) {}

  /** A quote read, before its id and speaker mention are settled. */
  private record QuoteDraft(Value at, Optional<String> id, QuoteKind kind, List<Span> segments,
      Optional<Entity> speaker, Optional<Value> speakerLink, Optional<Span> cue) {}

  private final Article article;
  private final String text;
  /** {@code urn:newscorpus:<article id>}: this article's annotations, entities and text. */
  private final String urn;
  private final WebAnnotationProblems problems;
  private final WebAnnotationContainers containers;
  private final TextAnchors anchors;
  private final Map<String, Entity> entities = new LinkedHashMap<>();
  /** The annotation that made each entity that is not the article's, for its problems' place. */
  private final Map<String, Value> madeBy = new HashMap<>();
  private final List<MentionDraft> mentions = new ArrayList<>();
  private final List<QuoteDraft> quotes = new ArrayList<>();
  /** The index in {@link #mentions} of each mention annotation's id, as written. */
  private final Map<String, Integer> mentionByIri = new HashMap<>();

  WebAnnotationReader(Article article, String source, ReadLimits limits, List<FormatProblem> problems) {
    this.article = article;
    this.text = article.text();
    this.urn = WebAnnotation.urn(article.id());
    this.problems = new WebAnnotationProblems(source, problems);
    this.containers = new WebAnnotationContainers(limits, this.problems);
    this.anchors = new TextAnchors(article.id(), text, this.problems);
    article.entities().forEach(e -> entities.put(e.id(), e));
  }

  /** Returns the article with the mentions and quotes {@code root} holds. */
  Article read(Value root) throws CorpusFormatException {
    for (Value annotation : containers.annotations(root)) {
      annotation(annotation);
    }
    Article.Builder builder = Article.builder(article.id(), text)
        .metadata(article.metadata())
        .paragraphs(article.paragraphs())
        .sentences(article.sentences())
        .tokens(article.tokens());
    List<Value> placeOf = new ArrayList<>();
    List<Mention> built = mentions(placeOf);
    List<Value> quotePlaces = new ArrayList<>();
    List<Quote> builtQuotes = quotes(built, quotePlaces);
    List<Entity> allEntities = List.copyOf(entities.values());
    if (problems.list().isEmpty()) {
      builder.entities(allEntities).mentions(built).quotes(builtQuotes);
      for (Problem p : builder.problems()) {
        Value at = place(p.path(), allEntities, placeOf, quotePlaces).orElse(root);
        problems.add(at, p.message());
      }
    }
    if (!problems.list().isEmpty()) {
      throw new CorpusFormatException(problems.source(), problems.list());
    }
    return builder.build();
  }

  private Optional<Value> place(String path, List<Entity> allEntities, List<Value> mentionPlaces,
      List<Value> quotePlaces) {
    String[] parts = path.split("/");
    if (parts.length < 2 || !parts[1].chars().allMatch(Character::isDigit)) {
      return Optional.empty();
    }
    int i = Integer.parseInt(parts[1]);
    return switch (parts[0]) {
      case "mentions" -> Optional.of(mentionPlaces.get(i));
      case "quotes" -> Optional.of(quotePlaces.get(i));
      case "entities" -> Optional.ofNullable(madeBy.get(allEntities.get(i).id()));
      default -> Optional.empty();
    };
  }

  // ---- one annotation

  private void annotation(Value a) {
    Optional<Value> type = a.field("type");
    if (type.isEmpty() || !type.get().has("Annotation")) {
      problems.add(type.orElse(a), "expected \"type\": \"Annotation\"");
    }
    Optional<String> iri = a.field("id").filter(Value::isString).map(Value::text);
    Optional<String> id = iri.flatMap(this::ownId);
    WebAnnotationBodies bodies = WebAnnotationBodies.of(a, s -> ownId(s).isPresent());
    Optional<Value> target = a.field("target");
    if (target.isEmpty()) {
      problems.add(a, "expected a \"target\"");
      return;
    }
    List<Optional<Span>> anchored = target.get().many().stream().map(anchors::anchor).toList();
    List<MentionKind> mentionKinds = new ArrayList<>();
    List<QuoteKind> quoteKinds = new ArrayList<>();
    for (Value k : bodies.kinds()) {
      if (isName(MentionKind.class, k.text())) {
        mentionKinds.add(MentionKind.valueOf(k.text()));
      } else if (isName(QuoteKind.class, k.text())) {
        quoteKinds.add(QuoteKind.valueOf(k.text()));
      } else {
        problems.add(k, "classifying body " + Messages.excerpt(k.text()) + " names no kind; expected "
            + "one of " + names(MentionKind.class) + " (a mention) or " + names(QuoteKind.class)
            + " (a quote)");
      }
    }
    if (mentionKinds.size() + quoteKinds.size() != 1) {
      if (mentionKinds.size() + quoteKinds.size() > 1 || bodies.kinds().isEmpty()) {
        problems.add(a, "expected exactly one classifying body, a mention's kind (" + names(MentionKind.class)
            + ") or a quote's kind (" + names(QuoteKind.class) + "), found "
            + (mentionKinds.size() + quoteKinds.size()));
      }
      return;
    }
    if (!mentionKinds.isEmpty()) {
      Optional<Entity> entity = entity(a, bodies);
      if (anchored.size() != 1) {
        problems.add(target.get(), "a mention must have exactly one target, found " + anchored.size());
      } else if (entity.isPresent() && anchored.get(0).isPresent()) {
        iri.ifPresent(i -> mentionByIri.putIfAbsent(i, mentions.size()));
        mentions.add(new MentionDraft(a, id, anchored.get(0).get(), entity.get(), mentionKinds.get(0)));
      }
      return;
    }
    boolean named = !bodies.entityIds().isEmpty() || !bodies.names().isEmpty();
    Optional<Entity> speaker = named ? entity(a, bodies) : Optional.empty();
    if (anchored.stream().anyMatch(Optional::isEmpty) || named && speaker.isEmpty()) {
      return;
    }
    List<Span> spans = anchored.stream().map(Optional::get).toList();
    List<Span> segments = new ArrayList<>(spans);
    segments.sort(Span.DOCUMENT_ORDER);
    for (int i = 1; i < segments.size(); i++) {
      if (segments.get(i).begin() < segments.get(i - 1).end()) {
        problems.add(target.get(), "a quote's targets must not overlap; " + segments.get(i - 1)
            + " and " + segments.get(i) + " do (UTF-16 offsets)");
        return;
      }
    }
    Optional<Span> cue = Optional.empty();
    if (bodies.cues().size() > 1) {
      problems.add(bodies.cues().get(1), "a quote has at most one cue (a linking SpecificResource with a "
          + "selector), found " + bodies.cues().size());
    } else if (bodies.cues().size() == 1) {
      cue = anchors.anchor(bodies.cues().get(0));
      if (cue.isEmpty()) {
        return;
      }
    }
    if (bodies.links().size() > 1) {
      problems.add(bodies.links().get(1), "a quote links to at most one speaker mention, found "
          + bodies.links().size());
    }
    if (!bodies.types().isEmpty() && !named) {
      problems.add(bodies.types().get(0), "a quote's tagging body needs its speaker named by an "
          + "identifying or a describing body");
    }
    quotes.add(new QuoteDraft(a, id, quoteKinds.get(0), List.copyOf(segments), speaker,
        bodies.links().stream().findFirst(), cue));
  }

  /** Returns the id of one of this article's annotations or entities from its IRI. */
  private Optional<String> ownId(String iri) {
    String prefix = urn + ":";
    if (!iri.startsWith(prefix) || iri.indexOf(':', prefix.length()) >= 0) {
      return Optional.empty();
    }
    return Optional.of(URLDecoder.decode(iri.substring(prefix.length()), StandardCharsets.UTF_8))
        .filter(s -> !s.isBlank());
  }

  /**
   * Returns the entity the bodies name, by id or by name, checking its type and name; reports a
   * problem when they name none (a quote's speaker is looked up only when its bodies name one).
   */
  private Optional<Entity> entity(Value a, WebAnnotationBodies bodies) {
    Optional<EntityType> type = Optional.empty();
    if (!bodies.types().isEmpty()) {
      Value t = bodies.types().get(0);
      if (!isName(EntityType.class, t.text())) {
        problems.add(t, "tagging body " + Messages.excerpt(t.text()) + " names no entity type; "
            + "expected one of " + names(EntityType.class));
        return Optional.empty();
      }
      type = Optional.of(EntityType.valueOf(t.text()));
    }
    Optional<Value> name = bodies.names().stream().findFirst();
    Entity entity;
    if (!bodies.entityIds().isEmpty()) {
      Value idAt = bodies.entityIds().get(0);
      String id = ownId(idAt.text()).orElseThrow();
      entity = entities.get(id);
      if (entity == null) {
        if (name.isEmpty() || type.isEmpty()) {
          problems.add(idAt, "entity \"" + id + "\" is not one of article " + article.id() + "'s "
              + "entities, and the annotation does not give both its name (a describing body) and "
              + "its type (a tagging body)");
          return Optional.empty();
        }
        entity = Entity.of(id, name.get().text(), type.get());
        entities.put(id, entity);
        madeBy.put(id, a);
      }
    } else if (name.isPresent()) {
      Optional<Entity> found = article.findEntity(name.get().text());
      if (found.isEmpty()) {
        problems.add(name.get(), "no entity of article " + article.id() + " is named "
            + Messages.excerpt(name.get().text()) + "; expected one of its entities' names or "
            + "aliases, or an identifying body " + urn + ":<entity id>");
        return Optional.empty();
      }
      entity = found.get();
    } else {
      problems.add(a, "expected the mention's entity: an identifying body (a SpecificResource whose "
          + "source is " + urn + ":<entity id>) or a describing body with its name");
      return Optional.empty();
    }
    if (type.isPresent() && type.get() != entity.type()) {
      problems.add(bodies.types().get(0), "tagging body " + type.get() + " is not the type of entity "
          + entity.id() + " (" + entity.type() + ")");
      return Optional.empty();
    }
    if (name.isPresent() && !name.get().text().equals(entity.name())
        && !article.findEntity(name.get().text()).map(Entity::id).equals(Optional.of(entity.id()))) {
      problems.add(name.get(), "describing body " + Messages.excerpt(name.get().text())
          + " does not name entity " + entity.id() + " (" + Messages.excerpt(entity.name()) + ")");
      return Optional.empty();
    }
    return Optional.of(entity);
  }

  // ---- building

  private List<Mention> mentions(List<Value> placeOf) {
    Set<String> used = new HashSet<>();
    mentions.forEach(m -> m.id().ifPresent(used::add));
    int next = 1;
    List<Mention> built = new ArrayList<>();
    for (MentionDraft m : mentions) {
      String id;
      if (m.id().isPresent()) {
        id = m.id().get();
      } else {
        while (used.contains("m" + next)) {
          next++;
        }
        id = "m" + next++;
      }
      built.add(new Mention(id, m.span(), text.substring(m.span().begin(), m.span().end()),
          m.entity(), m.kind()));
      placeOf.add(m.at());
    }
    return built;
  }

  private List<Quote> quotes(List<Mention> built, List<Value> placeOf) {
    Set<String> used = new HashSet<>();
    quotes.forEach(q -> q.id().ifPresent(used::add));
    int next = 1;
    List<Quote> result = new ArrayList<>();
    for (QuoteDraft q : quotes) {
      String id;
      if (q.id().isPresent()) {
        id = q.id().get();
      } else {
        while (used.contains("q" + next)) {
          next++;
        }
        id = "q" + next++;
      }
      Optional<Mention> speakerMention = Optional.empty();
      if (q.speakerLink().isPresent()) {
        Value link = q.speakerLink().get();
        Integer index = link.isString() ? mentionByIri.get(link.text()) : null;
        if (index == null) {
          problems.add(link, "the speaker mention " + (link.isString() ? Messages.excerpt(link.text())
              : WebAnnotationProblems.found(link)) + " is not the id of a mention annotation read");
          continue;
        }
        speakerMention = Optional.of(built.get(index));
      }
      String joined = q.segments().stream().map(s -> text.substring(s.begin(), s.end()))
          .collect(Collectors.joining(" "));
      result.add(new Quote(id, q.kind(), q.segments(), joined, q.speaker(), speakerMention, q.cue()));
      placeOf.add(q.at());
    }
    return result;
  }

  private static <E extends Enum<E>> boolean isName(Class<E> type, String name) {
    return Arrays.stream(type.getEnumConstants()).anyMatch(c -> c.name().equals(name));
  }

  private static <E extends Enum<E>> String names(Class<E> type) {
    return Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
  }
}
