package io.github.newscorpus.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.newscorpus.Corpus;
import io.github.newscorpus.model.Annotation;
import io.github.newscorpus.model.Article;
import io.github.newscorpus.model.Entity;
import io.github.newscorpus.model.EntityType;
import io.github.newscorpus.model.Fact;
import io.github.newscorpus.model.Mention;
import io.github.newscorpus.model.MentionKind;
import io.github.newscorpus.model.Paragraph;
import io.github.newscorpus.model.ParagraphKind;
import io.github.newscorpus.model.Quote;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class CorpusGeneratorTest {

  private static final Article STORY = Corpus.bundled().articles().get(0);
  /** 200 articles of seed 42: enough to keep every paragraph, person and quote at least once. */
  private static final List<Article> SAMPLE = CorpusGenerator.generate(42, 200).toList();

  /** Every word of a bundled person's name, initials left out: the words that must not appear. */
  private static final Set<String> ORIGINAL_NAME_WORDS = STORY.entities(EntityType.PERSON).stream()
      .flatMap(e -> CorpusGenerator.words(e.name()).stream())
      .filter(w -> w.length() > 1)
      .collect(Collectors.toSet());

  @Test
  void theSameSeedGivesTheSameArticles() {
    assertEquals(CorpusGenerator.generate(42, 200).toList(), SAMPLE);
    assertEquals(SAMPLE.get(137), CorpusGenerator.article(42, 137));
    assertNotEquals(CorpusGenerator.generate(43, 1).toList().get(0).text(), SAMPLE.get(0).text());
  }

  @Test
  void idsAreDistinctAndNameSeedAndIndex() {
    assertEquals("gen-2a-0", SAMPLE.get(0).id());
    assertEquals("gen-2a-199", SAMPLE.get(199).id());
    assertEquals("gen-ffffffffffffffff-3", CorpusGenerator.article(-1, 3).id());
    assertEquals(200, SAMPLE.stream().map(Article::id).distinct().count());
    assertEquals(200, Corpus.of(SAMPLE).articles().size());
  }

  @Test
  void isLazyAndCountsFromZero() {
    assertEquals(0, CorpusGenerator.generate(1, 0).count());
    // Generating a million articles would take minutes; taking three builds three.
    assertEquals(List.of("gen-1-0", "gen-1-1", "gen-1-2"),
        CorpusGenerator.generate(1, 1_000_000).limit(3).map(Article::id).toList());
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> CorpusGenerator.generate(1, -1));
    assertEquals("count (-1) must not be negative", e.getMessage());
  }

  @Test
  void everyArticlePassesEveryCheck() {
    for (Article a : SAMPLE) {
      Article.Builder copy = Article.builder(a.id(), a.text()).metadata(a.metadata())
          .paragraphs(a.paragraphs()).sentences(a.sentences()).entities(a.entities())
          .mentions(a.mentions()).quotes(a.quotes());
      assertEquals(List.of(), copy.problems(), a.id());
      for (Mention m : a.mentions()) {
        assertEquals(a.text().substring(m.span().begin(), m.span().end()), m.text(), m.id());
      }
    }
  }

  @Test
  void keepsTheHeadlineAndThreeToTwelveShuffledBodyParagraphs() {
    Set<Integer> bodyCounts = new HashSet<>();
    boolean shuffled = false;
    for (Article a : SAMPLE) {
      assertEquals(ParagraphKind.HEADLINE, a.paragraphs().get(0).kind());
      int body = a.paragraphs(ParagraphKind.BODY).size();
      assertTrue(body >= 3 && body <= 12, a.id() + ": " + body);
      bodyCounts.add(body);
      assertTrue(Set.of(0, 4).contains(a.paragraphs(ParagraphKind.RELATED).size()));
      assertTrue(Set.of(0, 3).contains(a.paragraphs(ParagraphKind.NOTE).size()));
      assertEquals(1 + body + a.paragraphs(ParagraphKind.RELATED).size()
          + a.paragraphs(ParagraphKind.NOTE).size(), a.paragraphs().size(), "no captions or credits");
      List<Paragraph> kept = CorpusGenerator.keptParagraphs(42, Integer.parseInt(a.id().substring(7)));
      List<Paragraph> keptBody = kept.stream().filter(p -> p.kind() == ParagraphKind.BODY).toList();
      shuffled |= !keptBody.stream().map(Paragraph::span).sorted().toList()
          .equals(keptBody.stream().map(Paragraph::span).toList());
    }
    assertEquals(10, bodyCounts.size(), "every count from 3 to 12 occurs");
    assertTrue(shuffled);
  }

  /** Each kept paragraph holds as many sentences, mentions and quotes as its bundled original. */
  @Test
  void everyAnnotationOfAKeptParagraphSurvives() {
    int quotes = 0;
    for (Article a : SAMPLE) {
      List<Paragraph> kept = CorpusGenerator.keptParagraphs(42, Integer.parseInt(a.id().substring(7)));
      assertEquals(kept.size(), a.paragraphs().size());
      int sentences = 0;
      for (int i = 0; i < kept.size(); i++) {
        Paragraph generated = a.paragraphs().get(i);
        Paragraph original = kept.get(i);
        assertEquals(original.kind(), generated.kind());
        String where = a.id() + " paragraph " + i;
        assertEquals(count(STORY.sentences(), original), count(a.sentences(), generated), where);
        assertEquals(count(STORY.mentions(), original), count(a.mentions(), generated), where);
        assertEquals(count(STORY.quotes(), original), count(a.quotes(), generated), where);
        sentences += count(STORY.sentences(), original);
      }
      assertEquals(sentences, a.sentences().size(), "no sentence outside a kept paragraph");
      quotes += a.quotes().size();
    }
    assertTrue(quotes > 0);
  }

  private static int count(List<? extends Annotation> layer, Paragraph paragraph) {
    return (int) layer.stream().filter(x -> paragraph.span().covers(x.span())).count();
  }

  @Test
  void keepsOnlyEntitiesThatAreMentionedOrReferenced() {
    for (Article a : SAMPLE) {
      Set<String> referenced = new HashSet<>();
      a.mentions().forEach(m -> referenced.add(m.entity().id()));
      a.quotes().forEach(q -> q.speaker().ifPresent(s -> referenced.add(s.id())));
      a.entities().forEach(e -> e.affiliation().ifPresent(referenced::add));
      assertEquals(referenced, a.entities().stream().map(Entity::id).collect(Collectors.toSet()),
          a.id());
    }
  }

  @Test
  void renamesEveryPersonConsistentlyAndTheOriginalNamesAreGone() {
    Set<String> newWords = new HashSet<>(CorpusGenerator.WORDS);
    for (Article a : SAMPLE) {
      assertEquals(Set.of(), wordsOf(a.text()).stream().filter(ORIGINAL_NAME_WORDS::contains)
          .collect(Collectors.toSet()), a.id() + " text");
      for (Entity person : a.entities(EntityType.PERSON)) {
        String where = a.id() + " " + person.id();
        assertTrue(newWords.containsAll(words(person.name())), where + " " + person.name());
        assertEquals(Map.of(), person.externalIds(), where);
        assertEquals("e-" + person.name().toLowerCase().replaceAll("[^a-z]+", "-"), person.id());
        for (Mention m : a.mentionsOf(person)) {
          if (m.kind() == MentionKind.NAME) {
            assertTrue(person.aliases().contains(m.text()), where + " mention " + m.text());
            assertTrue(newWords.containsAll(words(m.text())), where + " mention " + m.text());
          }
        }
      }
      for (Entity e : a.entities()) {
        Stream.of(List.of(e.name()), e.aliases(), e.role().stream().toList(), e.note().stream().toList())
            .flatMap(List::stream)
            .forEach(s -> assertFalse(wordsOf(s).stream().anyMatch(ORIGINAL_NAME_WORDS::contains),
                a.id() + " " + e.id() + ": " + s));
      }
      Stream.concat(a.metadata().published().stream(), a.metadata().updated().stream())
          .flatMap(f -> f.inference().stream())
          .forEach(s -> assertFalse(wordsOf(s).stream().anyMatch(ORIGINAL_NAME_WORDS::contains), s));
    }
  }

  /** The headline starts with Trump's name ("Trump’s top deputies…"), now another one. */
  @Test
  void theHeadlineNamesThePresidentByHisNewName() {
    for (Article a : SAMPLE) {
      Mention first = a.mentions().get(0);
      assertEquals(0, first.span().begin());
      assertEquals("President", first.entity().role().orElseThrow());
      assertEquals(first.entity().name() + "’s top deputies hope to shore up ties with a suspicious "
          + "Mexico", a.headline());
    }
  }

  @Test
  void keepsInitialsAndRenamesTheOtherWords() {
    Entity kelly = STORY.expectEntity("John F. Kelly");
    Article a = SAMPLE.stream().filter(x -> x.entities().stream()
        .anyMatch(e -> e.role().equals(kelly.role()))).findFirst().orElseThrow();
    Entity renamed = a.entities().stream().filter(e -> e.role().equals(kelly.role())).findFirst()
        .orElseThrow();
    List<String> parts = List.of(renamed.name().split(" "));
    assertEquals(3, parts.size());
    assertEquals("F.", parts.get(1));
    assertEquals(List.of(renamed.name(), parts.get(2)), renamed.aliases());
  }

  @Test
  void keepsFactsStatedInKeptParagraphsAndInferredOnes() {
    for (Article a : SAMPLE) {
      boolean notes = !a.paragraphs(ParagraphKind.NOTE).isEmpty();
      assertEquals("Los Angeles Times", a.metadata().publisher().map(Fact::value).orElseThrow());
      assertEquals(notes, a.metadata().published().isPresent(), a.id());
      assertEquals(notes ? 2 : 0, a.metadata().updated().size(), a.id());
      assertEquals(List.of(), a.metadata().contributors(), "the contributor line is never kept");
      assertEquals(List.of(), a.metadata().credits(), "the photo credit is never kept");
      a.metadata().updated().forEach(f -> assertTrue(
          a.text(f.evidence().orElseThrow()).matches("\\d+:\\d\\d [ap]\\.m\\."), f.toString()));
    }
  }

  @Test
  void aQuoteKeepsItsSpeakerAndSpeakerMention() {
    for (Article a : SAMPLE) {
      for (Quote q : a.quotes()) {
        q.speakerMention().ifPresent(m -> {
          assertTrue(a.mentions().contains(m));
          assertEquals(q.speaker().orElseThrow(), m.entity());
        });
      }
    }
  }

  private static List<String> words(String text) {
    return CorpusGenerator.words(text).stream().filter(w -> w.length() > 1).toList();
  }

  private static List<String> wordsOf(String text) {
    return CorpusGenerator.words(text);
  }
}
