package io.github.newscorpus.internal;

/**
 * Converts between code-point offsets (the JSON format's) and UTF-16 indices (Java's) in one
 * text. For a text without supplementary characters the two are equal and no table is built.
 * Not API: public only for the library's own packages.
 */
public final class CodePoints {

  private final int count;
  /** UTF-16 index of each code-point offset, or null when they are equal. */
  private final int[] utf16;
  /** Code-point offset of each UTF-16 index, or null when they are equal. */
  private final int[] codePoint;

  /** Builds the conversion tables of {@code text}. */
  public CodePoints(String text) {
    this.count = text.codePointCount(0, text.length());
    if (count == text.length()) {
      utf16 = null;
      codePoint = null;
    } else {
      utf16 = new int[count + 1];
      codePoint = new int[text.length() + 1];
      int i = 0;
      for (int cp = 0; cp < count; cp++) {
        int width = Character.charCount(text.codePointAt(i));
        utf16[cp] = i;
        codePoint[i] = cp;
        if (width == 2) {
          codePoint[i + 1] = cp; // inside a pair: the model rejects spans that split one
        }
        i += width;
      }
      utf16[count] = i;
      codePoint[i] = count;
    }
  }

  /** Returns the text's length in code points. */
  public int count() {
    return count;
  }

  /** Returns the UTF-16 index of code-point offset {@code cp}, which must be in {@code [0, count]}. */
  public int toUtf16(int cp) {
    return utf16 == null ? cp : utf16[cp];
  }

  /** Returns the code-point offset of UTF-16 index {@code index}. */
  public int toCodePoint(int index) {
    return codePoint == null ? index : codePoint[index];
  }

  /** Returns the index of the first surrogate in {@code text} that is not half a pair; -1 if none. */
  public static int loneSurrogate(String text) {
    return loneSurrogate(text, 0);
  }

  /** Returns the index of the first lone surrogate from index {@code from}; -1 if none. */
  public static int loneSurrogate(String text, int from) {
    for (int i = from; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        return i;
      }
    }
    return -1;
  }
}
