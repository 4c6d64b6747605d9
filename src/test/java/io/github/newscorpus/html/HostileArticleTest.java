package io.github.newscorpus.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.newscorpus.model.Article;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** Proves that markup in any part of an article shows as text and never becomes elements. */
class HostileArticleTest {

  private static final Article ARTICLE = HostileArticle.build();
  private static final String HTML = HtmlView.render(ARTICLE);
  private static final Document PAGE = Jsoup.parse(HTML);

  @Test
  void runsOnlyItsOwnScript() {
    assertEquals(1, PAGE.select("script").size());
    assertEquals(Assets.JS, PAGE.selectFirst("script").data());
    assertFalse(HTML.toLowerCase(Locale.ROOT).contains("<script>alert"));
  }

  @Test
  void makesNoElementsFromArticleData() {
    assertTrue(PAGE.select("b, i, img").isEmpty(), "no element from the article's text or names");
    for (Element e : PAGE.getAllElements()) {
      for (Attribute a : e.attributes()) {
        assertFalse(a.getKey().toLowerCase(Locale.ROOT).startsWith("on"), e.tagName() + " has " + a);
      }
    }
    assertEquals(1, PAGE.select("main").size());
    assertEquals(3, PAGE.select("main > .p, h1").size());
  }

  @Test
  void showsTheTextAsWritten() {
    assertEquals(HostileArticle.HEADLINE, PAGE.selectFirst("h1").wholeText());
    assertEquals(HostileArticle.HEADLINE + " — newscorpus", PAGE.title());
    Element mention = PAGE.selectFirst("mark.m[data-m=0]");
    assertEquals(HostileArticle.SAYS, mention.wholeText());
    Element quote = PAGE.selectFirst(".quote");
    assertEquals(HostileArticle.ENTITY_NAME, quote.selectFirst(".qs").wholeText());
    quote.select(".ql").remove();
    assertEquals(HostileArticle.QUOTED, quote.wholeText());
    assertEquals(HostileArticle.LONG_LINE, PAGE.select("main > .p").last().wholeText());
  }

  @Test
  void keepsAttributeValuesWhole() {
    Element entity = PAGE.selectFirst("aside li[data-id]");
    assertEquals(HostileArticle.ENTITY_ID, entity.attr("data-id"));
    assertEquals(HostileArticle.ENTITY_NAME, entity.attr("data-name"));
    assertEquals("<i onclick=\"alert(3)\">role</i>", entity.attr("data-role"));
    assertEquals(HostileArticle.ENTITY_NAME + " — person, name", PAGE.selectFirst("mark.m").attr("title"));
    assertTrue(PAGE.selectFirst(".quote").attr("title").startsWith("Direct quote by " + HostileArticle.ENTITY_NAME));
    assertEquals("ent-0", entity.id(), "ids in the page are numbers, never the article's ids");
  }

  @Test
  void escapesTheMetadata() {
    Element publisher = PAGE.selectFirst("dl.meta dd");
    assertEquals("<script>alert('publisher')</script>", publisher.selectFirst("dd > bdi").wholeText());
    assertEquals("because </details><script>x</script>", publisher.selectFirst("details > bdi").wholeText());
    assertEquals(HostileArticle.ARTICLE_ID, PAGE.select("dl.meta dd code").text());
  }

  @Test
  void wrapsVeryLongLines() {
    assertTrue(Assets.CSS.contains(".text p,.text .p{margin:0 0 1.05rem;line-height:2.15;overflow-wrap:anywhere}"));
  }

  @Test
  void replacesControlCharacters() {
    assertEquals("a\uFFFDb&lt;", Escape.html("a\u0000b<"));
    assertEquals("&amp;&quot;&#39;&gt;\t\n", Escape.html("&\"'>\t\n"));
  }
}
