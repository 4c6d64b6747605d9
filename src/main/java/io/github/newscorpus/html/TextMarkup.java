package io.github.newscorpus.html;

import io.github.newscorpus.model.Article;
import io.github.newscorpus.model.Entity;
import io.github.newscorpus.model.EntityType;
import io.github.newscorpus.model.Mention;
import io.github.newscorpus.model.Quote;
import io.github.newscorpus.model.Span;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Writes a stretch of an article's text with its mentions and quote segments as properly nested
 * elements, however the annotations overlap.
 *
 * <p>The text is split at every annotation boundary. Each piece between two boundaries is
 * written inside the annotations that cover it, outermost first (earlier begin, then later end,
 * then quotes outside mentions). Between pieces, the elements that still apply stay open and the
 * others are closed, so an annotation that crosses another's boundary becomes two or more
 * elements with the same {@code data-} attributes; only its first element carries its
 * {@code id}, its label and its {@code tabindex}.
 *
 * <p>Elements: a mention is {@code <mark class="m t-TYPE k-KIND" data-e data-m title>}, a quote
 * segment is {@code <span class="quote k-KIND dDEPTH" data-q title>} whose first element starts
 * with a {@code <span class="ql">} label naming the speaker. Entities, mentions and quotes are
 * numbered by their index in the article's lists, so no article id reaches an {@code id}
 * attribute or a selector.
 *
 * <p>The style sheet makes every mention and quote element a bidirectional isolate, so an override
 * in the text ends with the element that holds it; an isolate control in the text that would end
 * an element's isolate early is kept but made inert (see {@link Bidi}). Names in labels are in a
 * {@code <bdi>}, and in titles between Unicode isolates.
 */
final class TextMarkup {

  /** One mention, or one segment of a quote, to be written as elements. */
  private record Piece(Span span, Mention mention, Quote quote, int index, int segment) {
    boolean isQuote() {
      return quote != null;
    }
  }

  private static final Comparator<Piece> NESTING = Comparator
      .comparingInt((Piece p) -> p.span().begin())
      .thenComparing((Piece p) -> p.span().end(), Comparator.reverseOrder())
      .thenComparing(p -> p.isQuote() ? 0 : 1)
      .thenComparingInt(Piece::index)
      .thenComparingInt(Piece::segment);

  private final Article article;
  private final Map<Entity, Integer> entityIndex = new HashMap<>();
  private final Map<Mention, Integer> mentionIndex = new HashMap<>();
  private final Map<Quote, Integer> quoteIndex = new HashMap<>();
  /** Pieces already opened once, so that later fragments get no id, label or tabindex. */
  private final Set<Piece> opened = new HashSet<>();

  TextMarkup(Article article) {
    this.article = article;
    for (int i = 0; i < article.entities().size(); i++) {
      entityIndex.put(article.entities().get(i), i);
    }
    for (int i = 0; i < article.mentions().size(); i++) {
      mentionIndex.put(article.mentions().get(i), i);
    }
    for (int i = 0; i < article.quotes().size(); i++) {
      quoteIndex.put(article.quotes().get(i), i);
    }
  }

  /** Returns the index of {@code entity} in the article's entity list, which numbers it in the page. */
  int entityNumber(Entity entity) {
    return entityIndex.getOrDefault(entity, -1);
  }

  /** Returns the index of {@code quote} in the article's quote list. */
  int quoteNumber(Quote quote) {
    return quoteIndex.get(quote);
  }

