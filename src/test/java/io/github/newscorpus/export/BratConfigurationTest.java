package io.github.newscorpus.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.newscorpus.Corpus;
import io.github.newscorpus.html.HtmlView;
import io.github.newscorpus.model.EntityType;
import io.github.newscorpus.model.MentionKind;
import io.github.newscorpus.model.ParagraphKind;
import io.github.newscorpus.model.QuoteKind;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class BratConfigurationTest {

  /** Each entity type is drawn in brat in the background and border colours of the HTML view. */
  @Test
  void entityTypesHaveTheHtmlViewsColours() {
    String page = HtmlView.render(Corpus.bundled().articles().get(0));
    String visual = BratConfiguration.visualConf();
    for (EntityType t : EntityType.values()) {
      String css = t.name().toLowerCase(Locale.ROOT).replace('_', '-');
      Matcher m = Pattern.compile("\\.t-" + css + "\\{--b:(#\\w+);--c:(#\\w+)\\}").matcher(page);
      assertTrue(m.find(), "the page's CSS has a class for " + t);
      assertTrue(visual.contains("\n" + t.name() + "\tbgColor:" + m.group(1) + ", borderColor:" + m.group(2) + "\n"),
          t + " in visual.conf:\n" + visual);
    }
    Matcher quote = Pattern.compile("--quote:(#\\w+)").matcher(page);
    assertTrue(quote.find());
    assertTrue(visual.contains("\nQuote\tfgColor:white, bgColor:" + quote.group(1)), visual);
    assertTrue(visual.contains("\nSpeaker\tcolor:" + quote.group(1) + "\n"), visual);
  }

  /** Every type and value the writer can write is declared, with what it applies to. */
  @Test
  void theWholeVocabularyIsDeclared() {
    String conf = BratConfiguration.annotationConf();
    for (EntityType t : EntityType.values()) {
      assertTrue(conf.contains("\n" + t.name() + "\n"), t.name());
      assertTrue(conf.contains("\nCoreference\tArg1:" + t.name() + ", Arg2:" + t.name()
          + ", <REL-TYPE>:symmetric-transitive\n"), t.name());
    }
    assertTrue(conf.contains("\nParagraph\nSentence\nQuote\nCue\n"), conf);
    assertTrue(conf.contains("\nSpeaker\tArg1:Quote, Arg2:PERSON|ORGANIZATION|LOCATION|NORP|LAW|MEDIA|BRAND"
        + "|UNNAMED_SOURCE\n"), conf);
    assertTrue(conf.contains("\nCue\tArg1:Quote, Arg2:Cue\n"), conf);
    assertTrue(conf.contains("\nParagraphKind\tArg:Paragraph, Value:HEADLINE|CAPTION|CREDIT|BODY|CONTRIBUTOR"
        + "|RELATED|NOTE\n"), conf);
    assertTrue(conf.contains("\nMentionKind\tArg:PERSON|ORGANIZATION|LOCATION|NORP|LAW|MEDIA|BRAND"
        + "|UNNAMED_SOURCE, Value:NAME|NOMINAL|PRONOUN\n"), conf);
    assertTrue(conf.contains("\nQuoteKind\tArg:Quote, Value:DIRECT|PARTIAL|INDIRECT\n"), conf);
    // the enums have the values the lines above list, no more
    assertEquals(8, EntityType.values().length);
    assertEquals(7, ParagraphKind.values().length);
    assertEquals(3, MentionKind.values().length);
    assertEquals(3, QuoteKind.values().length);
  }

  @Test
  void wikidataIsAKnowledgeBaseForNormalisations() {
    assertTrue(BratConfiguration.toolsConf().contains(
        "\n[normalization]\n\nwikidata\t<URL>:https://www.wikidata.org/, <URLBASE>:https://www.wikidata.org/wiki/%s\n"),
        BratConfiguration.toolsConf());
  }
}
