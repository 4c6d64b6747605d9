package io.github.newscorpus.model;

import io.github.newscorpus.internal.Requirements;
import io.github.newscorpus.internal.Show;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Holds one news article: its text and every annotation layer over it.
 *
 * <p>Immutable, null-hostile and safe to share between threads. Equality is by value: two articles
 * are equal when their ids, texts, metadata and all layers are equal, whatever order the layers
 * were given in. Every list comes back unmodifiable and in document order (see
 * {@link Span#DOCUMENT_ORDER}), annotations at the same span by id; entities come in order of
 * their first mention. Entities are compared by value, so an equal entity from another article
 * finds the same mentions and quotes. The indexes behind the queries are built once, on first use, so each query
 * costs a lookup, not a scan of the article.
 *
 * <p>A final class rather than a record because it also holds those indexes. Build one with
 * {@link #builder(String, String)}.
 */
public final class Article {

  private final String id;
  private final String text;
  private final Metadata metadata;
  private final Layer<Paragraph> paragraphs;
  private final Layer<Sentence> sentences;
  private final Layer<Token> tokens;
  private final List<Entity> entities;
  private final Layer<Mention> mentions;
  private final Layer<Quote> quotes;
  private volatile ArticleIndex index;
  /** Zero until computed; racy single check, like {@link String#hashCode()}. */
  private int hash;

  private Article(Builder b) {
    this.id = b.id;
    this.text = b.text;
    this.metadata = b.metadata;
    // Paragraphs and sentences cannot tie: the rules forbid overlaps and empty spans.
    this.paragraphs = Layer.ofSorted(sorted(b.paragraphs, Comparator.comparing(Paragraph::span)));
    this.sentences = Layer.ofSorted(sorted(b.sentences, Comparator.comparing(Sentence::span)));
    this.tokens = Layer.ofSorted(sorted(b.tokens, Comparator.comparing(Token::span)));
    this.mentions = Layer.ofSorted(
        sorted(b.mentions, Comparator.comparing(Mention::span).thenComparing(Mention::id)));
    this.quotes = Layer.ofSorted(
        sorted(b.quotes, Comparator.comparing(Quote::span).thenComparing(Quote::id)));
    this.entities = byFirstMention(b.entities, mentions);
  }

  /** Returns a builder for an article with the given id and text and no annotations yet. */
  public static Builder builder(String id, String text) {
    Requirements.check();
    return new Builder(id, text);
  }

  /** Returns the article's id, unique within its corpus. */
  public String id() {
    return id;
  }

  /** Returns the full text; every span of every layer indexes into it. */
  public String text() {
    return text;
  }

  /** Returns the text covered by {@code span}. */
  public String text(Span span) {
    if (span.end() > text.length()) {
      throw new IllegalArgumentException(
          "span " + span + " must lie inside the text of article " + id
              + " (length " + text.length() + ")");
    }
    return text.substring(span.begin(), span.end());
  }

  /** Returns the text of the first {@code HEADLINE} paragraph, or "" when there is none. */
  public String headline() {
    return paragraphs(ParagraphKind.HEADLINE).stream().findFirst().map(Paragraph::text).orElse("");
  }

  /** Returns the publication metadata. */
  public Metadata metadata() {
    return metadata;
  }

  /** Returns every paragraph, as a layer that answers span relations. */
  public Layer<Paragraph> paragraphs() {
    return paragraphs;
  }

  /** Returns the paragraphs of the given kind; empty when there are none. */
  public List<Paragraph> paragraphs(ParagraphKind kind) {
    return index().paragraphs(kind);
  }

  /** Returns every gold sentence, as a layer that answers span relations. */
  public Layer<Sentence> sentences() {
    return sentences;
  }

  /** Returns every gold token, as a layer that answers span relations; empty when it has none. */
  public Layer<Token> tokens() {
    return tokens;
  }

  /**
   * Returns the sentence that {@code x} lies inside; empty when it lies in none (it spans two
   * sentences, or falls between them).
   */
  public Optional<Sentence> sentenceOf(Spanned x) {
    return sentences.firstCovering(x.span());
  }

  /** Returns the paragraph that {@code x} lies inside; empty when it lies in none. */
  public Optional<Paragraph> paragraphOf(Spanned x) {
    return paragraphs.firstCovering(x.span());
  }

  /** Returns every entity, in order of first mention; entities never mentioned come last, by id. */
  public List<Entity> entities() {
    return entities;
  }

  /** Returns the entities of the given type, in order of first mention; empty when none. */
  public List<Entity> entities(EntityType type) {
    return index().entities(type);
  }

  /**
   * Finds the entity whose id, name or alias matches, ignoring case, accents, quotation-mark style,
   * periods and runs of whitespace ("pena nieto" finds Enrique Peña Nieto, "John F Kelly" finds
   * John F. Kelly). An id match wins over a name
   * match, and a name match over an alias match; when two entities match equally well, the
   * lookup is ambiguous and finds nothing.
   */
  public Optional<Entity> findEntity(String nameAliasOrId) {
    return index().names().find(nameAliasOrId);
  }

  /**
   * Returns the entity {@link #findEntity} finds.
   *
   * @throws NoSuchElementException when none matches (the message names the closest entities) or
   *     when the match is ambiguous (the message names the candidates)
   */
  public Entity expectEntity(String nameAliasOrId) {
    return index().names().expect(nameAliasOrId, id);
  }

  /** Returns the entity {@code entity} is affiliated with; empty when it has no affiliation. */
  public Optional<Entity> affiliationOf(Entity entity) {
    return entity.affiliation().flatMap(index()::entityById);
  }

  /** Returns every mention, of every entity, as a layer that answers span relations. */
  public Layer<Mention> mentions() {
    return mentions;
  }

  /** Returns the mentions of {@code entity}; empty when it is not one of this article's. */
  public List<Mention> mentionsOf(Entity entity) {
    return index().mentionsOf(entity);
  }

  /**
   * Returns the mentions inside the quote's segments, in document order; unlike
   * {@code mentions().coveredBy(quote)}, which uses the quote's whole extent, it leaves out the
   * attribution between segments ("“…,” Cuevas said. “…”").
   */
  public List<Mention> mentionsIn(Quote quote) {
    List<Mention> inside = new ArrayList<>();
    for (Span segment : quote.segments()) {
      inside.addAll(mentions.coveredBy(segment));
    }
    return List.copyOf(inside);
  }

  /** Returns every quote, as a layer that answers span relations. */
  public Layer<Quote> quotes() {
    return quotes;
  }

  /** Returns the quotes whose speaker is {@code entity}; empty when it has none. */
  public List<Quote> quotesBy(Entity entity) {
    return index().quotesBy(entity);
  }

  /**
   * Returns the paragraphs that hold at least one mention (name, nominal or pronoun) of
   * {@code entity}; empty when it has none.
   */
  public List<Paragraph> paragraphsMentioning(Entity entity) {
    return index().paragraphsMentioning(entity);
  }

  private ArticleIndex index() {
    ArticleIndex result = index;
    if (result == null) {
      // Racy single check: a second thread may build an equal index; both are immutable.
      result = new ArticleIndex(this);
      index = result;
    }
    return result;
  }

  @Override
  public boolean equals(Object o) {
    return o == this
        || o instanceof Article other
            && id.equals(other.id)
            && text.equals(other.text)
            && metadata.equals(other.metadata)
            && paragraphs.equals(other.paragraphs)
            && sentences.equals(other.sentences)
            && tokens.equals(other.tokens)
            && entities.equals(other.entities)
            && mentions.equals(other.mentions)
            && quotes.equals(other.quotes);
  }

  @Override
  public int hashCode() {
    int h = hash;
    if (h == 0) {
      h = Objects.hash(id, text, metadata, paragraphs, sentences, tokens, entities, mentions, quotes);
      hash = h;
    }
    return h;
  }

  /**
   * Returns the id, the text's length and the size of each layer, never the text, such as
   * {@code Article[a1: 45 chars, 3 paragraphs, 3 sentences, 0 tokens, 3 entities, 3 mentions, 1 quote]}.
   */
  @Override
  public String toString() {
    return sizes("Article", id, text, paragraphs, sentences, tokens, entities, mentions, quotes);
  }

  private static String sizes(String type, String id, String text, List<Paragraph> paragraphs,
      List<Sentence> sentences, List<Token> tokens, List<Entity> entities, List<Mention> mentions,
      List<Quote> quotes) {
    return type + "[" + Show.id(id) + ": " + Show.count(text.length(), "char") + ", "
        + Show.count(paragraphs.size(), "paragraph") + ", " + Show.count(sentences.size(), "sentence")
        + ", " + Show.count(tokens.size(), "token") + ", " + Show.count(entities.size(), "entity")
        + ", " + Show.count(mentions.size(), "mention") + ", " + Show.count(quotes.size(), "quote") + "]";
  }

  /** Returns the list in the given order; a list already in order (as readers give) is not copied. */
  private static <T> List<T> sorted(List<T> list, Comparator<T> order) {
    for (int i = 1; i < list.size(); i++) {
      if (order.compare(list.get(i - 1), list.get(i)) > 0) {
        List<T> copy = new ArrayList<>(list);
        copy.sort(order);
        return List.copyOf(copy);
      }
    }
    return List.copyOf(list); // the builder's lists are immutable already: no copy
  }

  private static List<Entity> byFirstMention(List<Entity> entities, List<Mention> sortedMentions) {
    Map<String, Integer> first = new HashMap<>();
    for (int i = 0; i < sortedMentions.size(); i++) {
      first.putIfAbsent(sortedMentions.get(i).entity().id(), i);
    }
    return sorted(entities, Comparator.<Entity>comparingInt(
        e -> first.getOrDefault(e.id(), Integer.MAX_VALUE)).thenComparing(Entity::id));
  }

  /**
   * Collects an article's layers and checks them together. Layers may be given in any order;
   * the article sorts them. {@link #problems()} lists every broken rule, with paths that index
   * the lists as given here.
   *
   * <p>Not thread-safe; the built {@link Article} is.
   */
  public static final class Builder {

    final String id;
    final String text;
    Metadata metadata = Metadata.EMPTY;
    List<Paragraph> paragraphs = List.of();
    List<Sentence> sentences = List.of();
    List<Token> tokens = List.of();
    List<Entity> entities = List.of();
    List<Mention> mentions = List.of();
    List<Quote> quotes = List.of();
    /** The rules' verdict on the layers as they are now; null until checked or after a change. */
    private List<Problem> checked;

    private Builder(String id, String text) {
      this.id = Checks.notNull(id, "id");
      this.text = Checks.notNull(text, "text");
    }

    /** Sets the metadata; {@link Metadata#EMPTY} unless set. */
    public Builder metadata(Metadata value) {
      metadata = Checks.notNull(value, "metadata");
      checked = null;
      return this;
    }

    /** Sets the paragraphs, replacing any set before. */
    public Builder paragraphs(List<Paragraph> value) {
      paragraphs = List.copyOf(value);
      checked = null;
      return this;
    }

    /** Sets the sentences, replacing any set before. */
    public Builder sentences(List<Sentence> value) {
      sentences = List.copyOf(value);
      checked = null;
      return this;
    }

    /** Sets the tokens, replacing any set before. */
    public Builder tokens(List<Token> value) {
      tokens = List.copyOf(value);
      checked = null;
      return this;
    }

    /** Sets the entities, replacing any set before. */
    public Builder entities(List<Entity> value) {
      entities = List.copyOf(value);
      checked = null;
      return this;
    }

    /** Sets the mentions, replacing any set before. */
    public Builder mentions(List<Mention> value) {
      mentions = List.copyOf(value);
      checked = null;
      return this;
    }

    /** Sets the quotes, replacing any set before. */
    public Builder quotes(List<Quote> value) {
      quotes = List.copyOf(value);
      checked = null;
      return this;
    }

    /**
     * Returns every rule the layers break, in the order checked; empty when they are valid. The
     * layers are checked once until one of them is set again, so that {@link #build} after this
     * does not check them a second time.
     */
    public List<Problem> problems() {
      if (checked == null) {
        checked = ArticleRules.check(this);
      }
      return checked;
    }

    /**
     * Returns the article.
     *
     * @throws IllegalArgumentException when any rule is broken; the message lists every problem
     */
    public Article build() {
      List<Problem> problems = problems();
      if (!problems.isEmpty()) {
        throw new IllegalArgumentException("article " + id + " has " + problems.size()
            + (problems.size() == 1 ? " problem:\n  " : " problems:\n  ")
            + problems.stream().map(Problem::toString).collect(Collectors.joining("\n  ")));
      }
      return new Article(this);
    }

    /**
     * Returns the id, the text's length and how many of each annotation are set so far, such as
     * {@code Article.Builder[a1: 45 chars, 3 paragraphs, 0 sentences, 0 tokens, 0 entities, …]}.
     */
    @Override
    public String toString() {
      return sizes("Article.Builder", id, text, paragraphs, sentences, tokens, entities, mentions,
          quotes);
    }
  }
}
