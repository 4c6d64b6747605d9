package io.github.newscorpus.bench;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import java.util.List;
import java.util.Map;

/**
 * Plain Java records of the same shape as the {@code newscorpus/1} JSON, for the load benchmark's
 * Jackson databind row: what a reader that checks nothing would build. Offsets stay code points,
 * kinds and types stay strings, references stay ids; nothing is compared with the text.
 */
public final class DatabindRecords {

  /**
   * Reads a corpus JSON document into a {@link CorpusFile}; one instance, shared, as an
   * application would. Unknown properties are ignored (the bundled corpus has none).
   */
  public static final ObjectReader READER = new ObjectMapper()
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .readerFor(CorpusFile.class);

  private DatabindRecords() {}

  /** The whole file: {@code {"format": ..., "articles": [...]}}. */
  public record CorpusFile(String format, List<Article> articles) {}

  public record Article(String id, String text, Metadata metadata, List<Paragraph> paragraphs,
      List<Span> sentences, List<Span> tokens, List<Entity> entities, List<Mention> mentions,
      List<Quote> quotes) {}

  public record Metadata(Fact publisher, Fact published, List<Fact> updated, List<Fact> contributors,
      List<Fact> credits) {}

  /** A metadata value, with its evidence in the text, the reason it was inferred, or both. */
  public record Fact(String value, Span evidence, String inferred) {}

  /** A sentence, a token, a quote's segment or cue, a fact's evidence. */
  public record Span(int begin, int end, String text) {}

  public record Paragraph(int begin, int end, String text, String kind) {}

  public record Entity(String id, String name, String type, List<String> aliases, String role,
      String affiliation, Map<String, String> externalIds, String note) {}

  public record Mention(String id, int begin, int end, String text, String entity, String kind) {}

  public record Quote(String id, String kind, List<Span> segments, String speaker,
      String speakerMention, Span cue) {}
}
