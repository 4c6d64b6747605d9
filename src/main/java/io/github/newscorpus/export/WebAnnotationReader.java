package io.github.newscorpus.export;

import io.github.newscorpus.CorpusFormatException;
import io.github.newscorpus.FormatProblem;
import io.github.newscorpus.ReadLimits;
import io.github.newscorpus.export.JsonTree.Kind;
import io.github.newscorpus.export.JsonTree.Value;
import io.github.newscorpus.internal.CodePoints;
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
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads a Web Annotation tree over an article's text into its mentions and quotes, the inverse of
 * {@link WebAnnotation#write}; every problem is reported with its place.
 */
final class WebAnnotationReader {

  /** Reading stops before more positions of an ambiguous quote than these are listed. */
  private static final int POSITIONS_SHOWN = 5;

  /** What one annotation's bodies say, each list in document order. */
  private static final class Bodies {
    final List<Value> types = new ArrayList<>();
    final List<Value> kinds = new ArrayList<>();
    final List<Value> names = new ArrayList<>();
    final List<Value> entityIds = new ArrayList<>();
    final List<Value> cues = new ArrayList<>();
    final List<Value> links = new ArrayList<>();
  }

  /** A mention read, before its id is settled. */
  private record MentionDraft(Value at, Optional<String> id, Span span, Entity entity,
      MentionKind kind) {}

  /** A quote read, before its id and speaker mention are settled. */
  private record QuoteDraft(Value at, Optional<String> id, QuoteKind kind, List<Span> segments,
      Optional<Entity> speaker, Optional<Value> speakerLink, Optional<Span> cue) {}

  private final Article article;
  private final String source;
  private final ReadLimits limits;
  private final String text;
  private final CodePoints codePoints;
  /** {@code urn:newscorpus:<article id>}: this article's annotations, entities and text. */
  private final String urn;
  private final List<FormatProblem> problems;
  private final Map<String, Entity> entities = new LinkedHashMap<>();
  /** The annotation that made each entity that is not the article's, for its problems' place. */
  private final Map<String, Value> madeBy = new HashMap<>();
  private final List<MentionDraft> mentions = new ArrayList<>();
  private final List<QuoteDraft> quotes = new ArrayList<>();
  /** The index in {@link #mentions} of each mention annotation's id, as written. */
  private final Map<String, Integer> mentionByIri = new HashMap<>();

  WebAnnotationReader(Article article, String source, ReadLimits limits, List<FormatProblem> problems) {
    this.article = article;
    this.source = source;
    this.limits = limits;
    this.text = article.text();
    this.codePoints = new CodePoints(text);
    this.urn = WebAnnotation.urn(article.id());
    this.problems = problems;
    article.entities().forEach(e -> entities.put(e.id(), e));
  }

  /** Returns the article with the mentions and quotes {@code root} holds. */
  Article read(Value root) throws CorpusFormatException {
    for (Value annotation : annotations(root)) {
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
    if (problems.isEmpty()) {
      builder.entities(allEntities).mentions(built).quotes(builtQuotes);
      for (Problem p : builder.problems()) {
        Value at = place(p.path(), allEntities, placeOf, quotePlaces).orElse(root);
        problem(at, p.message());
      }
    }
    if (!problems.isEmpty()) {
      throw new CorpusFormatException(source, problems);
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

  private void problem(Value at, String message) {
    problems.add(new FormatProblem(source, at.line(), at.column(), at.pointer(), message));
  }

  // ---- the containers: collection, page, annotation, or an array of annotations

  private List<Value> annotations(Value root) throws CorpusFormatException {
    if (root.kind() == Kind.ARRAY) {
      List<Value> items = limited(root);
      items.forEach(this::context);
      return items.stream().filter(v -> object(v, "an Annotation")).toList();
    }
    if (!object(root, "an AnnotationCollection, an AnnotationPage, an Annotation or an array of "
        + "Annotations")) {
      return List.of();
    }
    context(root);
    Optional<Value> type = root.field("type");
    if (type.isPresent() && type.get().has("AnnotationCollection")) {
      return collection(root);
    }
    if (type.isPresent() && type.get().has("AnnotationPage")) {
      return page(root, Optional.empty());
    }
    return List.of(root);
  }

  private List<Value> collection(Value collection) throws CorpusFormatException {
    Optional<Value> total = collection.field("total").filter(t -> count(t, "total"));
    Optional<Value> first = collection.field("first");
    if (first.isEmpty()) {
      if (total.isPresent() && !total.get().text().equals("0")) {
        problem(total.get(), "the collection has " + total.get().text() + " annotations but no "
            + "\"first\" page; expected its first page embedded as \"first\"");
      }
      return List.of();
    }
    if (first.get().isString()) {
      problem(first.get(), "the first page is given by its IRI "
          + Messages.excerpt(first.get().text()) + " alone; expected the page embedded as an "
          + "object, as this reader fetches nothing");
      return List.of();
    }
    if (!object(first.get(), "an AnnotationPage")) {
      return List.of();
    }
    Optional<Value> type = first.get().field("type");
    if (type.isEmpty() || !type.get().has("AnnotationPage")) {
      problem(type.orElse(first.get()), "expected the first page's type \"AnnotationPage\"");
    }
    return page(first.get(), total);
  }

  private List<Value> page(Value page, Optional<Value> total) throws CorpusFormatException {
    page.field("next").ifPresent(next -> problem(next, "the page links to a next page ("
        + Messages.excerpt(next.isString() ? next.text() : next.kind().name().toLowerCase(Locale.ROOT))
        + "); expected the whole collection in one embedded page, as this reader fetches nothing"));
    Optional<Value> items = page.field("items");
    if (items.isEmpty() || items.get().kind() != Kind.ARRAY) {
      problem(items.orElse(page), "expected \"items\", an array of Annotations");
      return List.of();
    }
    List<Value> annotations = limited(items.get());
    if (total.isPresent() && !total.get().text().equals(Integer.toString(annotations.size()))) {
      problem(total.get(), "total (" + total.get().text() + ") must equal the number of items of "
          + "the page (" + annotations.size() + ")");
    }
    return annotations.stream().filter(v -> object(v, "an Annotation (an annotation given by its "
        + "IRI alone cannot be read)")).toList();
  }

  private List<Value> limited(Value array) throws CorpusFormatException {
    if (array.items().size() > limits.maxAnnotations()) {
      List<FormatProblem> all = new ArrayList<>(problems);
      Value past = array.items().get(limits.maxAnnotations());
      all.add(new FormatProblem(source, past.line(), past.column(), past.pointer(), String.format(
          Locale.ROOT, "more than maxAnnotations (%,d) annotations%s", limits.maxAnnotations(),
          JsonTree.STOPPED)));
      throw new CorpusFormatException(source, all);
    }
    return array.items();
  }

  private boolean object(Value v, String expected) {
    if (v.kind() != Kind.OBJECT) {
      problem(v, "expected " + expected + ", found " + found(v));
      return false;
    }
    return true;
  }

  private static String found(Value v) {
    return switch (v.kind()) {
      case STRING -> "the string " + Messages.excerpt(v.text());
      case OBJECT -> "an object";
      case ARRAY -> "an array";
      default -> v.text();
    };
  }

  /** Checks that {@code v} has an {@code @context} that holds the Web Annotation context. */
  private void context(Value v) {
    Optional<Value> context = v.field("@context");
    if (v.kind() == Kind.OBJECT && (context.isEmpty() || !context.get().has(WebAnnotation.CONTEXT))) {
      problem(context.orElse(v), "expected \"@context\": \"" + WebAnnotation.CONTEXT + "\" (or an "
          + "array holding it), as the Web Annotation Data Model requires");
    }
  }

  private boolean count(Value v, String name) {
    if (v.kind() != Kind.NUMBER || !v.text().matches("0|[1-9][0-9]{0,8}")) {
      problem(v, name + " must be a non-negative integer, found " + found(v));
      return false;
    }
    return true;
  }

  // ---- one annotation

  private void annotation(Value a) {
    Optional<Value> type = a.field("type");
    if (type.isEmpty() || !type.get().has("Annotation")) {
      problem(type.orElse(a), "expected \"type\": \"Annotation\"");
    }
    Optional<String> iri = a.field("id").filter(Value::isString).map(Value::text);
    Optional<String> id = iri.flatMap(this::ownId);
    Bodies bodies = bodies(a);
    Optional<Value> target = a.field("target");
    if (target.isEmpty()) {
      problem(a, "expected a \"target\"");
      return;
    }
    List<Optional<Span>> anchored = target.get().many().stream().map(this::anchor).toList();
    List<MentionKind> mentionKinds = new ArrayList<>();
    List<QuoteKind> quoteKinds = new ArrayList<>();
    for (Value k : bodies.kinds) {
      if (isName(MentionKind.class, k.text())) {
        mentionKinds.add(MentionKind.valueOf(k.text()));
      } else if (isName(QuoteKind.class, k.text())) {
        quoteKinds.add(QuoteKind.valueOf(k.text()));
      } else {
        problem(k, "classifying body " + Messages.excerpt(k.text()) + " names no kind; expected "
            + "one of " + names(MentionKind.class) + " (a mention) or " + names(QuoteKind.class)
            + " (a quote)");
      }
    }
    if (mentionKinds.size() + quoteKinds.size() != 1) {
      if (mentionKinds.size() + quoteKinds.size() > 1 || bodies.kinds.isEmpty()) {
        problem(a, "expected exactly one classifying body, a mention's kind (" + names(MentionKind.class)
            + ") or a quote's kind (" + names(QuoteKind.class) + "), found "
            + (mentionKinds.size() + quoteKinds.size()));
      }
      return;
    }
    if (!mentionKinds.isEmpty()) {
      Optional<Entity> entity = entity(a, bodies, true);
      if (anchored.size() != 1) {
        problem(target.get(), "a mention must have exactly one target, found " + anchored.size());
      } else if (entity.isPresent() && anchored.get(0).isPresent()) {
        iri.ifPresent(i -> mentionByIri.putIfAbsent(i, mentions.size()));
        mentions.add(new MentionDraft(a, id, anchored.get(0).get(), entity.get(), mentionKinds.get(0)));
      }
      return;
    }
    boolean named = !bodies.entityIds.isEmpty() || !bodies.names.isEmpty();
    Optional<Entity> speaker = named ? entity(a, bodies, false) : Optional.empty();
    if (anchored.stream().anyMatch(Optional::isEmpty) || named && speaker.isEmpty()) {
      return;
    }
    List<Span> spans = anchored.stream().map(Optional::get).toList();
    List<Span> segments = new ArrayList<>(spans);
    segments.sort(Span.DOCUMENT_ORDER);
    for (int i = 1; i < segments.size(); i++) {
      if (segments.get(i).begin() < segments.get(i - 1).end()) {
        problem(target.get(), "a quote's targets must not overlap; " + segments.get(i - 1)
            + " and " + segments.get(i) + " do (UTF-16 offsets)");
        return;
      }
    }
    Optional<Span> cue = Optional.empty();
    if (bodies.cues.size() > 1) {
      problem(bodies.cues.get(1), "a quote has at most one cue (a linking SpecificResource with a "
          + "selector), found " + bodies.cues.size());
    } else if (bodies.cues.size() == 1) {
      cue = anchor(bodies.cues.get(0));
      if (cue.isEmpty()) {
        return;
      }
    }
    if (bodies.links.size() > 1) {
      problem(bodies.links.get(1), "a quote links to at most one speaker mention, found "
          + bodies.links.size());
    }
    if (!bodies.types.isEmpty() && !named) {
      problem(bodies.types.get(0), "a quote's tagging body needs its speaker named by an "
          + "identifying or a describing body");
    }
    quotes.add(new QuoteDraft(a, id, quoteKinds.get(0), List.copyOf(segments), speaker,
        bodies.links.stream().findFirst(), cue));
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

  private Bodies bodies(Value a) {
    Bodies bodies = new Bodies();
    Optional<Value> body = a.field("body");
    if (body.isEmpty()) {
      return bodies;
    }
    for (Value b : body.get().many()) {
      if (b.kind() != Kind.OBJECT) {
        continue; // an IRI of an external body says nothing this reader can use
      }
      Optional<Value> type = b.field("type");
      boolean specific = type.isPresent() && type.get().has("SpecificResource");
      boolean textual = !specific && b.field("value").filter(Value::isString).isPresent();
      for (Value purpose : b.field("purpose").map(Value::many).orElse(List.of())) {
        String p = purpose.isString() ? purpose.text() : "";
        if (textual) {
          Value value = b.field("value").get();
          switch (p) {
            case "tagging" -> bodies.types.add(value);
            case "classifying" -> bodies.kinds.add(value);
            case "describing" -> bodies.names.add(value);
            default -> { } // a comment, a reply…: nothing of the model
          }
        } else if (specific && p.equals("identifying")) {
          b.field("source").filter(Value::isString).filter(s -> ownId(s.text()).isPresent())
              .ifPresent(bodies.entityIds::add);
        } else if (specific && p.equals("linking")) {
          (b.field("selector").isPresent() ? bodies.cues : bodies.links)
              .add(b.field("selector").isPresent() ? b : b.field("source").orElse(b));
        }
      }
    }
    return bodies;
  }

  /** Returns the entity the bodies name, by id or by name, checking its type and name. */
  private Optional<Entity> entity(Value a, Bodies bodies, boolean required) {
    Optional<EntityType> type = Optional.empty();
    if (!bodies.types.isEmpty()) {
      Value t = bodies.types.get(0);
      if (!isName(EntityType.class, t.text())) {
        problem(t, "tagging body " + Messages.excerpt(t.text()) + " names no entity type; "
            + "expected one of " + names(EntityType.class));
        return Optional.empty();
      }
      type = Optional.of(EntityType.valueOf(t.text()));
    }
    Optional<Value> name = bodies.names.stream().findFirst();
    Entity entity;
    if (!bodies.entityIds.isEmpty()) {
      Value idAt = bodies.entityIds.get(0);
      String id = ownId(idAt.text()).orElseThrow();
      entity = entities.get(id);
      if (entity == null) {
        if (name.isEmpty() || type.isEmpty()) {
          problem(idAt, "entity \"" + id + "\" is not one of article " + article.id() + "'s "
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
        problem(name.get(), "no entity of article " + article.id() + " is named "
            + Messages.excerpt(name.get().text()) + "; expected one of its entities' names or "
            + "aliases, or an identifying body " + urn + ":<entity id>");
        return Optional.empty();
      }
      entity = found.get();
    } else {
      if (required) {
        problem(a, "expected the mention's entity: an identifying body (a SpecificResource whose "
            + "source is " + urn + ":<entity id>) or a describing body with its name");
      }
      return Optional.empty();
    }
    if (type.isPresent() && type.get() != entity.type()) {
      problem(bodies.types.get(0), "tagging body " + type.get() + " is not the type of entity "
          + entity.id() + " (" + entity.type() + ")");
      return Optional.empty();
    }
    if (name.isPresent() && !name.get().text().equals(entity.name())
        && !article.findEntity(name.get().text()).map(Entity::id).equals(Optional.of(entity.id()))) {
      problem(name.get(), "describing body " + Messages.excerpt(name.get().text())
          + " does not name entity " + entity.id() + " (" + Messages.excerpt(entity.name()) + ")");
      return Optional.empty();
    }
    return Optional.of(entity);
  }

  // ---- selectors

  /** Returns the span a target or a cue selects, from its position or by its quote. */
  private Optional<Span> anchor(Value target) {
    if (target.kind() != Kind.OBJECT) {
      problem(target, "expected a SpecificResource with a TextQuoteSelector or a "
          + "TextPositionSelector, found " + found(target) + ", which cannot be anchored in the text");
      return Optional.empty();
    }
    Optional<Value> src = target.field("source").filter(Value::isString);
    if (src.isPresent() && src.get().text().startsWith("urn:newscorpus:")
        && !src.get().text().equals(urn)) {
      problem(src.get(), "source " + Messages.excerpt(src.get().text()) + " is not this "
          + "article's text (" + urn + ")");
      return Optional.empty();
    }
    Value position = null;
    Value quote = null;
    for (Value s : target.field("selector").map(Value::many).orElse(List.of())) {
      Optional<Value> type = s.field("type");
      if (type.isPresent() && type.get().has("TextPositionSelector") && position == null) {
        position = s;
      } else if (type.isPresent() && type.get().has("TextQuoteSelector") && quote == null) {
        quote = s;
      }
    }
    if (position == null && quote == null) {
      problem(target.field("selector").orElse(target), "expected a TextQuoteSelector or a "
          + "TextPositionSelector");
      return Optional.empty();
    }
    Optional<String> exact = Optional.empty();
    Optional<String> prefix = Optional.empty();
    Optional<String> suffix = Optional.empty();
    if (quote != null) {
      Optional<Value> e = quote.field("exact");
      if (e.isEmpty() || !e.get().isString() || e.get().text().isEmpty()) {
        problem(e.orElse(quote), "a TextQuoteSelector's \"exact\" must be a non-empty string");
        return Optional.empty();
      }
      exact = Optional.of(e.get().text());
      prefix = affix(quote, "prefix");
      suffix = affix(quote, "suffix");
      if (prefix == null || suffix == null) {
        return Optional.empty();
      }
    }
    if (position != null) {
      return position(position, quote, exact, prefix, suffix);
    }
    return search(quote, exact.get(), prefix.orElse(""), suffix.orElse(""));
  }

  /** Returns the affix, empty when absent, null when it is not a string (a problem reported). */
  private Optional<String> affix(Value quote, String name) {
    Optional<Value> v = quote.field(name);
    if (v.isPresent() && !v.get().isString()) {
      problem(v.get(), "a TextQuoteSelector's \"" + name + "\" must be a string, found " + found(v.get()));
      return null;
    }
    return v.map(Value::text);
  }

  private Optional<Span> position(Value position, Value quote, Optional<String> exact,
      Optional<String> prefix, Optional<String> suffix) {
    Optional<Value> start = position.field("start");
    Optional<Value> end = position.field("end");
    if (start.isEmpty() || end.isEmpty()) {
      problem(position, "a TextPositionSelector needs \"start\" and \"end\"");
      return Optional.empty();
    }
    if (!count(start.get(), "start") || !count(end.get(), "end")) {
      return Optional.empty();
    }
    int s = Integer.parseInt(start.get().text());
    int e = Integer.parseInt(end.get().text());
    if (e < s || e > codePoints.count()) {
      problem(position, "start (" + s + ") and end (" + e + ") must satisfy 0 <= start <= end <= "
          + codePoints.count() + ", the text's length in code points");
      return Optional.empty();
    }
    Span span = new Span(codePoints.toUtf16(s), codePoints.toUtf16(e));
    if (exact.isPresent()) {
      String covered = text.substring(span.begin(), span.end());
      if (!covered.equals(exact.get())) {
        problem(quote.field("exact").orElse(quote), "exact " + Messages.excerpt(exact.get())
            + " is not the text at code points [" + s + ", " + e + "), "
            + Messages.excerpt(covered));
        return Optional.empty();
      }
      if (prefix.isPresent() && !text.startsWith(prefix.get(), span.begin() - prefix.get().length())) {
        problem(quote.field("prefix").get(), "prefix " + Messages.excerpt(prefix.get())
            + " is not the text right before code point " + s);
        return Optional.empty();
      }
      if (suffix.isPresent() && !text.startsWith(suffix.get(), span.end())) {
        problem(quote.field("suffix").get(), "suffix " + Messages.excerpt(suffix.get())
            + " is not the text right after code point " + e);
        return Optional.empty();
      }
    }
    return Optional.of(span);
  }

  /** Finds the one place where prefix + exact + suffix occur in the text. */
  private Optional<Span> search(Value quote, String exact, String prefix, String suffix) {
    List<Integer> found = new ArrayList<>();
    for (int i = text.indexOf(exact); i >= 0; i = text.indexOf(exact, i + 1)) {
      if (text.startsWith(prefix, i - prefix.length())
          && text.startsWith(suffix, i + exact.length())) {
        found.add(i);
      }
    }
    String what = "exact " + Messages.excerpt(exact)
        + (prefix.isEmpty() ? "" : " after prefix " + Messages.excerpt(prefix))
        + (suffix.isEmpty() ? "" : " before suffix " + Messages.excerpt(suffix));
    if (found.isEmpty()) {
      problem(quote, what + " does not occur in the text of article " + article.id());
      return Optional.empty();
    }
    if (found.size() > 1) {
      problem(quote, what + " is ambiguous: it occurs " + found.size() + " times, at code points "
          + found.stream().limit(POSITIONS_SHOWN).map(i -> Integer.toString(codePoints.toCodePoint(i)))
              .collect(Collectors.joining(", ")) + (found.size() > POSITIONS_SHOWN ? ", …" : "")
          + "; expected a longer prefix or suffix, or a TextPositionSelector");
      return Optional.empty();
    }
    int begin = found.get(0);
    return Optional.of(new Span(begin, begin + exact.length()));
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
          problem(link, "the speaker mention " + (link.isString() ? Messages.excerpt(link.text())
              : found(link)) + " is not the id of a mention annotation read");
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
