package io.github.newscorpus.export;

import io.github.newscorpus.ReadLimits;
import io.github.newscorpus.export.JsonTree.Value;
import io.github.newscorpus.model.Article;
import io.github.newscorpus.model.Entity;
import io.github.newscorpus.model.EntityType;
import io.github.newscorpus.model.Mention;
import io.github.newscorpus.model.MentionKind;
import io.github.newscorpus.model.Paragraph;
import io.github.newscorpus.model.ParagraphKind;
import io.github.newscorpus.model.Quote;
import io.github.newscorpus.model.QuoteKind;
import io.github.newscorpus.model.Sentence;
import io.github.newscorpus.model.Span;
import io.github.newscorpus.token.Tokenizer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Builds a small article with characters outside the Basic Multilingual Plane, offsets counted by
 * hand in UTF-16 units (each emoji is two):
 *
 * <pre>
 * 🙂 Ann said “hi 👋”.   🙂 [0,2) Ann [3,6) said [7,11) “ [12,13) hi 👋 [13,18) ” [18,19) . [19,20)
 * #Go🙂Ann won.         #Go🙂Ann [21,29) (Ann at [26,29)) won [30,33) . [33,34)
 * </pre>
 *
 * In code points, every offset after the first emoji is one less, after the second two less, after
 * the third three less.
 */
final class Samples {

  static final String TEXT = "🙂 Ann said “hi 👋”.\n#Go🙂Ann won.";

  private Samples() {}

  static Article emoji() {
    Entity ann = Entity.of("e-ann", "Ann", EntityType.PERSON).withAliases(List.of("Ann"))
        .withExternalId("test", "A 1");
    Mention a1 = new Mention("m1", new Span(3, 6), "Ann", ann, MentionKind.NAME);
    Mention a2 = new Mention("m2", new Span(26, 29), "Ann", ann, MentionKind.NAME);
    return Article.builder("emoji", TEXT)
        .paragraphs(List.of(new Paragraph(new Span(0, 20), TEXT.substring(0, 20), ParagraphKind.BODY),
            new Paragraph(new Span(21, 34), TEXT.substring(21, 34), ParagraphKind.NOTE)))
        .sentences(List.of(new Sentence(new Span(0, 20), TEXT.substring(0, 20)),
            new Sentence(new Span(21, 34), TEXT.substring(21, 34))))
        .tokens(Tokenizer.tokenize(TEXT))
        .entities(List.of(ann))
        .mentions(List.of(a1, a2))
        .quotes(List.of(new Quote("q1", QuoteKind.DIRECT, List.of(new Span(13, 18)), "hi 👋",
            Optional.of(ann), Optional.of(a1), Optional.of(new Span(7, 11)))))
        .build();
  }

  /** Returns {@code json} read as {@link JsonTree} reads a Web Annotation file named t.jsonld. */
  static Value jsonValue(String json) {
    try {
      return JsonTree.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)),
          "t.jsonld", ReadLimits.defaults(), new ArrayList<>());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
