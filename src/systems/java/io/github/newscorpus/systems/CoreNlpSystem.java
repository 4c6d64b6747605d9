package io.github.newscorpus.systems;

import edu.stanford.nlp.coref.CorefCoreAnnotations;
import edu.stanford.nlp.coref.data.CorefChain;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.QuoteAttributionAnnotator;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import io.github.newscorpus.eval.Annotations;
import io.github.newscorpus.eval.Clusters;
import io.github.newscorpus.eval.LabelMap;
import io.github.newscorpus.eval.PredictedQuote;
import io.github.newscorpus.model.EntityType;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;

/**
 * Runs a Stanford CoreNLP pipeline on a text and converts what it finds into newscorpus
 * predictions: tokens, sentences, entity mentions, quotes with their speakers, and coreference
 * chains. The conversion changes nothing CoreNLP decided; it only re-expresses spans: token
 * indices become character offsets and, by default, a quote loses the quotation marks CoreNLP's
 * span includes (the gold's quote spans exclude them), and the pronouns CoreNLP adds to its entity
 * mentions without a NER tag are left out (they are no names).
 */
final class CoreNlpSystem {

  /** The annotators of the full pipeline, the lightest set that coref and quote attribution accept. */
  static final String FULL = "tokenize,ssplit,pos,lemma,ner,depparse,coref,quote";

  /**
   * Maps CoreNLP's NER labels (the 3-, 4- and 7-class CRF models, SUTime and the KBP
   * fine-grained regexner, which the default {@code ner} annotator combines) to the gold's types.
   */
  static final LabelMap LABELS = LabelMap.of("CoreNLP 4.5.10", labels(), Set.of("MISC", "TITLE",
      "DATE", "TIME", "DURATION", "SET", "MONEY", "NUMBER", "ORDINAL", "PERCENT", "EMAIL", "URL",
      "CRIMINAL_CHARGE", "CAUSE_OF_DEATH", "HANDLE"));

  private static final String QUOTE_MARKS = "\"“”‘’'«»„‟‹›`";

  private final Properties properties;
  private final StanfordCoreNLP pipeline;

  private CoreNlpSystem(Properties properties) {
    Properties given = new Properties();
    given.putAll(properties);
    this.properties = given;
    this.pipeline = new StanfordCoreNLP(properties);
  }

  /** Returns a system running {@code annotators} with CoreNLP's English defaults otherwise. */
  static CoreNlpSystem of(String annotators) {
    Properties p = new Properties();
    p.setProperty("annotators", annotators);
    return new CoreNlpSystem(p);
  }

  /** Returns a system running {@code annotators} with {@code extra} properties on top. */
  static CoreNlpSystem of(String annotators, Map<String, String> extra) {
    Properties p = new Properties();
    p.setProperty("annotators", annotators);
    extra.forEach(p::setProperty);
    return new CoreNlpSystem(p);
  }

  /**
   * Returns the properties the pipeline was given, sorted by name (CoreNLP 4.5 rewrites its own
   * copy, folding {@code ssplit} into {@code tokenize}).
   */
  Map<String, String> properties() {
    Map<String, String> sorted = new TreeMap<>();
    properties.stringPropertyNames().forEach(n -> sorted.put(n, properties.getProperty(n)));
    return sorted;
  }

  /** Runs the pipeline on {@code text} and returns CoreNLP's document. */
  Annotation annotate(String text) {
    Annotation document = new Annotation(Objects.requireNonNull(text, "text must not be null"));
    pipeline.annotate(document);
    return document;
  }

  /**
   * Returns CoreNLP's tokens, sentences, entity mentions (labels read by {@link #LABELS}; a label
   * with no counterpart adds nothing) and quotes of {@code text}; a layer the pipeline did not run
   * is empty.
   */
  static Annotations annotations(String text, Annotation document) {
    return annotations(text, document, EntityMentions.NAMED, QuoteSpans.CONTENT);
  }

  /** Selects which of CoreNLP's entity mentions become predictions. */
  enum EntityMentions {
    /** Only those the NER tagged: their tokens carry a NER tag other than {@code O}. */
    NAMED,
    /**
     * Also the pronouns ("he", "his") the entitymentions annotator adds as PERSON mentions
     * although the NER tagged their tokens {@code O}.
     */
    WITH_PRONOUNS
  }

  /** Selects the span a CoreNLP quote becomes. */
  enum QuoteSpans {
    /** The text between the quotation marks, as the gold's quotes are. */
    CONTENT,
    /** CoreNLP's own span, quotation marks included. */
    WITH_MARKS
  }