  /** Returns an enum constant's CSS class suffix: {@code UNNAMED_SOURCE} gives "unnamed-source". */
  static String cssName(Enum<?> constant) {
    return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** Returns "unnamed source" for {@code UNNAMED_SOURCE}: a constant's name in words. */
  static String words(Enum<?> constant) {
    return constant.name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  /** Returns how the page names {@code type}: its name in words, "nationality or group" for {@code NORP}. */
  static String label(EntityType type) {
    return type == EntityType.NORP ? "nationality or group" : words(type);
  }

  /** Appends the text of {@code block} with the annotations that overlap it, clipped to it. */
  void write(Span block, StringBuilder out) {
    List<Step> steps = steps(block);
    String text = article.text();
    Bidi.Scopes scopes = new Bidi.Scopes();
    for (Step step : steps) {
      scopes.leaveTo(step.keep());
      step.opening().forEach(p -> scopes.enter());
      scopes.scan(text, step.from(), step.to());
    }
    scopes.leaveTo(0);
    List<Piece> open = new ArrayList<>();
    for (Step step : steps) {
      close(open, step.keep(), out);
      for (Piece p : step.opening()) {
        openElement(p, open, out);
        open.add(p);
      }
      Bidi.write(text, step.from(), step.to(), scopes.inert(), out);
    }
    close(open, 0, out);
  }

  /**
   * One piece of text between two annotation boundaries: how many of the elements open before it
   * stay open, the annotations to open after those, and where the text is.
   */
  private record Step(int keep, List<Piece> opening, int from, int to) {}

  private List<Step> steps(Span block) {
    List<Piece> pieces = pieces(block);
    TreeSet<Integer> bounds = new TreeSet<>(List.of(block.begin(), block.end()));
    for (Piece p : pieces) {
      bounds.add(p.span().begin());
      bounds.add(p.span().end());
    }
    pieces.sort(Comparator.comparingInt(p -> p.span().begin()));
    TreeSet<Piece> active = new TreeSet<>(NESTING);
    List<Piece> open = List.of();
    List<Step> steps = new ArrayList<>();
    int next = 0;
    Integer from = bounds.first();
    for (Integer to = bounds.higher(from); to != null; from = to, to = bounds.higher(to)) {
      int at = from;
      active.removeIf(p -> p.span().end() <= at);
      while (next < pieces.size() && pieces.get(next).span().begin() <= at) {
        active.add(pieces.get(next++));
      }
      List<Piece> wanted = List.copyOf(active);
      int common = 0;
      while (common < open.size() && common < wanted.size() && open.get(common) == wanted.get(common)) {
        common++;
      }
      steps.add(new Step(common, wanted.subList(common, wanted.size()), from, to));
      open = wanted;
    }
    return steps;
  }

  private List<Piece> pieces(Span block) {
    List<Piece> pieces = new ArrayList<>();
    for (Mention m : article.mentions().overlapping(block)) {
      if (!m.span().isEmpty()) {
        pieces.add(new Piece(clip(m.span(), block), m, null, mentionIndex.get(m), 0));
      }
    }
    for (Quote q : article.quotes().overlapping(block)) {
      for (int s = 0; s < q.segments().size(); s++) {
        Span segment = q.segments().get(s);
        if (segment.overlaps(block)) {
          pieces.add(new Piece(clip(segment, block), null, q, quoteIndex.get(q), s));
        }
      }
    }
    return pieces;
  }

  private static Span clip(Span span, Span block) {
    return new Span(Math.max(span.begin(), block.begin()), Math.min(span.end(), block.end()));
  }

  private static void close(List<Piece> open, int keep, StringBuilder out) {
    while (open.size() > keep) {
      Piece p = open.remove(open.size() - 1);
      out.append(p.isQuote() ? "</span>" : "</mark>");
    }
  }

  private void openElement(Piece p, List<Piece> open, StringBuilder out) {
    if (p.isQuote()) {
      openQuote(p, (int) open.stream().filter(Piece::isQuote).count() + 1, out);
    } else {
      openMention(p, out);
    }
  }

  private void openMention(Piece p, StringBuilder out) {
    boolean first = opened.add(p);
    Mention m = p.mention();
    int index = p.index();
    Entity e = m.entity();
    out.append("<mark class=\"m t-").append(cssName(e.type())).append(" k-").append(cssName(m.kind()));
    out.append(first ? "\"" : " cont\"");
    out.append(" data-e=\"").append(entityNumber(e)).append("\" data-m=\"").append(index).append('"');
    out.append(" title=\"").append(Escape.html(Bidi.plain(e.name()) + " \u2014 " + label(e.type()) + ", "
        + words(m.kind()))).append('"');
    if (first) {
      out.append(" tabindex=\"0\"");
    }
    out.append('>');
  }

  private void openQuote(Piece p, int depth, StringBuilder out) {
    boolean first = opened.add(p);
    Quote q = p.quote();
    String speaker = q.speaker().map(Entity::name).orElse("unattributed");
    String kind = words(q.kind());
    String cue = q.cue().map(c -> ", cue \u201c" + Bidi.plain(article.text(c)) + "\u201d").orElse("");
    out.append("<span class=\"quote k-").append(cssName(q.kind())).append(" d").append(Math.min(depth, 3));
    out.append(first ? "\"" : " cont\"");
    if (first && p.segment() == 0) {
      out.append(" id=\"q-").append(p.index()).append('"');
    }
    out.append(" data-q=\"").append(p.index()).append('"');
    out.append(" title=\"").append(Escape.html(capitalised(kind) + " quote by " + Bidi.plain(speaker) + cue))
        .append("\">");
    if (first) {
      out.append("<span class=\"ql").append(q.speaker().isPresent() ? "" : " none").append("\">")
          .append("<span class=\"vh\">").append(kind).append(" quote by </span>")
          .append("<span class=\"qs\">").append(Bidi.isolate(speaker)).append("</span></span>");
    }
  }

  private static String capitalised(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
