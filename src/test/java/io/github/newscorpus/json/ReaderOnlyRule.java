package io.github.newscorpus.json;

/**
 * Lists, in one place, the rules of the {@code newscorpus/1} format that its JSON Schema cannot
 * express and only the reader checks: a document that breaks one of them and nothing else passes
 * the schema and is refused by the reader. Each rule holds the words the schema's top-level
 * description uses for it, so that the list there and this one stay the same.
 */
enum ReaderOnlyRule {
  /** An offset beyond the text: JSON Schema cannot compare a number with a string's length. */
  OFFSET_IN_TEXT("offsets lie inside the text"),
  /** An end before its begin: JSON Schema cannot compare two values. */
  OFFSET_ORDER("end is not less than begin"),
  /** A stored text that is not the text at its offsets (an empty span is one). */
  COVERED_TEXT("each stored text equals the text at its offsets"),
  /** A reference to no object of the article. */
  REFERENCE("name an object of the article"),
  /** An entity affiliated with itself. */
  SELF_AFFILIATION("an entity is not its own affiliation"),
  /** A quote's speakerMention that refers to another entity than its speaker. */
  SPEAKER_MENTION("a speakerMention refers to the speaker"),
  /** An id used twice: {@code uniqueItems} compares whole items, not one field of them. */
  UNIQUE_ID("ids are unique"),
  /** Two paragraphs, sentences or tokens that overlap. */
  OVERLAP("paragraphs, sentences and tokens do not overlap"),
  /** A sentence that does not lie inside one paragraph. */
  SENTENCE_IN_PARAGRAPH("each sentence lies inside one paragraph"),
  /** A quote's segments out of order or overlapping. */
  SEGMENT_ORDER("a quote's segments are in order and do not overlap"),
  /** A mention with the place, entity and kind of an earlier one. */
  REPEATED_MENTION("no mention repeats another's place, entity and kind"),
  /** A field twice in one object: a schema sees the parsed object, which has each name once. */
  DUPLICATE_FIELD("no field appears twice in one object"),
  /** A lone surrogate escape such as {@code \ud800}: a JSON string may hold it, Unicode may not. */
  LONE_SURROGATE("no lone surrogate"),
  /** A broken {@code ReadLimits} limit; ReadLimitsTest and ArticleInputTest break each one. */
  SIZE_LIMITS("the reader's size limits");

  private final String words;

  ReaderOnlyRule(String words) {
    this.words = words;
  }

  /** Returns the words the schema's description uses for the rule. */
  String words() {
    return words;
  }
}
