package io.github.newscorpus.query;

import io.github.newscorpus.internal.Show;
import io.github.newscorpus.model.EntityType;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Holds an article's size and its sourcing.
 *
 * @param characters the text's length, in UTF-16 units
 * @param words the words in the text
 * @param sentences the gold sentences
 * @param paragraphs the paragraphs
 * @param quotes the quotes
 * @param quotedCharacters the characters inside at least one quote segment
 * @param sourcesByType the distinct speakers, counted by entity type; types with none left out
 * @param sourcesByAffiliation the distinct speakers, counted by the name of the entity they are
 *     affiliated with; speakers with no affiliation count under {@link #UNAFFILIATED}
 */
public record Statistics(
    int characters,
    int words,
    int sentences,
    int paragraphs,
    int quotes,
    int quotedCharacters,
    Map<EntityType, Integer> sourcesByType,
    Map<String, Integer> sourcesByAffiliation) {

  /** The key under which sources with no affiliation are counted. */
  public static final String UNAFFILIATED = "(none)";

  /**
   * Copies the maps into ones with a fixed order, so output built from them is reproducible:
   * types in declaration order, affiliations by name.
   */
  public Statistics {
    EnumMap<EntityType, Integer> types = new EnumMap<>(EntityType.class);
    types.putAll(sourcesByType);
    sourcesByType = Collections.unmodifiableMap(types);
    sourcesByAffiliation = Collections.unmodifiableMap(new TreeMap<>(sourcesByAffiliation));
  }

  /** Returns the share of the text inside quotes, from 0 to 1; 0 for an empty text. */
  public double quotedShare() {
    return characters == 0 ? 0 : (double) quotedCharacters / characters;
  }

  /**
   * Returns the sizes, the share quoted and the number of sources, such as
   * {@code Statistics[10487 chars, 1635 words, 70 sentences, 54 paragraphs, 18 quotes, 19.3% quoted,
   * 11 sources]}.
   */
  @Override
  public String toString() {
    int sources = sourcesByType.values().stream().mapToInt(Integer::intValue).sum();
    return "Statistics[" + Show.count(characters, "char") + ", " + Show.count(words, "word") + ", "
        + Show.count(sentences, "sentence") + ", " + Show.count(paragraphs, "paragraph") + ", "
        + Show.count(quotes, "quote") + ", " + String.format(Locale.ROOT, "%.1f%%", 100 * quotedShare())
        + " quoted, " + Show.count(sources, "source") + "]";
  }
}
