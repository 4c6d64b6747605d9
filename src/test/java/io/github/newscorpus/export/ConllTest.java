package io.github.newscorpus.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.newscorpus.Corpus;
import io.github.newscorpus.eval.Annotations;
import io.github.newscorpus.eval.LabelMap;
import io.github.newscorpus.eval.PredictedMention;
import io.github.newscorpus.model.Article;
import io.github.newscorpus.model.Entity;
import io.github.newscorpus.model.EntityType;
import io.github.newscorpus.model.Mention;
import io.github.newscorpus.model.MentionKind;
import io.github.newscorpus.model.Sentence;
import io.github.newscorpus.model.Span;
import io.github.newscorpus.model.Token;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ConllTest {

  private static final Article STORY = Corpus.bundled().articles().get(0);

  static String conll(Article a, Conll.Tagging tagging) throws IOException {
    StringWriter out = new StringWriter();
    Conll.write(Stream.of(a), out, tagging);
    return out.toString();
  }

  @Test
  void bundledArticleMatchesItsGoldenFile() throws IOException {
    Golden.assertMatches("000_4e41f4d9df3989c8.conll", conll(STORY, Conll.Tagging.IOB2));
  }

  /** Checks the golden file by an independent rule: each sentence's tokens give back its text. */
  @Test
  void tokensOfEachBlockRejoinIntoTheirSentence() throws IOException {
    List<String> lines = Golden.read("000_4e41f4d9df3989c8.conll").lines().toList();
    assertEquals("-DOCSTART- -X- -X- O", lines.get(0));
    List<String> blocks = new ArrayList<>();
    StringBuilder block = new StringBuilder();
    for (String line : lines.subList(1, lines.size())) {
      if (line.isEmpty()) {
        if (block.length() > 0) {
          blocks.add(block.toString());
        }
        block.setLength(0);
      } else {
        String[] columns = line.split(" ");
        assertEquals(4, columns.length, line);
        block.append(columns[0]);
      }
    }
    List<String> sentences = STORY.sentences().stream().map(Sentence::text)
        .map(s -> s.replaceAll("\\s", "")).toList();
    assertEquals(sentences, blocks);
  }

  @Test
  void goldenFileTagsEveryNameMentionOnce() throws IOException {
    // 196 name mentions, of which UNNAMED_SOURCE has none: every one begins a B- tag
    long begins = Golden.read("000_4e41f4d9df3989c8.conll").lines().filter(l -> l.contains(" B-")).count();
    assertEquals(196, begins);
  }

  @Test
  void iob1AndIob2() throws IOException {
    // "Ann Lee Bob met Paris." Ann Lee [0,7) and Bob [8,11) are two PERSONs side by side
    String text = "Ann Lee Bob met Paris.";
    Entity ann = Entity.of("e-ann", "Ann Lee", EntityType.PERSON);
    Entity bob = Entity.of("e-bob", "Bob", EntityType.PERSON);
    Entity paris = Entity.of("e-paris", "Paris", EntityType.LOCATION);
    Article a = Article.builder("a", text).entities(List.of(ann, bob, paris))
        .sentences(List.of(new Sentence(new Span(0, 22), text)))
        .mentions(List.of(new Mention("m1", new Span(0, 7), "Ann Lee", ann, MentionKind.NAME),
            new Mention("m2", new Span(8, 11), "Bob", bob, MentionKind.NAME),
            new Mention("m3", new Span(16, 21), "Paris", paris, MentionKind.NAME)))
        .build();
    assertEquals("-DOCSTART- -X- -X- O\n\nAnn _ _ B-PER\nLee _ _ I-PER\nBob _ _ B-PER\nmet _ _ O\n"
        + "Paris _ _ B-LOC\n. _ _ O\n\n", conll(a, Conll.Tagging.IOB2));
    assertEquals("-DOCSTART- -X- -X- O\n\nAnn _ _ I-PER\nLee _ _ I-PER\nBob _ _ B-PER\nmet _ _ O\n"
        + "Paris _ _ I-LOC\n. _ _ O\n\n", conll(a, Conll.Tagging.IOB1));
    assertEquals("-DOCSTART- -X- -X- O\n\nAnn _ _ B-PER\nLee _ _ E-PER\nBob _ _ S-PER\nmet _ _ O\n"
        + "Paris _ _ S-LOC\n. _ _ O\n\n", conll(a, Conll.Tagging.BIOES));
  }

  /**
   * Reads back what each tagging writes for the bundled article: every name mention of a type
   * with a CoNLL-2003 counterpart, at its span widened to whole tokens (the three hashtags), as
   * CoNLL-2003's type; MISC (NORP, LAW, BRAND) has none and is left out.
   */
  @ParameterizedTest
  @EnumSource(Conll.Tagging.class)
  void whatIsWrittenReadsBack(Conll.Tagging tagging) throws IOException {
    // written PER (PERSON), ORG (ORGANIZATION, MEDIA), LOC (LOCATION), MISC (NORP, LAW, BRAND);
    // read back with the CoNLL-2003 map, where MISC has no counterpart and is left out
    Map<EntityType, EntityType> readAs = Map.of(EntityType.PERSON, EntityType.PERSON,
        EntityType.ORGANIZATION, EntityType.ORGANIZATION, EntityType.MEDIA,
        EntityType.ORGANIZATION, EntityType.LOCATION, EntityType.LOCATION);
    List<PredictedMention> expected = new ArrayList<>();
    for (Mention m : STORY.mentions()) {
      Optional<EntityType> type = Optional.ofNullable(readAs.get(m.entity().type()));
      if (m.kind() == MentionKind.NAME && type.isPresent()) {
        List<Token> covering = STORY.tokens().overlapping(m.span());
        expected.add(new PredictedMention(new Span(covering.get(0).span().begin(),
            covering.get(covering.size() - 1).span().end()), type.get()));
      }
    }
    Annotations read = Conll.read(conll(STORY, tagging).lines().toList(), STORY, tagging,
        LabelMap.CONLL_2003, "story.conll");
    assertEquals(expected, read.mentions());
    assertEquals(STORY.sentences().stream().map(Sentence::span).toList(), read.sentences());
  }

  @Test
  void charactersOutsideTheBmpStayInTheirTokens() throws IOException {
    // the name Ann inside the hashtag tags the whole token
    assertEquals("-DOCSTART- -X- -X- O\n\n🙂 _ _ O\nAnn _ _ B-PER\nsaid _ _ O\n“ _ _ O\nhi _ _ O\n"
        + "👋 _ _ O\n” _ _ O\n. _ _ O\n\n#Go🙂Ann _ _ B-PER\nwon _ _ O\n. _ _ O\n\n",
        conll(Samples.emoji(), Conll.Tagging.IOB2));
  }

  @Test
  void tokensWithWhitespaceAreRefused() {
    Article a = Article.builder("w", "New York").tokens(List.of(new Token(new Span(0, 8), "New York"))).build();
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> conll(a, Conll.Tagging.IOB2));
    assertEquals("token [0, 8) of article w holds whitespace, which CoNLL cannot: \"New York\"", e.getMessage());
  }

  /**
   * Regression: a token with a no-break space (which the tokenizer keeps inside a word) was
   * written as is, so that a reader splitting columns on whitespace saw five columns.
   */
  @Test
  void tokensWithNoBreakSpacesOrNextLineAreRefusedToo() {
    for (String word : List.of("New\u00A0York", "New\u202FYork", "New\u0085York")) {
      Article a = Article.builder("w", word).tokens(List.of(new Token(new Span(0, 8), word))).build();
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> conll(a, Conll.Tagging.IOB2));
      assertEquals("token [0, 8) of article w holds whitespace, which CoNLL cannot: \"" + word + "\"",
          e.getMessage());
    }
  }
}
