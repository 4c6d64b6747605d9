package io.github.newscorpus.export;

import io.github.newscorpus.model.EntityType;
import io.github.newscorpus.model.MentionKind;
import io.github.newscorpus.model.ParagraphKind;
import io.github.newscorpus.model.QuoteKind;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Writes brat's {@code annotation.conf} and {@code visual.conf} for everything {@link BratWriter}
 * writes: without them brat falls back to its protein configuration, marks every annotation as
 * unknown and offers none of the types when editing.
 *
 * <p>The colours are those of the HTML view ({@code html/Assets.CSS}): each entity type's
 * background and border, the quote colour for quotes, cues and their arcs, the rule grey for
 * paragraphs and sentences.
 */
final class BratConfiguration {

  /** The HTML view's background and border colour of each entity type (its {@code .t-…} class). */
  private static final Map<EntityType, String[]> COLOURS = Map.of(
      EntityType.PERSON, new String[] {"#dbeafe", "#1d4ed8"},
      EntityType.ORGANIZATION, new String[] {"#dcfce7", "#15803d"},
      EntityType.LOCATION, new String[] {"#fef3c7", "#b45309"},
      EntityType.NORP, new String[] {"#fce7f3", "#be185d"},
      EntityType.LAW, new String[] {"#ede9fe", "#6d28d9"},
      EntityType.MEDIA, new String[] {"#cffafe", "#0e7490"},
      EntityType.BRAND, new String[] {"#ffedd5", "#c2410c"},
      EntityType.UNNAMED_SOURCE, new String[] {"#e5e7eb", "#374151"});
  /** The HTML view's quote colour ({@code --quote}). */
  private static final String QUOTE = "#9a3412";
  /** The HTML view's rule grey ({@code --line}) and its muted text colour ({@code --muted}). */
  private static final String LINE = "#d1d5db";
  private static final String MUTED = "#4b5563";

  private BratConfiguration() {}

  /** Returns the {@code annotation.conf} of the brat export: its types, relations and attributes. */
  static String annotationConf() {
    String entityTypes = names(EntityType.values(), "|");
    StringBuilder b = new StringBuilder();
    b.append("# brat annotation configuration of a newscorpus export: every type, relation and\n")
        .append("# attribute the export writes. AnnotatorNotes need no configuration; free-text\n")
        .append("# notes are kept when the file is read back, and a mention's note\n")
        .append("# \"entity ID NAME\" names its entity.\n\n");
    b.append("[entities]\n\n");
    b.append("Paragraph\nSentence\nQuote\nCue\n");
    for (EntityType t : EntityType.values()) {
      b.append(t.name()).append('\n');
    }
    b.append("\n[relations]\n\n");
    b.append("Speaker\tArg1:Quote, Arg2:").append(entityTypes).append('\n');
    b.append("Cue\tArg1:Quote, Arg2:Cue\n");
    b.append("# one entity's mentions share its type\n");
    for (EntityType t : EntityType.values()) {
      b.append("Coreference\tArg1:").append(t.name()).append(", Arg2:").append(t.name())
          .append(", <REL-TYPE>:symmetric-transitive\n");
    }
    b.append("# paragraphs hold sentences, sentences hold mentions and quotes, mentions nest\n");
    b.append("<OVERLAP>\tArg1:<ENTITY>, Arg2:<ENTITY>, <OVL-TYPE>:<ANY>\n");
    b.append("\n[events]\n\n");
    b.append("[attributes]\n\n");
    b.append("ParagraphKind\tArg:Paragraph, Value:").append(names(ParagraphKind.values(), "|")).append('\n');
    b.append("MentionKind\tArg:").append(entityTypes).append(", Value:")
        .append(names(MentionKind.values(), "|")).append('\n');
    b.append("QuoteKind\tArg:Quote, Value:").append(names(QuoteKind.values(), "|")).append('\n');
    return b.toString();
  }

