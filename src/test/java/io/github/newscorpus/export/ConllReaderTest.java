package io.github.newscorpus.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.newscorpus.CorpusFormatException;
import io.github.newscorpus.FormatProblem;
import io.github.newscorpus.ReadLimits;
import io.github.newscorpus.eval.Annotations;
import io.github.newscorpus.eval.LabelMap;
import io.github.newscorpus.eval.PredictedMention;
import io.github.newscorpus.model.Article;
import io.github.newscorpus.model.EntityType;
import io.github.newscorpus.model.Span;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reads CoNLL lines over small texts whose spans are worked out by hand. */
class ConllReaderTest {

  private static Article article(String text) {
    return Article.builder("a", text).build();
  }

  private static Annotations read(String text, Conll.Tagging tagging, LabelMap labels,
      String... lines) throws CorpusFormatException {
    return Conll.read(List.of(lines), article(text), tagging, labels, "t.conll");
  }

  private static PredictedMention mention(int begin, int end, EntityType type) {
    return new PredictedMention(new Span(begin, end), type);
  }

  private static List<String> problems(CorpusFormatException e) {
    return e.problems().stream().map(FormatProblem::toString).toList();
  }

  @Test
  void ptbTokensAlignWithTypographicText() throws CorpusFormatException {
    // 0         1         2         3
    // 0123456789012345678901234567890123456
    // Don’t tell the U.S. Senate, “Cardin.”
    String text = "Don’t tell the U.S. Senate, “Cardin.”";
    Annotations a = read(text, Conll.Tagging.IOB2, LabelMap.CONLL_2003,
        "Do O", "n't O", "tell O", "the O", "U.S B-LOC", ". O", "Senate B-ORG", ", O",
        "`` O", "Cardin B-PER", ". O", "'' O");
    assertEquals(List.of(new Span(0, 2), new Span(2, 5), new Span(6, 10), new Span(11, 14),
        new Span(15, 18), new Span(18, 19), new Span(20, 26), new Span(26, 27), new Span(28, 29),
        new Span(29, 35), new Span(35, 36), new Span(36, 37)), a.tokens());
    assertEquals(List.of(mention(15, 18, EntityType.LOCATION), mention(20, 26,
        EntityType.ORGANIZATION), mention(29, 35, EntityType.PERSON)), a.mentions());
    assertEquals(List.of(new Span(0, 37)), a.sentences());
  }

  @Test
  void fourColumnsDocstartAndBlankLinesMakeSentences() throws CorpusFormatException {
    // 0         1         2
    // 0123456789012345678901234
    // Ann Lee left. Bob stayed.
    String text = "Ann Lee left. Bob stayed.";
    Annotations a = read(text, Conll.Tagging.IOB2, LabelMap.CONLL_2003,
        "-DOCSTART- -X- -X- O", "", "Ann NNP B-NP B-PER", "Lee NNP I-NP I-PER",
        "left VBD B-VP O", ". . O O", "", "", "Bob NNP B-NP B-PER", "stayed VBD B-VP O", ". . O O");
    assertEquals(List.of(mention(0, 7, EntityType.PERSON), mention(14, 17, EntityType.PERSON)),
        a.mentions());
    assertEquals(List.of(new Span(0, 13), new Span(14, 25)), a.sentences());
    assertEquals(7, a.tokens().size());
  }

  @Test
  void iob1StartsAPhraseAtIAfterOAndAtBAfterTheSameLabel() throws CorpusFormatException {
    // 0         1
    // 0123456789012345678
    // Ann Lee Bob in Rome
    String text = "Ann Lee Bob in Rome";
    Annotations a = read(text, Conll.Tagging.IOB1, LabelMap.CONLL_2003,
        "Ann I-PER", "Lee I-PER", "Bob B-PER", "in O", "Rome I-LOC");
    assertEquals(List.of(mention(0, 7, EntityType.PERSON), mention(8, 11, EntityType.PERSON),
        mention(15, 19, EntityType.LOCATION)), a.mentions());
  }

  @Test
  void anILabelChangeStartsAPhraseAsConllevalDoes() throws CorpusFormatException {
    // "Ann Lee Bob": I-PER I-ORG I-ORG is two phrases, Ann and Lee Bob
    Annotations a = read("Ann Lee Bob", Conll.Tagging.IOB2, LabelMap.CONLL_2003,
        "Ann I-PER", "Lee I-ORG", "Bob I-ORG");
    assertEquals(List.of(mention(0, 3, EntityType.PERSON), mention(4, 11,
        EntityType.ORGANIZATION)), a.mentions());
  }

