package io.github.newscorpus.json;

import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.commons.text.CaseUtils;

/**
 * Names the fields of every object of the {@code newscorpus/1} format, once, for the reader and
 * the writer: each object's fields are an enum whose constants, in declaration order, are the
 * order the writer writes them, and whose JSON names are the constants' names in lower camel
 * case ({@code SPEAKER_MENTION} is {@code speakerMention}).
 */
final class Schema {

  /** The fields of the corpus object. */
  enum CorpusField { FORMAT, ARTICLES }

  /** The fields of an article object. */
  enum ArticleField { ID, TEXT, METADATA, PARAGRAPHS, SENTENCES, TOKENS, ENTITIES, MENTIONS, QUOTES }

  /** The fields of a span object: a sentence, a token, a quote's segment or cue, evidence. */
  enum SpanField { BEGIN, END, TEXT }

  /** The fields of a paragraph object. */
  enum ParagraphField { BEGIN, END, TEXT, KIND }

  /** The fields of an entity object. */
  enum EntityField { ID, NAME, TYPE, ALIASES, ROLE, AFFILIATION, EXTERNAL_IDS, NOTE }

  /** The fields of a mention object. */
  enum MentionField { ID, BEGIN, END, TEXT, ENTITY, KIND }

  /** The fields of a quote object. */
  enum QuoteField { ID, KIND, SEGMENTS, SPEAKER, SPEAKER_MENTION, CUE }

  /** The fields of the metadata object. */
  enum MetadataField { PUBLISHER, PUBLISHED, UPDATED, CONTRIBUTORS, CREDITS }

  /** The fields of a fact object. */
  enum FactField { VALUE, EVIDENCE, INFERRED }

  static final Fields<CorpusField> CORPUS = new Fields<>(CorpusField.class);
  static final Fields<ArticleField> ARTICLE = new Fields<>(ArticleField.class);
  static final Fields<SpanField> SPAN = new Fields<>(SpanField.class);
  static final Fields<ParagraphField> PARAGRAPH = new Fields<>(ParagraphField.class);
  static final Fields<EntityField> ENTITY = new Fields<>(EntityField.class);
  static final Fields<MentionField> MENTION = new Fields<>(MentionField.class);
  static final Fields<QuoteField> QUOTE = new Fields<>(QuoteField.class);
  static final Fields<MetadataField> METADATA = new Fields<>(MetadataField.class);
  static final Fields<FactField> FACT = new Fields<>(FactField.class);

  private Schema() {}

  /** Maps the fields of one kind of object to their JSON names and back. Immutable. */
  static final class Fields<E extends Enum<E>> {
    private final E[] constants;
    private final SerializableString[] names;
    /** The JSON names, interned, as Jackson's parser gives field names. */
    private final String[] interned;
    private final Map<String, E> byName = new HashMap<>();
    private final String expected;

    private Fields(Class<E> type) {
      constants = type.getEnumConstants();
      names = new SerializableString[constants.length];
      interned = new String[constants.length];
      for (E field : constants) {
        String name = CaseUtils.toCamelCase(field.name(), false, '_').intern();
        names[field.ordinal()] = new SerializedString(name);
        interned[field.ordinal()] = name;
        byName.put(name, field);
      }
      expected = byName.keySet().stream().sorted().collect(Collectors.joining(", ", "[", "]"));
    }

    /**
     * Returns the field named {@code name} in JSON, or null when there is none; first by
     * identity, as the parser's names are interned, then by value.
     */
    E find(String name) {
      for (int i = 0; i < interned.length; i++) {
        if (interned[i] == name) {
          return constants[i];
        }
      }
      return byName.get(name);
    }

    /** Returns the JSON name of {@code field}, pre-encoded for the writer. */
    SerializableString name(E field) {
      return names[field.ordinal()];
    }

    /** Returns the JSON name of {@code field}. */
    String json(E field) {
      return names[field.ordinal()].getValue();
    }

    /** Returns the JSON names of every field, sorted, as {@code [a, b]}: for messages. */
    String expected() {
      return expected;
    }
  }
}
