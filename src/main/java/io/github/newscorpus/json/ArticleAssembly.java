package io.github.newscorpus.json;

import io.github.newscorpus.internal.CodePoints;
import io.github.newscorpus.internal.Messages;
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
import io.github.newscorpus.model.Problem;
import io.github.newscorpus.model.Quote;
import io.github.newscorpus.model.QuoteKind;
import io.github.newscorpus.model.Sentence;
import io.github.newscorpus.model.Span;
import io.github.newscorpus.model.Token;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Builds an article from the {@link Draft}s of its objects once all of them are read: checks each
 * span's code-point offsets against the text and converts them to UTF-16, resolves references by
 * id, builds the model's records, and maps each rule the model finds broken back to the JSON
 * value it concerns. Covered texts are compared once, by the model's rules, for the annotations
 * that hold one; here only for a cue and evidence, which the model keeps as bare spans.
 */
final class ArticleAssembly {

  private final Problems problems;
  private final Draft article;
  private final int problemsBefore;
  private String text;
  private CodePoints codePoints;
  final List<Draft> paragraphs = new ArrayList<>();
  final List<Draft> sentences = new ArrayList<>();
  final List<Draft> tokens = new ArrayList<>();
  final List<Draft> entities = new ArrayList<>();
  final List<Draft> mentions = new ArrayList<>();
  final List<Draft> quotes = new ArrayList<>();
  Draft metadata;
  Draft publisher;
  Draft published;
  final List<Draft> updated = new ArrayList<>();
  final List<Draft> contributors = new ArrayList<>();
  final List<Draft> credits = new ArrayList<>();
  /** For each layer given to the builder, the drafts of its items in the order given. */
  private final Map<String, List<Draft>> given = new HashMap<>();
  /** Whether an entity, mention or quote was not given to the builder, whose rules miss it. */
  private boolean anyNotGiven;
  /** Ids of objects that exist but could not be read: references to them are not reported. */
  private final Set<String> unreadable = new HashSet<>();

  ArticleAssembly(Problems problems, Draft article) {
    this.problems = problems;
    this.article = article;
    this.problemsBefore = problems.pendingCount();
  }

  /** Takes the article's text, or null when it is not a string. */
  void text(String value) {
    text = value;
    codePoints = value == null ? null : new CodePoints(value);
  }

  /** Builds the entity that {@code d} holds; its id is in the draft. */
  void entity(Draft d, String name, EntityType type, List<String> aliases, Optional<String> role,
      Optional<String> affiliation, Map<String, String> externalIds, Optional<String> note) {
    d.reference = affiliation.orElse(null);
    d.built = construct(d,
        () -> new Entity(d.id, name, type, aliases, role, affiliation, externalIds, note));
  }

  /** Returns the article, or null when any problem was found in it. */
  Article build() {
    Map<String, Entity> entityById = byId(entities);
    for (Draft m : mentions) {
      Span span = span(m);
      Entity entity = reference(m.reference, m.referenceAt, m, "entity", entityById, "entities");
      if (span != null && entity != null && !m.bad) {
        m.built = construct(m, () ->
            new Mention(m.id, span, m.text, entity, (MentionKind) m.kind));
      }
    }
    Map<String, Mention> mentionById = byId(mentions);
    List<Paragraph> paragraphList = built(paragraphs, "paragraphs", d -> {
      Span span = span(d);
      return span == null || d.bad ? null : new Paragraph(span, d.text, (ParagraphKind) d.kind);
    });
    List<Sentence> sentenceList = built(sentences, "sentences", d -> {
      Span span = span(d);
      return span == null || d.bad ? null : new Sentence(span, d.text);
    });
    List<Token> tokenList = built(tokens, "tokens", d -> {
      Span span = span(d);
      return span == null || d.bad ? null : new Token(span, d.text);
    });
    List<Quote> quoteList = built(quotes, "quotes", q -> quote(q, entityById, mentionById));
    Metadata facts = metadata();
    List<Entity> entityList = built(entities, "entities", d -> (Entity) d.built);
    List<Mention> mentionList = built(mentions, "mentions", d -> (Mention) d.built);
    if (article.id == null || text == null) {
      return null;
    }
    Article.Builder builder = Article.builder(article.id, text).paragraphs(paragraphList)
        .sentences(sentenceList).tokens(tokenList).entities(entityList).mentions(mentionList)
        .quotes(quoteList).metadata(facts == null ? Metadata.EMPTY : facts);
    for (Problem p : builder.problems()) {
      locate(p);
    }
    if (anyNotGiven) {
      ids();
    }
    return problems.pendingCount() == problemsBefore ? builder.build() : null;
  }

