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
import java.util.List;
import java.util.Optional;

/**
 * Builds an article that tries to inject markup everywhere the page shows article data: the text,
 * entity ids, names, aliases and roles, quote and mention ids, the article id and the metadata;
 * plus a line far longer than any screen.
 */
final class HostileArticle {

  static final String HEADLINE = "<script>alert(\"headline\")</script> & 'single' \"double\"";
  static final String SAYS = "Dr. </mark><b onmouseover=\"alert(2)\">Evil</b>";
  static final String QUOTED = "<img src=x onerror=alert(1)> --> <!-- ]]> </span></p></main>";
  static final String LONG_LINE = "<".repeat(3) + "W".repeat(200_000);
  static final String TEXT = HEADLINE + "\n\n" + SAYS + " said “" + QUOTED + "” loudly.\n\n" + LONG_LINE;

  static final String ENTITY_ID = "e\"><script>alert('id')</script>";
  static final String ENTITY_NAME = "</mark><script>alert('name')</script> O'Brien \"Bob\" <b>";
  static final String ARTICLE_ID = "a\"'<script>alert('article')</script>";

  private HostileArticle() {}

  static Article build() {
    int says = TEXT.indexOf(SAYS);
    int quoted = TEXT.indexOf(QUOTED);
    int said = TEXT.indexOf(" said ") + 1;
    int longLine = TEXT.indexOf(LONG_LINE);
    Entity evil = new Entity(ENTITY_ID, ENTITY_NAME, EntityType.PERSON, List.of(SAYS),
        Optional.of("<i onclick=\"alert(3)\">role</i>"), Optional.empty(), java.util.Map.of(), Optional.empty());
    Mention mention = new Mention("m\"<1>", new Span(says, says + SAYS.length()), SAYS, evil, MentionKind.NAME);
    Mention inQuote = new Mention("m2<", new Span(quoted, quoted + 5), QUOTED.substring(0, 5), evil,
        MentionKind.PRONOUN);
    Quote quote = new Quote("q<1>", QuoteKind.DIRECT, List.of(new Span(quoted, quoted + QUOTED.length())), QUOTED,
        Optional.of(evil), Optional.of(mention), Optional.of(new Span(said, said + 4)));
    Metadata metadata = new Metadata(
        Optional.of(Fact.inferred("<script>alert('publisher')</script>", "because </details><script>x</script>")),
        Optional.empty(), List.of(), List.of(), List.of());
    return Article.builder(ARTICLE_ID, TEXT)
        .metadata(metadata)
        .paragraphs(List.of(
            new Paragraph(new Span(0, HEADLINE.length()), HEADLINE, ParagraphKind.HEADLINE),
            new Paragraph(new Span(says, TEXT.indexOf(" loudly.") + 8), TEXT.substring(says,
                TEXT.indexOf(" loudly.") + 8), ParagraphKind.BODY),
            new Paragraph(new Span(longLine, TEXT.length()), LONG_LINE, ParagraphKind.BODY)))
        .entities(List.of(evil))
        .mentions(List.of(mention, inQuote))
        .quotes(List.of(quote))
        .build();
  }
}
