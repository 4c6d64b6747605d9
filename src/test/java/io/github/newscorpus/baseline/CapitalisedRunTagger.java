package io.github.newscorpus.baseline;

import io.github.newscorpus.eval.Annotations;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A naive entity tagger, as an example of using the scorer: every run of capitalised words
 * (initials and hyphenated parts allowed, a possessive ’s dropped) is an entity, except a lone
 * function word; a run of two words or more is a PERSON, a single word a LOCATION.
 */
public final class CapitalisedRunTagger {

  private static final Pattern RUN = Pattern.compile(
      "\\p{Lu}[\\p{L}.\\-]*(?:\\s\\p{Lu}[\\p{L}.\\-]*)*");
  private static final Set<String> FUNCTION_WORDS = Set.of("The", "A", "An", "In", "But", "Yet",
      "For", "During", "Even", "Last", "Some", "There", "This", "That", "He", "She", "They", "We",
      "I", "It", "If", "Days", "Otherwise", "Public", "Champions", "Nationalist", "Protesters");

  private CapitalisedRunTagger() {}

  /** Returns the mentions it tags in {@code text}. */
  public static Annotations tag(String text) {
    Annotations.Builder out = Annotations.of(text);
    Matcher m = RUN.matcher(text);
    while (m.find()) {
      int begin = m.start();
      int end = m.end();
      while (end > begin && ".-".indexOf(text.charAt(end - 1)) >= 0 && !isInitial(text, begin, end)) {
        end--;
      }
      String run = text.substring(begin, end);
      if (FUNCTION_WORDS.contains(run) || run.isEmpty()) {
        continue;
      }
      out.mention(begin, end, run.contains(" ") ? "PERSON" : "LOCATION");
    }
    return out.build();
  }

  /** Keeps the period of a run that ends in an abbreviation like "U.S." */
  private static boolean isInitial(String text, int begin, int end) {
    return end - begin >= 2 && text.charAt(end - 1) == '.' && text.charAt(end - 3 < begin ? begin : end - 3) == '.';
  }
}