  /**
   * Returns CoreNLP's predictions of {@code text} as {@link #annotations(String, Annotation)} does,
   * with the entity mentions {@code entityMentions} selects and quotes spanned as {@code spans} says.
   */
  static Annotations annotations(String text, Annotation document, EntityMentions entityMentions,
      QuoteSpans spans) {
    Annotations.Builder b = Annotations.of(text).labels(LABELS);
    List<CoreLabel> tokens = document.get(CoreAnnotations.TokensAnnotation.class);
    for (CoreLabel t : tokens) {
      b.token(t.beginPosition(), t.endPosition());
    }
    for (CoreMap s : document.get(CoreAnnotations.SentencesAnnotation.class)) {
      b.sentence(s.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class),
          s.get(CoreAnnotations.CharacterOffsetEndAnnotation.class));
    }
    List<CoreMap> mentions = document.get(CoreAnnotations.MentionsAnnotation.class);
    if (mentions != null) {
      for (CoreMap m : mentions) {
        if (pronominal(m, entityMentions)) {
          continue;
        }
        b.mention(m.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class),
            m.get(CoreAnnotations.CharacterOffsetEndAnnotation.class),
            m.get(CoreAnnotations.NamedEntityTagAnnotation.class));
      }
    }
    for (CoreMap q : quotes(document)) {
      b.quote(quote(text, q, tokens, spans));
    }
    return b.build();
  }

  /** Returns whether a mention is one the NER did not tag (a pronoun) and is to be left out. */
  private static boolean pronominal(CoreMap mention, EntityMentions entityMentions) {
    if (entityMentions == EntityMentions.WITH_PRONOUNS) {
      return false;
    }
    List<CoreLabel> tokens = mention.get(CoreAnnotations.TokensAnnotation.class);
    return tokens.stream().allMatch(t -> "O".equals(t.ner()));
  }

  /** Returns the top-level quotes CoreNLP found, in document order; empty when quote did not run. */
  static List<CoreMap> quotes(Annotation document) {
    List<CoreMap> quotes = document.get(CoreAnnotations.QuotationsAnnotation.class);
    return quotes == null ? List.of() : List.copyOf(quotes);
  }

  /**
   * Returns one CoreNLP quote as a prediction: its span (with or without the enclosing quotation
   * marks, as {@code spans} says), and
   * as speaker the span of the mention CoreNLP attributed it to, else of the canonical mention,
   * else none. CoreNLP gives no cue and no kind.
   */
  static PredictedQuote quote(String text, CoreMap q, List<CoreLabel> tokens, QuoteSpans spans) {
    int begin = q.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
    int end = q.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
    if (spans == QuoteSpans.CONTENT && end - begin >= 2 && QUOTE_MARKS.indexOf(text.charAt(begin)) >= 0
        && QUOTE_MARKS.indexOf(text.charAt(end - 1)) >= 0) {
      begin++;
      end--;
    }
    PredictedQuote p = PredictedQuote.of(begin, end);
    Optional<int[]> speaker = tokenRange(q, QuoteAttributionAnnotator.MentionBeginAnnotation.class,
        QuoteAttributionAnnotator.MentionEndAnnotation.class)
        .or(() -> tokenRange(q, QuoteAttributionAnnotator.CanonicalMentionBeginAnnotation.class,
            QuoteAttributionAnnotator.CanonicalMentionEndAnnotation.class));
    if (speaker.isPresent()) {
      int[] r = speaker.get();
      p = p.speaker(tokens.get(r[0]).beginPosition(), tokens.get(r[1]).endPosition());
    }
    return p;
  }

  /** Returns the first and last (inclusive) document token indices a quote's annotations give. */
  private static Optional<int[]> tokenRange(CoreMap q,
      Class<? extends edu.stanford.nlp.ling.CoreAnnotation<Integer>> first,
      Class<? extends edu.stanford.nlp.ling.CoreAnnotation<Integer>> last) {
    Integer b = q.get(first);
    Integer e = q.get(last);
    return b == null || e == null ? Optional.empty() : Optional.of(new int[] {b, e});
  }

  /**
   * Returns CoreNLP's coreference chains of {@code text}, one cluster per chain (id {@code c} and
   * CoreNLP's chain id), each mention at the character span of its tokens; empty when coref did
   * not run. CoreNLP drops singleton chains by default, so they are absent.
   */
  static Clusters clusters(String text, Annotation document) {
    Clusters.Builder b = Clusters.of(text);
    Map<Integer, CorefChain> chains = document.get(CorefCoreAnnotations.CorefChainAnnotation.class);
    if (chains == null) {
      return b.build();
    }
    List<CoreMap> sentences = document.get(CoreAnnotations.SentencesAnnotation.class);
    for (CorefChain chain : new TreeMap<>(chains).values()) {
      for (CorefChain.CorefMention m : chain.getMentionsInTextualOrder()) {
        List<CoreLabel> tokens = sentences.get(m.sentNum - 1).get(CoreAnnotations.TokensAnnotation.class);
        b.mention(tokens.get(m.startIndex - 1).beginPosition(), tokens.get(m.endIndex - 2).endPosition(),
            "c" + chain.getChainID());
      }
    }
    return b.build();
  }

  private static Map<String, EntityType> labels() {
    return Map.of("PERSON", EntityType.PERSON, "ORGANIZATION", EntityType.ORGANIZATION,
        "LOCATION", EntityType.LOCATION, "CITY", EntityType.LOCATION,
        "STATE_OR_PROVINCE", EntityType.LOCATION, "COUNTRY", EntityType.LOCATION,
        "NATIONALITY", EntityType.NORP, "RELIGION", EntityType.NORP, "IDEOLOGY", EntityType.NORP);
  }
}
