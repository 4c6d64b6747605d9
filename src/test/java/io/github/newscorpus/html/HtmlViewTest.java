package io.github.newscorpus.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.newscorpus.Corpus;
import io.github.newscorpus.model.Article;
import io.github.newscorpus.model.Entity;
import io.github.newscorpus.model.Mention;
import io.github.newscorpus.model.Paragraph;
import io.github.newscorpus.model.ParagraphKind;
import io.github.newscorpus.model.Quote;
import java.io.IOException;
import java.io.StringWriter;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;

class HtmlViewTest {

  private static final Article STORY = Corpus.bundled().articles().get(0);
  private static final String HTML = HtmlView.render(STORY);
  private static final Document PAGE = Jsoup.parse(HTML);

  /** Returns the element's own text, without the speaker labels of the quotes inside it. */
  private static String textWithoutLabels(Elements elements) {
    Elements copy = elements.clone();
    copy.select(".ql").remove();
    return copy.stream().map(Element::wholeText).collect(Collectors.joining());
  }

  private static String typeClass(Entity e) {
    return "t-" + e.type().name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  @Test
  void countsEveryAnnotationOfTheBundledArticle() {
    assertEquals(233, PAGE.select("mark.m").stream().map(m -> m.attr("data-m")).distinct().count());
    assertEquals(18, PAGE.select(".quote").stream().map(q -> q.attr("data-q")).distinct().count());
    assertEquals(61, PAGE.select("aside li[data-id]").size());
    assertEquals("233 mentions of 61 entities · 18 quotes · 10487 characters", PAGE.selectFirst(".counts").text());
  }

  @Test
  void highlightsEveryMentionWithItsEntityAndType() {
    List<Mention> mentions = STORY.mentions();
    for (int i = 0; i < mentions.size(); i++) {
      Mention m = mentions.get(i);
      Elements parts = PAGE.select("mark.m[data-m=" + i + "]");
      assertFalse(parts.isEmpty(), m.id() + " is not highlighted");
      assertEquals(m.text(), textWithoutLabels(parts), m.id());
      for (Element part : parts) {
        assertTrue(part.hasClass(typeClass(m.entity())), m.id() + " must be marked " + typeClass(m.entity()));
        assertTrue(part.hasClass("k-" + m.kind().name().toLowerCase(Locale.ROOT)), m.id());
        Element entity = PAGE.getElementById("ent-" + part.attr("data-e"));
        assertNotNull(entity, m.id());
        assertEquals(m.entity().id(), entity.attr("data-id"), m.id());
        assertTrue(part.attr("title").startsWith(m.entity().name() + " — "), part.attr("title"));
      }
      assertEquals("0", parts.first().attr("tabindex"), "the first part of " + m.id() + " takes the focus");
      parts.stream().skip(1).forEach(p -> assertFalse(p.hasAttr("tabindex")));
    }
  }

  @Test
  void labelsEveryQuoteWithItsSpeaker() {
    List<Quote> quotes = STORY.quotes();
    for (int i = 0; i < quotes.size(); i++) {
      Quote q = quotes.get(i);
      Elements parts = PAGE.select(".quote[data-q=" + i + "]");
      String speaker = q.speaker().map(Entity::name).orElse("unattributed");
      Element first = parts.first();
      assertNotNull(first, q.id());
      assertEquals("q-" + i, first.id());
      assertEquals(speaker, first.selectFirst(".ql .qs").text(), q.id());
      assertTrue(first.selectFirst(".ql").text().contains(q.kind().name().toLowerCase(Locale.ROOT) + " quote by"));
      Set<String> segments = q.segments().stream().map(STORY::text).collect(Collectors.toSet());
      assertEquals(String.join("", q.segments().stream().map(STORY::text).toList()), textWithoutLabels(parts), q.id());
      assertFalse(segments.isEmpty());
    }
  }

  @Test
  void labelsTheQuotesReadFromTheArticle() {
    // q10: Cardin's "I'm confident…" (said); q17: the related headline's "We don't want him", unattributed.
    Element q10 = PAGE.getElementById("q-" + index("q10"));
    assertEquals("Benjamin L. Cardin", q10.selectFirst(".qs").text());
    assertTrue(q10.wholeText().contains("I’m confident the strength of our partnership"));
    assertEquals("Direct quote by Benjamin L. Cardin, cue “said”", q10.attr("title"));
    Element q17 = PAGE.getElementById("q-" + index("q17"));
    assertEquals("unattributed", q17.selectFirst(".qs").text());
    // q1 is interrupted by "wrote columnist …": two segments, each labelled.
    assertEquals(2, PAGE.select(".quote[data-q=" + index("q1") + "] > .ql .qs").size());
  }

  @Test
  void nestsQuotesInsideQuotes() {
    // q11 (an attendee: "Deare had complained … Bannon") contains q12 (Deare: "foreign policy was …").
    assertNested("q11", "q12");
    // q13 (the attendee: "Deare said the president's top aides …") contains q14 (Deare: "the president's …").
    assertNested("q13", "q14");
    Element q12 = PAGE.getElementById("q-" + index("q12"));
    assertTrue(q12.hasClass("d2"), "an inner quote is drawn at depth 2");
    assertEquals("Craig Deare", q12.selectFirst(".qs").text());
  }

  private static void assertNested(String outer, String inner) {
    Element innerElement = PAGE.getElementById("q-" + index(inner));
    assertEquals(String.valueOf(index(outer)), innerElement.parent().closest(".quote").attr("data-q"),
        inner + " must lie inside " + outer);
  }

  @Test
  void nestsNamesInsideNominalMentions() {
    // "the ranking Democrat on the Senate Foreign Relations Committee": Cardin, with two names inside.
    Mention nominal = STORY.mentions().stream()
        .filter(m -> m.text().equals("the ranking Democrat on the Senate Foreign Relations Committee")).findFirst()
        .orElseThrow();
    Element outer = PAGE.selectFirst("mark.m[data-m=" + STORY.mentions().indexOf(nominal) + "]");
    assertTrue(outer.hasClass("t-person") && outer.hasClass("k-nominal"));
    assertEquals(List.of("Democrat", "Senate Foreign Relations Committee"),
        outer.select("mark.m").stream().skip(1).map(Element::text).toList());
    assertTrue(outer.selectFirst("mark.m.t-organization").text().startsWith("Senate"));
  }

  @Test
  void keepsEveryParagraphsTextInOrder() {
    Element headline = PAGE.selectFirst("h1");
    assertEquals(STORY.headline(), textWithoutLabels(new Elements(headline)));
    List<Paragraph> rest = STORY.paragraphs().stream().skip(1).toList();
    Elements shown = PAGE.select("main > .p");
    assertEquals(rest.size(), shown.size());
    for (int i = 0; i < rest.size(); i++) {
      assertEquals(rest.get(i).text(), textWithoutLabels(new Elements(shown.get(i))), "paragraph " + (i + 1));
      assertTrue(shown.get(i).hasClass(rest.get(i).kind().name().toLowerCase(Locale.ROOT)));
    }
    assertEquals(42, PAGE.select("main > .p.body").size());
    assertEquals(4, PAGE.select("main > .p.related").size());
  }

  @Test
  void showsTheMetadataOnTopAndMarksWhatIsInferred() {
    Elements dt = PAGE.select("header dl.meta dt");
    Elements dd = PAGE.select("header dl.meta dd");
    assertEquals("Publisher", dt.get(0).text());
    assertTrue(dd.get(0).text().startsWith("Los Angeles Times"));
    assertTrue(dd.get(0).hasClass("inferred"));
    assertEquals("inferred", dd.get(0).selectFirst("details.why summary").text());
    int contributor = dt.eachText().indexOf("Contributor");
    assertEquals("Cecilia Sanchez", dd.get(contributor).text());
    assertFalse(dd.get(contributor).hasClass("inferred"));
    assertTrue(dd.get(dt.eachText().indexOf("Published")).text().contains("“3 a.m.”"));
  }

  @Test
  void listsSpeakersWithTheirQuotesAndEntitiesWithTheirCounts() {
    Element cardin = PAGE.select("aside .speaker").stream()
        .filter(s -> s.selectFirst("strong").text().equals("Benjamin L. Cardin")).findFirst().orElseThrow();
    assertEquals("2 quotes", cardin.selectFirst(".n").text());
    for (Element link : cardin.select("a[href]")) {
      assertNotNull(PAGE.getElementById(link.attr("href").substring(1)), link.attr("href"));
    }
    assertEquals("(no speaker given)", PAGE.select("aside .speaker strong").last().text());
    // Cardin: "Benjamin L. Cardin", "the ranking Democrat …", "Cardin", "I", "he".
    Element cardinEntity = PAGE.selectFirst("aside li[data-id=e-cardin]");
    assertEquals("5 mentions", cardinEntity.selectFirst(".n").text());
    assertEquals("5 mentions: 2 name, 1 nominal, 2 pronoun", cardinEntity.attr("data-mentions"));
    assertEquals("2 quotes as speaker", cardinEntity.attr("data-quotes"));
    // The README's entity counts, by type.
    assertEquals(List.of("Person 17", "Organization 9", "Location 17", "Nationality or group 5", "Law 1",
        "Media 7", "Brand 3", "Unnamed source 2"), PAGE.select("aside h3").eachText());
  }

  @Test
  void hasALegendOfTheTypesKindsAndQuotes() {
    List<String> legend = PAGE.select(".legend li").eachText();
    assertTrue(legend.containsAll(List.of("Entity types (mentions)", "Mentions", "name", "nominal", "pronoun", "Quotes",
        "direct", "partial", "indirect")), legend.toString());
    Elements types = PAGE.select(".legend .sw[class*=t-]");
    assertEquals(List.of("person", "organization", "location", "nationality or group", "law", "media", "brand",
        "unnamed source"), types.eachText());
    int mentions = types.stream().mapToInt(t -> Integer.parseInt(t.nextElementSibling().ownText())).sum();
    assertEquals(233, mentions, "the legend counts every mention once, by its entity's type");
  }

  @Test
  void isOneAccessibleSelfContainedDocument() {
    assertEquals("en", PAGE.selectFirst("html").attr("lang"));
    assertEquals(1, PAGE.select("header").size());
    assertEquals(1, PAGE.select("main").size());
    assertEquals("Speakers and entities", PAGE.selectFirst("aside").attr("aria-label"));
    assertEquals("polite", PAGE.getElementById("details").attr("aria-live"));
    assertEquals(1, PAGE.select("h1").size());
    assertTrue(PAGE.select("link, img, iframe, object, embed, script[src]").isEmpty());
    for (Element e : PAGE.select("[href]")) {
      assertTrue(e.attr("href").startsWith("#"), e.outerHtml());
    }
    assertTrue(PAGE.selectFirst("style").data().contains("@media print"));
  }

  @Test
  void allowsExactlyItsOwnScriptAndStyleByHash() {
    String policy = PAGE.selectFirst("meta[http-equiv=Content-Security-Policy]").attr("content");
    assertTrue(policy.startsWith("default-src 'none'"), policy);
    Elements scripts = PAGE.select("script");
    assertEquals(1, scripts.size());
    assertTrue(policy.contains("script-src '" + Assets.hash(scripts.first().data()) + "'"), policy);
    assertTrue(policy.contains("style-src '" + Assets.hash(PAGE.selectFirst("style").data()) + "'"), policy);
    assertTrue(PAGE.select("*").stream().allMatch(e -> e.attributes().asList().stream()
        .noneMatch(a -> a.getKey().startsWith("on") || a.getKey().equals("style"))), "no inline handlers or styles");
  }

  @Test
  void writesTheSamePageToAWriter() throws IOException {
    StringWriter out = new StringWriter();
    HtmlView.render(STORY, out);
    assertEquals(HTML, out.toString());
  }

  @Test
  void rendersAnArticleWithNoAnnotations() {
    Document page = Jsoup.parse(HtmlView.render(Article.builder("empty", "").build()));
    assertEquals("Article empty", page.selectFirst("h1").text());
    assertTrue(page.select("mark.m, .quote, aside li").isEmpty());
  }

  @Test
  void rendersTextOutsideEveryParagraph() {
    Article plain = Article.builder("plain", "First line\nsecond line").build();
    Document page = Jsoup.parse(HtmlView.render(plain));
    assertEquals("First line\nsecond line", page.selectFirst("main .unparagraphed").wholeText());
  }

  @Test
  void refusesNull() {
    NullPointerException e = assertThrows(NullPointerException.class, () -> HtmlView.render(null));
    assertEquals("article must not be null", e.getMessage());
  }

  @Test
  void cutsLongQuotesInThePanelAtASpace() {
    assertEquals("short", Page.preview("short"));
    String cut = Page.preview("word ".repeat(60));
    assertTrue(cut.endsWith("word…") && cut.length() <= 141, cut);
  }

  private static int index(String quoteId) {
    List<Quote> quotes = STORY.quotes();
    for (int i = 0; i < quotes.size(); i++) {
      if (quotes.get(i).id().equals(quoteId)) {
        return i;
      }
    }
    throw new AssertionError("no quote " + quoteId);
  }


  // Bidirectional controls: BidiArticle puts overrides and unbalanced isolates in every user string.

  private static final Article BIDI = BidiArticle.build();
  private static final Document BIDI_PAGE = Jsoup.parse(HtmlView.render(BIDI));
  private static final String NAME_ISOLATED = BidiArticle.FSI + BidiArticle.FSI + BidiArticle.NAME + BidiArticle.PDI;

  private static List<String> texts(Elements elements) {
    return elements.stream().map(Element::wholeText).toList();
  }

  @Test
  void isolatesEveryUserStringOutsideTheTextInABdi() {
    assertEquals(BidiArticle.NAME, BIDI_PAGE.selectFirst("aside .speaker > strong > bdi").wholeText());
    assertEquals(BidiArticle.NAME, BIDI_PAGE.selectFirst("aside li[data-id] > .eb > bdi").wholeText());
    assertEquals(BidiArticle.NAME, BIDI_PAGE.selectFirst(".quote .ql .qs > bdi").wholeText());
    assertEquals(BidiArticle.QUOTED, BIDI_PAGE.selectFirst("aside .speaker a > bdi").wholeText());
    assertEquals(BidiArticle.PUBLISHER, BIDI_PAGE.selectFirst("header dl.meta dd > bdi").wholeText());
    assertEquals(BidiArticle.REASON, BIDI_PAGE.selectFirst("header dl.meta details.why > bdi").wholeText());
    assertEquals(List.of(BidiArticle.ARTICLE_ID, BidiArticle.ARTICLE_ID),
        texts(BIDI_PAGE.select("header dl.meta dd > bdi > code, footer bdi > code")));
  }

  @Test
  void isolatesMentionsAndQuotesByTheStyleSheet() {
    String css = BIDI_PAGE.selectFirst("style").data();
    assertTrue(css.contains("\nmark.m,.quote{unicode-bidi:plaintext}\n"), "mentions and quotes isolate their text");
    assertTrue(css.contains("\n.bidi{display:inline-block}\n"), "an inert control is alone in its inline block");
    assertEquals(BidiArticle.NAMED, BIDI_PAGE.selectFirst("main mark.m[data-m=0]").wholeText());
    Element quote = BIDI_PAGE.selectFirst("main .quote[data-q=0]").clone();
    quote.select(".ql").remove();
    assertEquals(BidiArticle.QUOTED, quote.wholeText());
  }

  @Test
  void makesIsolateControlsInertWhereTheyWouldEndTheirElementsIsolate() {
    // The name's and the quote's PDI close nothing of their own; the second mention's RLI has its PDI outside it.
    assertEquals(List.of(BidiArticle.PDI), texts(BIDI_PAGE.select("aside li[data-id] > .eb > bdi > span.bidi")));
    assertEquals(List.of(BidiArticle.PDI), texts(BIDI_PAGE.select("main .quote[data-q=0] > span.bidi")));
    assertEquals(List.of(BidiArticle.RLI), texts(BIDI_PAGE.select("main mark.m[data-m=2] > span.bidi")));
    // At a paragraph's own level nothing is made inert: the paragraph holds whatever they do.
    assertTrue(BIDI_PAGE.select("h1 span.bidi, main > .p > span.bidi").isEmpty());
    assertTrue(PAGE.select("span.bidi").isEmpty(), "the bundled article has no bidirectional controls");
  }

  @Test
  void keepsBidirectionalTextAsWritten() {
    assertEquals(BidiArticle.HEADLINE, BIDI_PAGE.selectFirst("h1").wholeText());
    Elements paragraphs = BIDI_PAGE.select("main > .p");
    assertEquals(BidiArticle.BODY, textWithoutLabels(new Elements(paragraphs.get(0))));
    assertEquals(BidiArticle.AGAIN, textWithoutLabels(new Elements(paragraphs.get(1))));
    assertEquals(List.of(BidiArticle.NAMED, "Nick", BidiArticle.RLI + "Nick"), texts(BIDI_PAGE.select("main mark.m")));
  }

  @Test
  void isolatesUserStringsInAttributesWithUnicodeIsolates() {
    Element entity = BIDI_PAGE.selectFirst("aside li[data-id]");
    assertEquals(BidiArticle.ENTITY_ID, entity.attr("data-id"), "an id the page never shows stays as it is");
    assertEquals(NAME_ISOLATED, entity.attr("data-name"));
    assertEquals("\u2068\u202Erotide\u2069", entity.attr("data-role"));
    assertEquals("\u2068\u2067Nicky\u2069\u2069 \u00b7 \u2068Nick \u202Ekcin\u2069 \u00b7 Nick",
        entity.attr("data-aliases"));
    assertEquals(NAME_ISOLATED + " \u2014 person, name", BIDI_PAGE.selectFirst("mark.m").attr("title"));
    assertEquals("Direct quote by " + NAME_ISOLATED + ", cue \u201csaid\u201d",
        BIDI_PAGE.selectFirst(".quote").attr("title"));
    assertEquals("\u2068Headline \u202Edesrever\u2069 \u2014 newscorpus", BIDI_PAGE.title());
  }

  @Test
  void leavesNoBidiControlOutsideAnIsolatingElementOrTheTextsParagraph() {
    for (Element e : BIDI_PAGE.body().getAllElements()) {
      for (TextNode t : e.textNodes()) {
        if (t.getWholeText().matches("(?s).*[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069].*")) {
          assertNotNull(e.closest("bdi, mark.m, .quote, h1, main > .p"), e.outerHtml());
        }
      }
    }
  }

  @Test
  void numbersEntitiesByTheirPlaceInTheArticle() {
    Set<String> seen = new HashSet<>();
    for (Element li : PAGE.select("aside li[data-id]")) {
      assertTrue(li.id().matches("ent-\\d+"), li.id());
      assertTrue(seen.add(li.id()));
      Entity e = STORY.entities().get(Integer.parseInt(li.id().substring(4)));
      assertEquals(e.id(), li.attr("data-id"));
      assertEquals(e.name(), li.attr("data-name"));
      assertTrue(li.hasClass(typeClass(e)));
    }
    assertEquals(ParagraphKind.HEADLINE, STORY.paragraphs().get(0).kind());
  }
}