  /**
   * Returns the built records of the drafts that build, in order, and remembers which drafts
   * they came from. {@code make} checks every draft, a bad one too (its spans and references may
   * have problems of their own), and builds it unless it is bad.
   */
  private <T> List<T> built(List<Draft> drafts, String layer, Function<Draft, T> make) {
    List<T> records = new ArrayList<>(drafts.size());
    List<Draft> origins = new ArrayList<>(drafts.size());
    for (Draft d : drafts) {
      T record = d.built != null ? cast(d.built) : make(d, make);
      if (record != null && !d.bad) {
        d.built = record;
        d.given = true;
        records.add(record);
        origins.add(d);
      } else {
        coveredTexts(d);
        anyNotGiven |= d.id != null;
      }
    }
    given.put(layer, origins);
    return records;
  }

  @SuppressWarnings("unchecked")
  private static <T> T cast(Object built) {
    return (T) built;
  }

  /** Returns the built records of {@code drafts} by id, the first of an id kept. */
  private <T> Map<String, T> byId(List<Draft> drafts) {
    Map<String, T> byId = new HashMap<>(drafts.size() * 4 / 3 + 1);
    for (Draft d : drafts) {
      if (d.built != null) {
        byId.putIfAbsent(d.id, cast(d.built));
      } else if (d.id != null) {
        unreadable.add(d.id);
      }
    }
    return byId;
  }

  private Quote quote(Draft q, Map<String, Entity> entities, Map<String, Mention> mentions) {
    List<Span> segments = new ArrayList<>(q.segments == null ? 0 : q.segments.size());
    StringJoiner joined = new StringJoiner(" ");
    boolean good = q.segments != null;
    for (Draft s : q.segments == null ? List.<Draft>of() : q.segments) {
      Span span = span(s);
      good &= span != null;
      if (span != null) {
        segments.add(span);
        joined.add(s.text);
      }
    }
    Span cue = q.cue == null ? null : bareSpan(q.cue);
    good &= q.cue == null || cue != null;
    Entity speaker = q.reference == null ? null
        : reference(q.reference, q.referenceAt, q, "speaker", entities, "entities");
    Mention speakerMention = q.speakerMention == null ? null
        : reference(q.speakerMention, q.speakerMentionAt, q, "speakerMention", mentions,
            "mentions");
    // a reference to an object that could not be read is left out, so the quote's other rules
    // are still checked
    good &= !q.bad && (speaker != null || q.reference == null || unreadable.contains(q.reference))
        && (speakerMention != null || q.speakerMention == null
            || unreadable.contains(q.speakerMention));
    return good ? new Quote(q.id, (QuoteKind) q.kind, segments, joined.toString(),
        Optional.ofNullable(speaker), Optional.ofNullable(speakerMention),
        Optional.ofNullable(cue)) : null;
  }

  /**
   * Checks the covered texts of an object that the builder does not get, and so the model's rules
   * do not check: its own and its segments'.
   */
  private void coveredTexts(Draft d) {
    for (Draft s : d.segments == null ? List.of(d) : d.segments) {
      if (s.span != null && !s.bad && !Regions.matches(text, s.span.begin(), s.text)) {
        spanProblem(s, s.textAt, "text", Messages.coveredText(s.text,
            text.substring(s.span.begin(), s.span.end())));
      }
    }
  }

  /**
   * Reports an id used twice where the model's rules cannot see it: when either object was not
   * given to the builder.
   */
  private void ids() {
    Map<String, Draft> first = new HashMap<>();
    for (List<Draft> layer : List.of(entities, mentions, quotes)) {
      for (Draft d : layer) {
        Draft earlier = d.id == null ? null : first.putIfAbsent(d.id, d);
        if (earlier != null && (!d.given || !earlier.given)) {
          String kind = earlier.parent.field.equals("entities") ? "an entity"
              : earlier.parent.field.equals("mentions") ? "a mention" : "a quote";
          problems.add(d.at, d.pointer(), Messages.idUsed(d.id, kind));
        }
      }
    }
  }

  /** Returns the metadata, or null when it has a problem or is absent. */
  private Metadata metadata() {
    if (metadata == null) {
      return null;
    }
    Fact publisherFact = publisher == null ? null : fact(publisher);
    Fact publishedFact = published == null ? null : fact(published);
    List<Fact> updatedFacts = facts(updated, "metadata/updated");
    List<Fact> contributorFacts = facts(contributors, "metadata/contributors");
    List<Fact> creditFacts = facts(credits, "metadata/credits");
    boolean good = !metadata.bad && (publisher == null || publisherFact != null)
        && (published == null || publishedFact != null)
        && updatedFacts.size() == updated.size() && contributorFacts.size() == contributors.size()
        && creditFacts.size() == credits.size();
    return good ? new Metadata(Optional.ofNullable(publisherFact),
        Optional.ofNullable(publishedFact), updatedFacts, contributorFacts, creditFacts) : null;
  }

  private List<Fact> facts(List<Draft> drafts, String path) {
    return built(drafts, path, this::fact);
  }

  private Fact fact(Draft f) {
    Span evidence = f.cue == null ? null : bareSpan(f.cue);
    if (f.bad || f.cue != null && evidence == null) {
      return null;
    }
    return construct(f, () -> new Fact(f.value, Optional.ofNullable(evidence),
        Optional.ofNullable(f.inferred)));
  }