  @Test
  void bioesEndsAPhraseAtEAndS() throws CorpusFormatException {
    // 0         1         2
    // 0123456789012345678901234
    // Ann Bob met in New York
    String text = "Ann Bob met in New York";
    Annotations a = read(text, Conll.Tagging.BIOES, LabelMap.CONLL_2003,
        "Ann S-PER", "Bob S-PER", "met O", "in O", "New B-LOC", "York E-LOC");
    assertEquals(List.of(mention(0, 3, EntityType.PERSON), mention(4, 7, EntityType.PERSON),
        mention(15, 23, EntityType.LOCATION)), a.mentions());
  }

  @Test
  void aPhraseWithoutCounterpartIsLeftOut() throws CorpusFormatException {
    Annotations a = read("Mexican Ann", Conll.Tagging.IOB2, LabelMap.CONLL_2003,
        "Mexican B-MISC", "Ann B-PER");
    assertEquals(List.of(mention(8, 11, EntityType.PERSON)), a.mentions());
    Annotations onto = read("Mexican Ann", Conll.Tagging.IOB2, LabelMap.ONTONOTES_5,
        "Mexican B-NORP", "Ann B-PERSON");
    assertEquals(List.of(mention(0, 7, EntityType.NORP), mention(8, 11, EntityType.PERSON)),
        onto.mentions());
  }

  @Test
  void skippedTextIsSearchedAcrossAndBracketsUnescaped() throws CorpusFormatException {
    // 0         1         2
    // 01234567890123456789012
    // Rome (Italy) and Paris.
    Annotations a = read("Rome (Italy) and Paris.", Conll.Tagging.IOB2, LabelMap.CONLL_2003,
        "-LRB- O", "Italy B-LOC", "-RRB- O", "Paris B-LOC");
    assertEquals(List.of(new Span(5, 6), new Span(6, 11), new Span(11, 12), new Span(17, 22)),
        a.tokens());
  }

  @Test
  void everyTokenThatCannotBeAlignedIsReportedByLine() {
    // "Rome" cannot follow "Paris"; "Berlin" is nowhere; "Rome" of line 1 still aligns
    CorpusFormatException e = assertThrows(CorpusFormatException.class,
        () -> read("Rome and Paris.", Conll.Tagging.IOB2, LabelMap.CONLL_2003,
            "Rome B-LOC", "and O", "Paris B-LOC", "Rome O", "Berlin B-LOC", ". O"));
    assertEquals(List.of(
        "t.conll:4:1: token \"Rome\" cannot be aligned with the text after offset 14",
        "t.conll:5:1: token \"Berlin\" cannot be aligned with the text after offset 14"),
        problems(e));
  }

  @Test
  void tagsLabelsAndColumnsAreCheckedOnEveryLine() {
    CorpusFormatException e = assertThrows(CorpusFormatException.class,
        () -> read("Ann met Bob in Rome", Conll.Tagging.IOB2, LabelMap.CONLL_2003,
            "Ann E-PER", "met X", "Bob B-PERSON", "in NN O", "Rome", "-DOCSTART- -X- -X- O"));
    assertEquals(List.of(
        "t.conll:1:1: expected O or a tag such as B-PER (IOB2), found \"E-PER\"",
        "t.conll:2:1: expected O or a tag such as B-PER (IOB2), found \"X\"",
        "t.conll:3:1: unknown entity label \"PERSON\" for CoNLL-2003 labels; expected one of LOC, "
            + "MISC, ORG, PER",
        "t.conll:4:1: expected 2 columns, as on line 1, found 3",
        "t.conll:5:1: expected a token and a tag separated by whitespace, found \"Rome\"",
        "t.conll:6:1: a second document starts here; a CoNLL file is read as the tokens of one "
            + "article"), problems(e));
  }

  @Test
  void noTokensGiveEmptyPredictions() throws CorpusFormatException {
    Annotations a = read("Ann", Conll.Tagging.BIOES, LabelMap.CONLL_2003, "-DOCSTART- -X- -X- O", "");
    assertEquals(List.of(), a.mentions());
    assertEquals(List.of(), a.tokens());
  }

  @Test
  void aFileIsReadWithinItsLimits(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("t.conll");
    Files.writeString(file, "Ann B-PER\r\n\r\nmet O\nBob B-PER\n", StandardCharsets.UTF_8);
    Annotations a = Conll.read(file, article("Ann met Bob"), Conll.Tagging.IOB2,
        LabelMap.CONLL_2003);
    assertEquals(List.of(mention(0, 3, EntityType.PERSON), mention(8, 11, EntityType.PERSON)),
        a.mentions());
    CorpusFormatException e = assertThrows(CorpusFormatException.class, () -> Conll.read(file,
        article("Ann met Bob"), Conll.Tagging.IOB2, LabelMap.CONLL_2003,
        ReadLimits.defaults().withMaxAnnotations(2)));
    assertEquals(List.of(file + ":4:1: more than maxAnnotations (2) annotations; reading stopped "
        + "here"), problems(e));
  }
}
