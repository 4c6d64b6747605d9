package io.github.newscorpus.testing;

import io.github.newscorpus.Corpus;
import io.github.newscorpus.json.Layouts;
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
import io.github.newscorpus.model.Sentence;
import io.github.newscorpus.model.Span;
import io.github.newscorpus.token.Tokenizer;
import java.util.List;
import java.util.Optional;

/**
 * Holds the small, valid corpora the fuzzers mutate: every layer, every optional field, and the
 * text cases that matter for offsets (characters outside the BMP, a flag and a family emoji made
 * of several code points, a decomposed accent, a carriage return, a tab).
 */
public final class FuzzSeeds {

  /** Text of {@link #edge()}; offsets below are found by search, so the text may be edited. */
  static final String EDGE_TEXT = "Zoë Ödegaard said: “Olé 🇲🇽, Zoe\u0308!”\r\n"
      + "She waved 👩‍👩‍👧 at Ödegaard.\tThe end.";

  private FuzzSeeds() {}

  /** Returns the seed corpora, each with one to three articles; the last is the smallest. */
  public static List<Corpus> corpora() {
    Article edge = edge();
    Article calm = Article.builder("calm", "Nothing happened.").build();
    return List.of(Corpus.of(List.of(edge)), Corpus.of(List.of(calm, edge, wave())),
        Corpus.of(List.of(wave())));
  }

  /** Returns an article that uses every layer and field of the format. */
  public static Article edge() {
    String t = EDGE_TEXT;
    Entity zoe = Entity.of("e-zoe", "Zoë Ödegaard", EntityType.PERSON)
        .withAliases(List.of("Zoë Ödegaard", "Zoe\u0308", "Ödegaard")).withRole("speaker")
        .withAffiliation("e-mx").withExternalId("wikidata", "Q1 2");
    Entity mexico = Entity.of("e-mx", "Mexico", EntityType.LOCATION).withNote("from the flag");
    Mention m1 = mention("m1", t, "Zoë Ödegaard", 0, zoe, MentionKind.NAME);
    Mention m2 = mention("m2", t, "Zoe\u0308", 0, zoe, MentionKind.NAME);
    Mention m3 = mention("m3", t, "She", 0, zoe, MentionKind.PRONOUN);
    Mention m4 = mention("m4", t, "Ödegaard", t.indexOf("at Ödegaard") + 3, zoe, MentionKind.NAME);
    Mention m5 = mention("m5", t, "🇲🇽", 0, mexico, MentionKind.NOMINAL);
    int line = t.indexOf("\r\n");
    Span first = new Span(0, line);
    Span second = new Span(line + 2, t.indexOf("\tThe end."));
    Span third = new Span(t.indexOf("The end."), t.length());
    Span olé = find(t, "Olé 🇲🇽", 0);
    Span zoeTwo = find(t, "Zoe\u0308!", 0);
    Quote q1 = new Quote("q1", QuoteKind.DIRECT, List.of(olé, zoeTwo),
        text(t, olé) + " " + text(t, zoeTwo), Optional.of(zoe), Optional.of(m1),
        Optional.of(find(t, "said", 0)));
    Quote q2 = new Quote("q2", QuoteKind.INDIRECT, List.of(find(t, "waved", 0)), "waved",
        Optional.empty(), Optional.empty(), Optional.empty());
    Metadata metadata = new Metadata(Optional.of(Fact.inferred("Test Press", "made up")),
        Optional.of(Fact.inferred("2017-02-22", "a guess")),
        List.of(Fact.stated("The end.", third)), List.of(Fact.stated("Zoë", find(t, "Zoë", 0))),
        List.of());
    return Article.builder("edge", t)
        .metadata(metadata)
        .paragraphs(List.of(new Paragraph(first, text(t, first), ParagraphKind.HEADLINE),
            new Paragraph(second, text(t, second), ParagraphKind.BODY),
            new Paragraph(third, text(t, third), ParagraphKind.NOTE)))
        .sentences(List.of(new Sentence(first, text(t, first)), new Sentence(second, text(t, second)),
            new Sentence(third, text(t, third))))
        .tokens(Tokenizer.tokenize(t))
        .entities(List.of(zoe, mexico))
        .mentions(List.of(m1, m2, m3, m4, m5))
        .quotes(List.of(q1, q2))
        .build();
  }

  /** Returns a short article like that of {@code json/small.json}, with an emoji in a quote. */
  public static Article wave() {
    String t = "Ann said “Hi 👋 there.”\nBob left.";
    Entity ann = Entity.of("e-ann", "Ann", EntityType.PERSON).withAliases(List.of("Ann"));
    Mention m1 = mention("m1", t, "Ann", 0, ann, MentionKind.NAME);
    return Article.builder("wave", t)
        .paragraphs(List.of(new Paragraph(new Span(0, 23), t.substring(0, 23), ParagraphKind.BODY)))
        .entities(List.of(ann))
        .mentions(List.of(m1))
        .quotes(List.of(new Quote("q1", QuoteKind.DIRECT, List.of(find(t, "Hi 👋 there.", 0)),
            "Hi 👋 there.", Optional.of(ann), Optional.of(m1), Optional.of(find(t, "said", 0)))))
        .build();
  }

  /** Returns the bytes of {@code corpus} as corpus JSON, as {@code Corpus.write} writes them. */
  public static byte[] bytes(Corpus corpus) {
    return Layouts.json(corpus.articles());
  }

  private static Mention mention(String id, String text, String covered, int from, Entity e,
      MentionKind kind) {
    Span s = find(text, covered, from);
    return new Mention(id, s, covered, e, kind);
  }

  private static Span find(String text, String covered, int from) {
    int at = text.indexOf(covered, from);
    if (at < 0) {
      throw new IllegalArgumentException("\"" + covered + "\" is not in the seed text");
    }
    return new Span(at, at + covered.length());
  }

  private static String text(String text, Span s) {
    return text.substring(s.begin(), s.end());
  }
}
