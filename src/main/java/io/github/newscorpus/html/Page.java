package io.github.newscorpus.html;

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
import io.github.newscorpus.model.Span;
import io.github.newscorpus.query.Queries;
import io.github.newscorpus.query.Speaker;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Writes the whole page of one article: a banner with the headline, metadata and legend; the
 * text as the main landmark; a complementary panel with the selected entity, the speakers and
 * their quotes, and the entities with their mention counts.
 */
final class Page {

  /** Quotes longer than this are cut in the speaker panel (the text shows them whole). */
  private static final int QUOTE_PREVIEW = 140;

  private final Article article;
  private final TextMarkup markup;
  private final StringBuilder out = new StringBuilder(1 << 16);

  private Page(Article article) {
    this.article = article;
    this.markup = new TextMarkup(article);
  }

  /** Returns the page of {@code article} as one HTML document. */
  static String of(Article article) {
    return new Page(article).document();
  }

  private String document() {
    Optional<Paragraph> headline = article.paragraphs(ParagraphKind.HEADLINE).stream().findFirst();
    String title = article.headline().isBlank() ? "Article " + Bidi.plain(article.id())
        : Bidi.plain(article.headline());
    out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta http-equiv=\"Content-Security-Policy\" content=\"").append(Escape.html(Assets.POLICY))
        .append("\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<meta name=\"generator\" content=\"newscorpus\">\n")
        .append("<title>").append(Escape.html(title)).append(" \u2014 newscorpus</title>\n")
        .append("<style>").append(Assets.CSS).append("</style>\n</head>\n<body>\n")
        .append("<a class=\"skip\" href=\"#text\">Skip to the article text</a>\n<div class=\"page\">\n");
    header(headline);
    main(headline);
    aside();
    out.append("<footer><p>Rendered by newscorpus from article ").append(code(article.id()))
        .append(". Keyboard: Tab moves through the mentions, Enter pins one entity, Escape clears.")
        .append("</p></footer>\n</div>\n<script>").append(Assets.JS).append("</script>\n</body>\n</html>\n");
    return out.toString();
  }

  private void header(Optional<Paragraph> headline) {
    out.append("<header>\n<p class=\"brand\">newscorpus \u00b7 annotated article</p>\n<h1 id=\"headline\">");
    if (headline.isPresent()) {
      markup.write(headline.get().span(), out);
    } else {
      out.append("Article ").append(Bidi.isolate(article.id()));
    }
    out.append("</h1>\n<dl class=\"meta\">\n");
    Metadata m = article.metadata();
    m.publisher().ifPresent(f -> fact("Publisher", f));
    m.published().ifPresent(f -> fact("Published", f));
    m.updated().forEach(f -> fact("Updated", f));
    m.contributors().forEach(f -> fact("Contributor", f));
    m.credits().forEach(f -> fact("Photo credit", f));
    out.append("<dt>Article id</dt><dd>").append(code(article.id())).append("</dd>\n")
        .append("</dl>\n");
    legend();
    out.append("</header>\n");
  }

  private void fact(String label, Fact f) {
    out.append("<dt>").append(label).append("</dt><dd").append(f.isInferred() ? " class=\"inferred\"" : "")
        .append('>').append(Bidi.isolate(f.value()));
    f.evidence().filter(e -> e.end() <= article.text().length() && !article.text(e).equals(f.value()))
        .ifPresent(e -> out
        .append(" <span class=\"evidence\">(the text says \u201c").append(Bidi.isolate(article.text(e)))
        .append("\u201d)</span>"));
    f.inference().ifPresent(reason -> out.append(" <details class=\"why\"><summary>inferred</summary>")
        .append(Bidi.isolate(reason)).append("</details>"));
    out.append("</dd>\n");
  }

  private void legend() {
    Map<EntityType, Integer> types = new EnumMap<>(EntityType.class);
    article.mentions().forEach(x -> types.merge(x.entity().type(), 1, Integer::sum));
    out.append("<section aria-labelledby=\"legend-h\">\n<h2 id=\"legend-h\" class=\"vh\">Legend</h2>\n")
        .append("<ul class=\"legend\">\n<li class=\"key\">Entity types (mentions)</li>\n");
    types.forEach((type, count) -> out.append("<li><span class=\"sw t-").append(TextMarkup.cssName(type))
        .append("\">").append(TextMarkup.label(type)).append("</span> <span class=\"n\">").append(count)
        .append("<span class=\"vh\"> mentions</span></span></li>\n"));
    out.append("<li class=\"key\">Mentions</li>\n");
    for (MentionKind kind : MentionKind.values()) {
      out.append("<li><span class=\"sw k-").append(TextMarkup.cssName(kind)).append("\">")
          .append(TextMarkup.words(kind)).append("</span></li>\n");
    }
    out.append("<li class=\"key\">Quotes</li>\n");
    for (QuoteKind kind : QuoteKind.values()) {
      out.append("<li><span class=\"sq k-").append(TextMarkup.cssName(kind))
          .append("\" aria-hidden=\"true\"></span> ").append(TextMarkup.words(kind)).append("</li>\n");
    }
    out.append("</ul>\n<p class=\"counts\">").append(plural(article.mentions().size(), "mention"))
        .append(" of ")
        .append(plural(article.entities().size(), "entity")).append(" \u00b7 ")
        .append(plural(article.quotes().size(), "quote")).append(" \u00b7 ")
        .append(plural(article.text().length(), "character")).append("</p>\n</section>\n");
  }

  private void main(Optional<Paragraph> headline) {
    out.append("<main id=\"text\" class=\"text\" aria-label=\"Article text\">\n");
    int at = 0;
    for (Paragraph p : article.paragraphs()) {
      gap(at, p.span().begin());
      at = Math.max(at, p.span().end());
      if (headline.isPresent() && p.equals(headline.get())) {
        continue;
      }
      out.append("<p class=\"p ").append(TextMarkup.cssName(p.kind())).append("\">");
      markup.write(p.span(), out);
      out.append("</p>\n");
    }
    gap(at, article.text().length());
    out.append("</main>\n");
  }

  /** Writes text outside every paragraph, unless it is only whitespace. */
  private void gap(int begin, int end) {
    if (begin < end && !article.text().substring(begin, end).isBlank()) {
      out.append("<div class=\"p unparagraphed\">");
      markup.write(new Span(begin, end), out);
      out.append("</div>\n");
    }
  }

  private void aside() {
    out.append("<aside aria-label=\"Speakers and entities\">\n")
        .append("<div id=\"details\" role=\"status\" aria-live=\"polite\" aria-label=\"Selected entity\">")
        .append("</div>\n");
    speakers();
    entities();
    out.append("</aside>\n");
  }

  private void speakers() {
    out.append("<section aria-labelledby=\"speakers-h\">\n<h2 id=\"speakers-h\">Speakers</h2>\n<ul>\n");
    for (Speaker s : Queries.of(article).speakers()) {
      speaker(s.entity().name(), Optional.of(s.entity()), article.quotesBy(s.entity()));
    }
    List<Quote> unattributed = article.quotes().stream().filter(q -> q.speaker().isEmpty()).toList();
    if (!unattributed.isEmpty()) {
      speaker("(no speaker given)", Optional.empty(), unattributed);
    }
    out.append("</ul>\n</section>\n");
  }

  private void speaker(String name, Optional<Entity> entity, List<Quote> quotes) {
    out.append("<li class=\"speaker\"><strong>").append(Bidi.isolate(name)).append("</strong>");
    entity.ifPresent(e -> out.append(" <span class=\"kind\">").append(TextMarkup.label(e.type()))
        .append("</span>"));
    out.append(" <span class=\"n\">").append(quotes.size()).append(quotes.size() == 1 ? " quote" : " quotes")
        .append("</span>\n<ul>\n");
    for (Quote q : quotes) {
      out.append("<li><a href=\"#q-").append(markup.quoteNumber(q)).append("\">\u201c")
          .append(Bidi.isolate(preview(q.segments().stream().map(article::text)
              .collect(Collectors.joining(" \u2026 "))))).append("\u201d</a> <span class=\"kind\">")
          .append(TextMarkup.words(q.kind())).append("</span></li>\n");
    }
    out.append("</ul></li>\n");
  }

  private void entities() {
    out.append("<section aria-labelledby=\"entities-h\">\n<h2 id=\"entities-h\">Entities</h2>\n");
    Map<EntityType, List<Entity>> byType = article.entities().stream()
        .collect(Collectors.groupingBy(Entity::type, () -> new EnumMap<>(EntityType.class),
            Collectors.toList()));
    byType.forEach((type, list) -> {
      List<Entity> ranked = new ArrayList<>(list); // order of first mention, then by count (stable)
      ranked.sort(Comparator.comparingInt((Entity e) -> article.mentionsOf(e).size()).reversed());
      out.append("<h3>").append(capitalised(TextMarkup.label(type))).append(" <span class=\"n\">")
          .append(ranked.size()).append("</span></h3>\n<ul>\n");
      ranked.forEach(this::entity);
      out.append("</ul>\n");
    });
    out.append("</section>\n");
  }

  private void entity(Entity e) {
    int number = markup.entityNumber(e);
    List<Mention> mentions = article.mentionsOf(e);
    int quotes = article.quotesBy(e).size();
    Map<MentionKind, Long> kinds = mentions.stream().collect(
        Collectors.groupingBy(Mention::kind, () -> new EnumMap<>(MentionKind.class), Collectors.counting()));
    String breakdown = kinds.entrySet().stream()
        .map(k -> k.getValue() + " " + TextMarkup.words(k.getKey())).collect(Collectors.joining(", "));
    String mentionLine = plural(mentions.size(), "mention") + (breakdown.isEmpty() ? "" : ": " + breakdown);
    out.append("<li id=\"ent-").append(number).append("\" class=\"t-").append(TextMarkup.cssName(e.type()))
        .append("\" data-id=\"").append(Escape.html(e.id()))
        .append("\" data-name=\"").append(Escape.html(Bidi.plain(e.name())))
        .append("\" data-type=\"").append(TextMarkup.label(e.type()))
        .append("\" data-role=\"").append(Escape.html(e.role().map(Bidi::plain).orElse("")))
        .append("\" data-aliases=\"").append(Escape.html(aliases(e)))
        .append("\" data-mentions=\"").append(Escape.html(mentionLine))
        .append("\" data-quotes=\"").append(quotes == 0 ? "" : plural(quotes, "quote") + " as speaker")
        .append("\"><button type=\"button\" class=\"eb\" data-e=\"").append(number)
        .append("\" aria-pressed=\"false\">").append(Bidi.isolate(e.name())).append("</button>")
        .append("<span class=\"n\">").append(mentions.size())
        .append("<span class=\"vh\"> mentions</span></span></li>\n");
  }

  /** Returns {@code text} as code, isolated. */
  private static String code(String text) {
    return "<bdi><code>" + Bidi.inner(text) + "</code></bdi>";
  }

  private static String aliases(Entity e) {
    return e.aliases().stream().filter(a -> !a.equals(e.name())).map(Bidi::plain)
        .collect(Collectors.joining(" \u00b7 "));
  }

  private static String plural(int n, String noun) {
    if (n == 1) {
      return n + " " + noun;
    }
    return n + " " + (noun.endsWith("y") ? noun.substring(0, noun.length() - 1) + "ies" : noun + "s");
  }

  private static String capitalised(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  /** Returns {@code text} cut after at most {@link #QUOTE_PREVIEW} characters, at a space, with "…". */
  static String preview(String text) {
    if (text.length() <= QUOTE_PREVIEW) {
      return text;
    }
    int cut = text.lastIndexOf(' ', QUOTE_PREVIEW);
    if (cut < QUOTE_PREVIEW / 2) {
      cut = Character.isHighSurrogate(text.charAt(QUOTE_PREVIEW - 1)) ? QUOTE_PREVIEW - 1 : QUOTE_PREVIEW;
    }
    return text.substring(0, cut) + "\u2026";
  }
}
