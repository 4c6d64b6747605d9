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
import java.util.Map;
import java.util.Optional;

/**
 * Builds an article whose text, entity name, role, aliases, id and metadata carry unterminated
 * right-to-left overrides (U+202E) and unbalanced isolates (U+2066 to U+2069), each trying to
 * reorder the page around it.
 */
final class BidiArticle {

  static final String RLO = "\u202E";
  static final String RLI = "\u2067";
  static final String FSI = "\u2068";
  static final String PDI = "\u2069";

  /** A headline with an override at its top level, where it reorders only the rest of the headline. */
  static final String HEADLINE = "Headline " + RLO + "desrever";
  /** A name mention holding an unterminated override. */
  static final String NAMED = "Nick " + RLO + "kcin";
  /** A quote whose PDI has no isolate of its own, then an override. */
  static final String QUOTED = "we " + PDI + RLO + "now";
  static final String BODY = NAMED + " said \u201c" + QUOTED + "\u201d today.";
  /** The first "Nick" sits in an isolate matched around it; the second mention opens one it does not close. */
  static final String AGAIN = "Then " + FSI + "Nick" + PDI + " and " + RLI + "Nick again" + PDI + ".";
  static final String TEXT = HEADLINE + "\n\n" + BODY + "\n\n" + AGAIN;

  static final String ENTITY_ID = "e-" + RLO + "nick";
  /** A name whose PDI has no isolate of its own, then an override. */
  static final String NAME = PDI + RLO + "Nick";
  static final String ROLE = RLO + "rotide";
  static final String OPEN_ALIAS = RLI + "Nicky";
  static final String ARTICLE_ID = "bidi-" + RLO + "1";
  static final String PUBLISHER = RLO + "The Times";
  static final String REASON = "because " + RLO + "it says so";

  private BidiArticle() {}

  static Article build() {
    int body = TEXT.indexOf(BODY);
    int again = TEXT.indexOf(AGAIN);
    int quoted = TEXT.indexOf(QUOTED);
    int said = TEXT.indexOf(" said ") + 1;
    int inIsolate = TEXT.indexOf(FSI + "Nick") + 1;
    int openIsolate = TEXT.indexOf(RLI + "Nick");
    Entity nick = new Entity(ENTITY_ID, NAME, EntityType.PERSON, List.of(OPEN_ALIAS, NAMED, "Nick"),
        Optional.of(ROLE), Optional.empty(), Map.of(), Optional.empty());
    Mention named = new Mention("m0", new Span(body, body + NAMED.length()), NAMED, nick, MentionKind.NAME);
    Mention isolated = new Mention("m1", new Span(inIsolate, inIsolate + 4), "Nick", nick, MentionKind.NAME);
    Mention opening = new Mention("m2", new Span(openIsolate, openIsolate + 5), RLI + "Nick", nick,
        MentionKind.NAME);
    Quote quote = new Quote("q0", QuoteKind.DIRECT, List.of(new Span(quoted, quoted + QUOTED.length())), QUOTED,
        Optional.of(nick), Optional.of(named), Optional.of(new Span(said, said + 4)));
    Metadata metadata = new Metadata(Optional.of(Fact.inferred(PUBLISHER, REASON)), Optional.empty(), List.of(),
        List.of(), List.of());
    return Article.builder(ARTICLE_ID, TEXT)
        .metadata(metadata)
        .paragraphs(List.of(
            new Paragraph(new Span(0, HEADLINE.length()), HEADLINE, ParagraphKind.HEADLINE),
            new Paragraph(new Span(body, body + BODY.length()), BODY, ParagraphKind.BODY),
            new Paragraph(new Span(again, again + AGAIN.length()), AGAIN, ParagraphKind.BODY)))
        .entities(List.of(nick))
        .mentions(List.of(named, isolated, opening))
        .quotes(List.of(quote))
        .build();
  }
}
