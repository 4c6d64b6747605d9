package io.github.newscorpus.query;

/** Counts words: runs of non-whitespace characters that hold a letter or a digit. */
final class Words {

  private Words() {}

  static int count(CharSequence text) {
    int words = 0;
    boolean inRun = false;
    boolean runHasWordCharacter = false;
    for (int i = 0; i < text.length(); ) {
      int c = Character.codePointAt(text, i);
      if (Character.isWhitespace(c)) {
        if (runHasWordCharacter) {
          words++;
        }
        inRun = false;
        runHasWordCharacter = false;
      } else {
        inRun = true;
        runHasWordCharacter |= Character.isLetterOrDigit(c);
      }
      i += Character.charCount(c);
    }
    return inRun && runHasWordCharacter ? words + 1 : words;
  }
}
