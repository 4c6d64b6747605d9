package io.github.newscorpus.systems;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.stanford.nlp.coref.CorefCoreAnnotations;
import edu.stanford.nlp.coref.data.CorefChain;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.QuoteAttributionAnnotator;
import edu.stanford.nlp.util.CoreMap;
import io.github.newscorpus.eval.Annotations;
import io.github.newscorpus.eval.ClusterMention;
import io.github.newscorpus.eval.Clusters;
import io.github.newscorpus.eval.PredictedMention;
import io.github.newscorpus.eval.PredictedQuote;
import io.github.newscorpus.model.EntityType;
import io.github.newscorpus.model.Span;
import io.github.newscorpus.systems.CoreNlpSystem.EntityMentions;
import io.github.newscorpus.systems.CoreNlpSystem.QuoteSpans;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Runs the full CoreNLP pipeline once on three paragraphs of the bundled article and checks the
 * conversion of its output: offsets, quotation marks, speakers, labels, chains.
 */
class CoreNlpSystemTest {

  /** Paragraphs 2 (caption), 5 and 22 of the bundled article, copied by hand. */
  private static final String TEXT = "Secretary of State Rex Tillerson leaves Germany after a meeting"
      + " of foreign ministers last week. He is flying to Mexico City on Wednesday.\n\n"
      + "“The federal government should enter these negotiations with resolve and without"
      + " hesitation,” wrote columnist Clemente Castañeda Hoeflich on Wednesday in the Excelsior"
      + " newspaper. “This is a relation of equals between two countries, two governments and two"
      + " presidents.”\n\n"
      + "“If the United States wants dialogue on immigration matters, they should sit at the table"
      + " like equals,” Cuevas said. “Otherwise, what Mexico should do is leave the table and change"
      + " its migratory policies with Central America.”";

  private static Annotation document;

  @BeforeAll
  static void annotate() {
    document = CoreNlpSystem.of(CoreNlpSystem.FULL).annotate(TEXT);
  }

  @Test
  void quotesAreTheTextBetweenEachPairOfQuotationMarks() {
    // Four pairs of “…” in the text, counted by hand; the content keeps the trailing commas.
    List<Span> expected = List.of(
        span("The federal government should enter these negotiations with resolve and without hesitation,"),
        span("This is a relation of equals between two countries, two governments and two presidents."),
        span("If the United States wants dialogue on immigration matters, they should sit at the table like equals,"),
        span("Otherwise, what Mexico should do is leave the table and change its migratory policies with Central America."));
    List<Span> found = CoreNlpSystem.annotations(TEXT, document).quotes().stream()
        .map(q -> q.segments().get(0)).toList();
    assertEquals(expected, found);
  }

  @Test
  void quotesWithMarksKeepCoreNlpsSpan() {
    for (PredictedQuote q : CoreNlpSystem.annotations(TEXT, document, EntityMentions.NAMED,
        QuoteSpans.WITH_MARKS).quotes()) {
      Span s = q.segments().get(0);
      assertEquals('“', TEXT.charAt(s.begin()), s.toString());
      assertEquals('”', TEXT.charAt(s.end() - 1), s.toString());
    }
  }

  @Test
  void aSpeakerSpanCoversTheMentionCoreNlpNames() {
    List<CoreMap> quotes = CoreNlpSystem.quotes(document);
    List<PredictedQuote> converted = CoreNlpSystem.annotations(TEXT, document).quotes();
    int withMention = 0;
    for (int i = 0; i < quotes.size(); i++) {
      String mention = quotes.get(i).get(QuoteAttributionAnnotator.MentionAnnotation.class);
      if (mention != null) {
        withMention++;
        Span s = converted.get(i).speaker().orElseThrow();
        assertEquals(mention, TEXT.substring(s.begin(), s.end()));
      }
    }
    assertTrue(withMention > 0, "no quote was attributed to a mention");
  }

  @Test
  void entityMentionsCoverTheirTextAndLeaveOutLabelsWithNoCounterpart() {
    Annotations predicted = CoreNlpSystem.annotations(TEXT, document);
    List<String> texts = new ArrayList<>();
    for (PredictedMention m : predicted.mentions()) {
      texts.add(TEXT.substring(m.span().begin(), m.span().end()));
    }
    List<String> coreNlp = new ArrayList<>();
    for (CoreMap m : document.get(CoreAnnotations.MentionsAnnotation.class)) {
      coreNlp.add(m.get(CoreAnnotations.TextAnnotation.class));
    }
    assertTrue(coreNlp.containsAll(texts), texts + " not all among " + coreNlp);
    assertTrue(texts.contains("Rex Tillerson"), texts.toString());
    assertEquals(EntityType.PERSON, type(predicted, "Rex Tillerson"));
    // "Wednesday" (DATE) and "columnist" (TITLE) have no counterpart; "He" is no name.
    assertFalse(texts.contains("Wednesday"), texts.toString());
    assertFalse(texts.contains("columnist"), texts.toString());
    assertFalse(texts.contains("He"), texts.toString());
  }

  @Test
  void withPronounsKeepsThePronounsCoreNlpAddsAsPersons() {
    Annotations predicted = CoreNlpSystem.annotations(TEXT, document, EntityMentions.WITH_PRONOUNS,
        QuoteSpans.CONTENT);
    assertEquals(EntityType.PERSON, type(predicted, "He"));
  }

  @Test
  void clusterMentionsCoverTheTextOfCoreNlpsMentions() {
    Clusters clusters = CoreNlpSystem.clusters(TEXT, document);
    Map<Integer, CorefChain> chains = document.get(CorefCoreAnnotations.CorefChainAnnotation.class);
    List<String> expected = new ArrayList<>();
    chains.keySet().stream().sorted().forEach(id -> chains.get(id).getMentionsInTextualOrder()
        .forEach(m -> expected.add("c" + id + " " + m.mentionSpan)));
    List<String> found = new ArrayList<>();
    for (ClusterMention m : clusters.mentions()) {
      found.add(m.cluster() + " " + TEXT.substring(m.span().begin(), m.span().end()));
    }
    assertEquals(expected, found);
    assertFalse(found.isEmpty(), "CoreNLP found no chain in three paragraphs");
  }

  private static EntityType type(Annotations predicted, String text) {
    return predicted.mentions().stream()
        .filter(m -> TEXT.substring(m.span().begin(), m.span().end()).equals(text))
        .findFirst().orElseThrow(() -> new AssertionError("no mention \"" + text + "\""))
        .type();
  }

  private static Span span(String content) {
    int begin = TEXT.indexOf(content);
    assertTrue(begin >= 0, content);
    return new Span(begin, begin + content.length());
  }
}