  /** Returns the {@code visual.conf} of the brat export: labels and the HTML view's colours. */
  static String visualConf() {
    StringBuilder b = new StringBuilder();
    b.append("# brat visual configuration of a newscorpus export, in the colours of its HTML view.\n\n");
    b.append("[labels]\n\n");
    for (EntityType t : EntityType.values()) {
      String label = label(t.name());
      b.append(t.name()).append(" | ").append(label)
          .append(t == EntityType.UNNAMED_SOURCE ? " | Unnamed" : "").append('\n');
    }
    b.append("Paragraph | Paragraph | Par\nSentence | Sentence | Sent\nQuote | Quote\nCue | Cue\n")
        .append("Speaker | Speaker\nCoreference | Coreference | Coref\n")
        .append("ParagraphKind | Paragraph kind\nMentionKind | Mention kind\nQuoteKind | Quote kind\n");
    b.append("\n[drawing]\n\n");
    b.append("SPAN_DEFAULT\tfgColor:black, bgColor:white, borderColor:").append(MUTED).append('\n');
    b.append("ARC_DEFAULT\tcolor:").append(MUTED).append(", arrowHead:triangle-5\n");
    b.append("ATTRIBUTE_DEFAULT\tglyph:*\n\n");
    b.append("Paragraph\tbgColor:#f9fafb, borderColor:").append(LINE).append('\n');
    b.append("Sentence\tbgColor:white, borderColor:").append(LINE).append('\n');
    b.append("Quote\tfgColor:white, bgColor:").append(QUOTE).append(", borderColor:").append(QUOTE)
        .append('\n');
    // Cue is a span type and a relation type; brat keeps one drawing line per name
    b.append("Cue\tbgColor:white, borderColor:").append(QUOTE).append(", color:").append(QUOTE)
        .append(", dashArray:3-3\n");
    for (EntityType t : EntityType.values()) {
      b.append(t.name()).append("\tbgColor:").append(COLOURS.get(t)[0]).append(", borderColor:")
          .append(COLOURS.get(t)[1]).append('\n');
    }
    b.append("\nSpeaker\tcolor:").append(QUOTE).append('\n');
    b.append("Coreference\tcolor:").append(MUTED).append(", dashArray:3-3, arrowHead:none\n\n");
    b.append("ParagraphKind\tglyph:").append(glyphs(ParagraphKind.values())).append('\n');
    b.append("MentionKind\tglyph:").append(glyphs(MentionKind.values())).append('\n');
    b.append("QuoteKind\tglyph:").append(glyphs(QuoteKind.values())).append('\n');
    return b.toString();
  }

  /**
   * Returns the {@code tools.conf} of the brat export: brat's default options, and
   * {@code wikidata} as a knowledge base for normalisations, linked to its pages.
   */
  static String toolsConf() {
    return """
        # brat tools configuration of a newscorpus export: wikidata for normalisations
        # (N... Reference T... wikidata:Q...), which the export writes for an entity's wikidata id.

        [options]

        Validation\tvalidate:all
        Annotation-log\tlogfile:<NONE>

        [search]

        [annotators]

        [disambiguators]

        [normalization]

        wikidata\t<URL>:https://www.wikidata.org/, <URLBASE>:https://www.wikidata.org/wiki/%s
        """;
  }

  /** Returns the background and border colour of {@code type}, as the HTML view draws it. */
  static String[] colours(EntityType type) {
    return COLOURS.get(type).clone();
  }

  private static String names(Enum<?>[] values, String separator) {
    return Arrays.stream(values).map(Enum::name).collect(Collectors.joining(separator));
  }

  /** Returns one glyph per value, in their order: the value in brackets, in lower case. */
  private static String glyphs(Enum<?>[] values) {
    return Arrays.stream(values).map(v -> "[" + v.name().toLowerCase(Locale.ROOT) + "]")
        .collect(Collectors.joining("|"));
  }

  /** Returns {@code UNNAMED_SOURCE} as {@code Unnamed source}. */
  private static String label(String name) {
    String spaced = name.toLowerCase(Locale.ROOT).replace('_', ' ');
    return name.equals("NORP") ? "NORP" : Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
  }
}
