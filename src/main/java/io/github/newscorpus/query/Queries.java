package io.github.newscorpus.query;

import io.github.newscorpus.internal.Show;
import io.github.newscorpus.model.Annotation;
import io.github.newscorpus.model.Article;
import io.github.newscorpus.model.Entity;
import io.github.newscorpus.model.EntityType;
import io.github.newscorpus.model.Layer;
import io.github.newscorpus.model.Mention;
import io.github.newscorpus.model.Quote;
import io.github.newscorpus.model.Span;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Asks news questions of one article: co-occurrence, speakers, quotes about someone, phrase
 * search, concordance and statistics.
 *
 * <pre>{@code
 * Queries q = Queries.of(story);
 * q.speakers().get(0);                         // the most quoted source
 * q.cooccurring(cardin, Scope.SENTENCE);       // who is named with Cardin, and how often
 * q.kwic("Mexico", 40);                        // every "Mexico" in its context
 * }</pre>
 *
 * <p>Immutable and safe to share between threads; the folded text behind phrase search is built
 * once, on first use.
 */
public final class Queries {

  private final Article article;
  private volatile PhraseFinder finder;

  private Queries(Article article) {
    this.article = article;
  }

  /** Returns the queries over {@code article}. */
  public static Queries of(Article article) {
    return new Queries(Objects.requireNonNull(article, "article must not be null"));
  }

  /**
   * Returns the entities mentioned in the same sentence (or paragraph) as {@code entity}, with the
   * number of sentences (or paragraphs) they share, most first; ties in order of first mention.
   * Mentions of any kind count, pronouns included; {@code entity} itself is left out.
   */
  public List<Cooccurrence> cooccurring(Entity entity, Scope scope) {
    Layer<? extends Annotation> units = scope == Scope.SENTENCE ? article.sentences() : article.paragraphs();
    Set<Annotation> shared = new LinkedHashSet<>();
    for (Mention m : article.mentionsOf(entity)) {
      units.firstCovering(m.span()).ifPresent(shared::add);
    }
    Map<Entity, Integer> counts = new HashMap<>();
    for (Annotation unit : shared) {
      Set<Entity> inUnit = new HashSet<>();
      for (Mention m : article.mentions().coveredBy(unit.span())) {
        if (!m.entity().equals(entity) && inUnit.add(m.entity())) {
          counts.merge(m.entity(), 1, Integer::sum);
        }
      }
    }
    List<Cooccurrence> result = new ArrayList<>();
    for (Entity e : article.entities()) { // order of first mention
      Integer count = counts.get(e);
      if (count != null) {
        result.add(new Cooccurrence(e, count));
      }
    }
    result.sort(Comparator.comparingInt(Cooccurrence::count).reversed()); // stable
    return List.copyOf(result);
  }

  /**
   * Returns every source with its number of quotes and quoted words, ranked by
   * {@link Speaker#BY_QUOTES}; ties in order of first quote. Quotes with no speaker are left out.
   */
  public List<Speaker> speakers() {
    Map<Entity, int[]> counts = new LinkedHashMap<>();
    for (Quote q : article.quotes()) {
      q.speaker().ifPresent(s -> {
        int[] c = counts.computeIfAbsent(s, k -> new int[2]);
        c[0]++;
        c[1] += Words.count(q.text());
      });
    }
    List<Speaker> result = new ArrayList<>();
    counts.forEach((entity, c) -> result.add(new Speaker(entity, c[0], c[1])));
    result.sort(Speaker.BY_QUOTES); // stable
    return List.copyOf(result);
  }

  /**
   * Returns the quotes whose content mentions {@code entity} (a mention inside one of their
   * segments), whoever said them; compare {@link Article#quotesBy}.
   */
  public List<Quote> quotesMentioning(Entity entity) {
    Set<Quote> found = new HashSet<>();
    for (Mention m : article.mentionsOf(entity)) {
      for (Quote q : article.quotes().covering(m.span())) {
        if (q.segments().stream().anyMatch(s -> s.covers(m.span()))) {
          found.add(q);
        }
      }
    }
    return article.quotes().stream().filter(found::contains).toList();
  }

  /**
   * Returns the spans of every whole-word occurrence of {@code phrase}, ignoring case, accents,
   * quotation-mark style and the width of whitespace ("pena nieto" finds "Peña Nieto");
   * occurrences do not overlap.
   *
   * @throws IllegalArgumentException when the phrase is blank
   */
  public List<Span> find(String phrase) {
    return finder().find(phrase);
  }

  /**
   * Returns a keyword-in-context line for every occurrence {@link #find} finds: the match with up
   * to {@code width} characters on each side, cut at its paragraph's edges.
   *
   * @throws IllegalArgumentException when the phrase is blank or the width negative
   */
  public List<KwicLine> kwic(String phrase, int width) {
    if (width < 0) {
      throw new IllegalArgumentException("width (" + width + ") must not be negative");
    }
    String text = article.text();
    List<KwicLine> lines = new ArrayList<>();
    for (Span s : find(phrase)) {
      Span paragraph = article.paragraphOf(s).map(Annotation::span).orElse(new Span(0, text.length()));
      // long: a width near Integer.MAX_VALUE must not wrap around
      int from = notInsidePair(text, (int) Math.max(paragraph.begin(), (long) s.begin() - width), +1);
      int to = notInsidePair(text, (int) Math.min(paragraph.end(), (long) s.end() + width), -1);
      lines.add(new KwicLine(s, text.substring(from, s.begin()), text.substring(s.begin(), s.end()),
          text.substring(s.end(), to)));
    }
    return List.copyOf(lines);
  }

  /** Returns the article's id, such as {@code Queries[a1]}. */
  @Override
  public String toString() {
    return "Queries[" + Show.id(article.id()) + "]";
  }

  /** Moves a cut that would split a surrogate pair one unit in {@code direction}. */
  private static int notInsidePair(String text, int index, int direction) {
    boolean inside = index > 0 && index < text.length()
        && Character.isHighSurrogate(text.charAt(index - 1)) && Character.isLowSurrogate(text.charAt(index));
    return inside ? index + direction : index;
  }

  /** Returns the article's size and sourcing. */
  public Statistics statistics() {
    Map<EntityType, Integer> byType = new EnumMap<>(EntityType.class);
    Map<String, Integer> byAffiliation = new HashMap<>();
    for (Speaker s : speakers()) {
      byType.merge(s.entity().type(), 1, Integer::sum);
      String affiliation = article.affiliationOf(s.entity()).map(Entity::name).orElse(Statistics.UNAFFILIATED);
      byAffiliation.merge(affiliation, 1, Integer::sum);
    }
    return new Statistics(article.text().length(), Words.count(article.text()),
        article.sentences().size(), article.paragraphs().size(), article.quotes().size(),
        quotedCharacters(), byType, byAffiliation);
  }

  /** Counts the characters inside the union of all quote segments. */
  private int quotedCharacters() {
    List<Span> segments = article.quotes().stream().flatMap(q -> q.segments().stream()).sorted().toList();
    int total = 0;
    int coveredUpTo = 0;
    for (Span s : segments) {
      int from = Math.max(s.begin(), coveredUpTo);
      if (s.end() > from) {
        total += s.end() - from;
        coveredUpTo = s.end();
      }
    }
    return total;
  }

  private PhraseFinder finder() {
    PhraseFinder result = finder;
    if (result == null) {
      result = new PhraseFinder(article.text());
      finder = result;
    }
    return result;
  }
}
