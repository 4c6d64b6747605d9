package io.github.newscorpus.query;

import io.github.newscorpus.internal.Folding;
import io.github.newscorpus.model.Span;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds whole-word occurrences of a phrase in a text, ignoring case, accents (precomposed or
 * combining, in the text or the phrase), quotation-mark style and the kind and width of the space
 * between words. The folded text is computed once.
 */
final class PhraseFinder {

  private static final String NOT_AFTER_WORD = "(?<![\\p{L}\\p{N}])";
  private static final String NOT_BEFORE_WORD = "(?![\\p{L}\\p{N}\\p{M}])";

  /** Any run of whitespace or space separators, the no-break space among them. */
  private static final String SPACE = "[\\s\\p{Z}]+";

  private final String folded;

  PhraseFinder(String text) {
    this.folded = Folding.fold(text);
  }

  /** Returns the spans of every non-overlapping occurrence, in document order. */
  List<Span> find(String phrase) {
    String[] words = Folding.fold(Normalizer.normalize(phrase, Normalizer.Form.NFC)).strip()
        .split(SPACE);
    if (words.length == 1 && words[0].isEmpty()) {
      throw new IllegalArgumentException("phrase must not be blank, got \"" + phrase + "\"");
    }
    StringBuilder regex = new StringBuilder(NOT_AFTER_WORD);
    for (int w = 0; w < words.length; w++) {
      if (w > 0) {
        regex.append(SPACE);
      }
      // Combining marks in a decomposed text may follow any character.
      words[w].codePoints().forEach(c ->
          regex.append(Pattern.quote(Character.toString(c))).append("\\p{M}*"));
    }
    regex.append(NOT_BEFORE_WORD);
    List<Span> found = new ArrayList<>();
    Matcher m = Pattern.compile(regex.toString()).matcher(folded);
    while (m.find()) {
      found.add(new Span(m.start(), m.end()));
    }
    return List.copyOf(found);
  }
}