  /**
   * Returns the span of {@code d} in UTF-16 indices, or null, after reporting why, when its
   * offsets are out of order, outside the text, or its stored text is not as long as the text
   * they cover (the model compares the contents); null without a problem when the article has no
   * text to check against or an offset or the text could not be read.
   */
  private Span span(Draft d) {
    if (d.begin < 0 || d.end < 0 || d.text == null || text == null) {
      return null;
    }
    if (d.end < d.begin) {
      return spanProblem(d, d.endAt, "end", "end (" + d.end + ") must not be less than begin ("
          + d.begin + ")");
    }
    if (d.end > codePoints.count()) {
      return spanProblem(d, d.endAt, "end", "end (" + d.end + ") must not exceed the text's "
          + "length in code points (" + codePoints.count() + ")");
    }
    int from = codePoints.toUtf16(d.begin);
    int to = codePoints.toUtf16(d.end);
    if (d.text.length() != to - from) {
      return spanProblem(d, d.textAt, "text", Messages.coveredText(d.text,
          text.substring(from, to)));
    }
    d.span = new Span(from, to);
    return d.span;
  }

  /** Returns the span of a cue or evidence, whose covered text only this reader checks. */
  private Span bareSpan(Draft d) {
    Span span = span(d);
    if (span != null && !Regions.matches(text, span.begin(), d.text)) {
      return spanProblem(d, d.textAt, "text", Messages.coveredText(d.text,
          text.substring(span.begin(), span.end())));
    }
    return span;
  }

  private Span spanProblem(Draft d, int at, String field, String message) {
    problems.add(at, d.pointer(field), message);
    d.bad = true;
    return null;
  }

  /** Returns the target {@code id} names, or null after reporting it dangling (when it is). */
  private <T> T reference(String id, int at, Draft owner, String field, Map<String, T> targets,
      String layer) {
    T target = id == null ? null : targets.get(id);
    if (target == null && id != null && !unreadable.contains(id)) {
      problems.add(at, owner.pointer(field), field + " " + Messages.excerpt(id)
          + " is not the id of any of the article's " + layer);
    }
    return target;
  }

  /** Runs {@code make} on {@code d}, turning a record's argument check into a problem. */
  private <T> T make(Draft d, Function<Draft, T> make) {
    try {
      return make.apply(d);
    } catch (IllegalArgumentException e) {
      problems.add(d.at, d.pointer(), e.getMessage());
      d.bad = true;
      return null;
    }
  }

  /** Runs a record's constructor, turning its argument check into a problem at the object. */
  <T> T construct(Draft d, Supplier<T> make) {
    try {
      return make.get();
    } catch (IllegalArgumentException e) {
      problems.add(d.at, d.pointer(), e.getMessage());
      d.bad = true;
      return null;
    }
  }

  /**
   * Reports a broken rule of the model at the JSON value it concerns: its path, such as
   * {@code mentions/3/text} or {@code quotes/1/segments/0}, indexes the lists as given to the
   * builder, and each index is mapped back to the draft it came from.
   */
  private void locate(Problem p) {
    String[] steps = p.path().isEmpty() ? new String[0] : p.path().split("/");
    Draft d = article;
    int i = 0;
    if (steps.length >= 3 && given.containsKey(steps[0] + "/" + steps[1])) {
      d = given.get(steps[0] + "/" + steps[1]).get(Integer.parseInt(steps[2])); // metadata/updated/0
      i = 3;
    } else if (steps.length >= 2 && steps[0].equals("metadata")) {
      d = steps[1].equals("publisher") ? publisher : published;
      i = 2;
    } else if (steps.length >= 2 && given.containsKey(steps[0])) {
      d = given.get(steps[0]).get(Integer.parseInt(steps[1]));
      i = 2;
      if (steps[0].equals("entities") && unreadable.contains(d.reference)) {
        return; // its affiliation names an entity that could not be read, reported already
      }
    }
    int at = d.at;
    StringBuilder rest = new StringBuilder();
    for (; i < steps.length; i++) {
      String step = steps[i];
      if (step.equals("segments") && i + 1 < steps.length && d.segments != null) {
        d = d.segments.get(Integer.parseInt(steps[++i]));
        at = d.at;
      } else if ((step.equals("cue") || step.equals("evidence")) && d.cue != null) {
        d = d.cue;
        at = d.at;
      } else {
        at = fieldPlace(d, step, at);
        rest.append('/').append(Draft.escape(step));
      }
    }
    problems.add(at, d.pointer() + rest, p.message());
  }

  /** Returns the place of {@code d}'s field {@code name}, or {@code otherwise}. */
  private int fieldPlace(Draft d, String name, int otherwise) {
    int at = switch (name) {
      case "text" -> d.textAt;
      case "end" -> d.endAt;
      case "entity", "speaker" -> d.referenceAt;
      case "speakerMention" -> d.speakerMentionAt;
      case "id" -> d.idAt;
      default -> -1;
    };
    return at >= 0 ? at : otherwise;
  }
}
