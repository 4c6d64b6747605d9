package io.github.newscorpus.export;

import io.github.newscorpus.CorpusFormatException;
import io.github.newscorpus.FormatProblem;
import io.github.newscorpus.ReadLimits;
import io.github.newscorpus.internal.InputFiles;
import io.github.newscorpus.internal.Utf8Reader;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads a brat {@code .txt} whole and its {@code .ann} a line at a time, strict UTF-8, checking
 * the limits as the characters come, so that a file is refused at the character past its limit
 * and no more of it is read or held.
 */
final class BratFiles {

  private static final int CHUNK = 1 << 16;

  /** Takes each line of an {@code .ann} file, with its number from 1. */
  @FunctionalInterface
  interface Lines {
    void line(int number, String line);
  }

  private BratFiles() {}

  /**
   * Returns the text of {@code txt}, a byte-order mark at its start kept; more than {@code max}
   * UTF-16 units (the limit {@code maxStringLength}) is a problem at the first character past it.
   *
   * @throws CorpusFormatException for that, or for bytes that are not UTF-8, with the place
   */
  static String text(Path txt, int max) throws IOException {
    List<String> chunks = new ArrayList<>();
    long units = 0;
    char[] buffer = new char[CHUNK];
    try (Reader in = Utf8Reader.keepingByteOrderMark(InputFiles.open(txt))) {
      for (int n = fill(in, buffer); n > 0; n = fill(in, buffer)) {
        if (units + n > max) {
          Place place = new Place();
          chunks.forEach(place::pastAll);
          int within = (int) (max - units);
          place.pastAll(new String(buffer, 0, within));
          throw place.stopped(txt.toString(), buffer[within], String.format(Locale.ROOT,
              "the file is longer than maxStringLength (%,d) characters", max));
        }
        units += n;
        chunks.add(new String(buffer, 0, n));
      }
    } catch (Utf8Reader.Malformed e) {
      throw malformed(txt, e);
    }
    return String.join("", chunks);
  }

  /**
   * Gives each line of {@code ann} to {@code lines} as it is read, a byte-order mark at its start
   * skipped; lines end at {@code \n}, {@code \r\n} or {@code \r}. More than
   * {@code maxArticleLength} characters (code points) is a problem at the first character past
   * it, a line longer than {@code maxStringLength} characters (UTF-16 units, as a string counts
   * them) one at its first character past it, and a non-blank line after {@code maxAnnotations}
   * of them one at the line's start.
   *
   * @throws CorpusFormatException for either, or for bytes that are not UTF-8, with the place
   */
  static void lines(Path ann, ReadLimits limits, Lines lines) throws IOException {
    Scanner scanner = new Scanner(ann.toString(), "the file is", limits, lines);
    char[] buffer = new char[CHUNK];
    try (Reader in = new Utf8Reader(InputFiles.open(ann))) {
      for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
        for (int i = 0; i < n; i++) {
          scanner.accept(buffer[i]);
        }
      }
    } catch (Utf8Reader.Malformed e) {
      throw malformed(ann, e);
    }
    scanner.end();
  }

  /**
   * Gives each of {@code annLines} to {@code lines} within {@code limits}, as {@link #lines(Path,
   * ReadLimits, Lines)} reads a file whose lines they are, each ending at a {@code \n}; a
   * {@code \r} or {@code \n} inside one ends a line there too. Places problems in
   * {@code source}.
   *
   * @throws CorpusFormatException for a limit broken, with its place
   */
  static void lines(List<String> annLines, String source, ReadLimits limits, Lines lines)
      throws CorpusFormatException {
    Scanner scanner = new Scanner(source, "the annotations are", limits, lines);
    for (String line : annLines) {
      for (int i = 0; i < line.length(); i++) {
        scanner.accept(line.charAt(i));
      }
      scanner.accept('\n');
    }
    scanner.end();
  }

  /**
   * Checks that {@code text} holds at most {@code max} UTF-16 units (the limit
   * {@code maxStringLength}), as {@link #text(Path, int)} does for a file.
   *
   * @throws CorpusFormatException placed in {@code source} at the first character past the limit
   */
  static void text(String text, String source, int max) throws CorpusFormatException {
    if (text.length() > max) {
      Place place = new Place();
      place.pastAll(text.substring(0, max));
      throw place.stopped(source, text.charAt(max), String.format(Locale.ROOT,
          "the text is longer than maxStringLength (%,d) characters", max));
    }
  }

  /** Splits characters into lines, checking the limits on each as it comes. */
  private static final class Scanner {
    private final String source;
    /** Says what is read in the message of maxArticleLength: "the file is". */
    private final String what;
    private final ReadLimits limits;
    private final Lines lines;
    private final StringBuilder line = new StringBuilder();
    private final Place place = new Place();
    private boolean blank = true;
    private long characters;
    private int annotations;

    Scanner(String source, String what, ReadLimits limits, Lines lines) {
      this.source = source;
      this.what = what;
      this.limits = limits;
      this.lines = lines;
    }

    void accept(char c) throws CorpusFormatException {
      if (!Character.isLowSurrogate(c) && ++characters > limits.maxArticleLength()) {
        throw place.stopped(source, c, String.format(Locale.ROOT,
            "%s longer than maxArticleLength (%,d) characters", what,
            limits.maxArticleLength()));
      }
      if (c == '\r' || (c == '\n' && !place.afterReturn)) {
        lines.line(place.line, line.toString());
        line.setLength(0);
        blank = true;
      } else if (c != '\n') {
        if (blank && !Character.isWhitespace(c)) {
          blank = false;
          if (++annotations > limits.maxAnnotations()) {
            throw stopped(source, place.line, 1, String.format(Locale.ROOT,
                "more than maxAnnotations (%,d) annotations", limits.maxAnnotations()));
          }
        }
        if (line.length() == limits.maxStringLength()) { // a line is one string
          throw place.stopped(source, c, String.format(Locale.ROOT,
              "a line is longer than maxStringLength (%,d) characters",
              limits.maxStringLength()));
        }
        line.append(c);
      }
      place.past(c);
    }

    void end() {
      if (line.length() > 0) {
        lines.line(place.line, line.toString());
      }
    }
  }

  /** Reads into {@code buffer} until it is full or the text ends; returns how much was read. */
  private static int fill(Reader in, char[] buffer) throws IOException {
    int n = 0;
    for (int k = 0; n < buffer.length && k >= 0; k = in.read(buffer, n, buffer.length - n)) {
      n += k;
    }
    return n;
  }

  private static CorpusFormatException malformed(Path file, Utf8Reader.Malformed e) {
    return new CorpusFormatException(file.toString(),
        List.of(new FormatProblem(file.toString(), e.line(), e.column(), "", e.getMessage())));
  }

  /** Returns the broken limit {@code message}, at its place, as the problem that stopped reading. */
  private static CorpusFormatException stopped(String source, int line, int column,
      String message) {
    return new CorpusFormatException(source, List.of(new FormatProblem(source, line, column, "",
        message + "; reading stopped here")));
  }

  /** Follows the line and column (in code points) of the next character of a text. */
  private static final class Place {
    private int line = 1;
    private int column = 1;
    /** Whether the last character was {@code \r}, so that a {@code \n} ends no other line. */
    private boolean afterReturn;
    /** The column of a {@code \n} right after the last {@code \r}, on the {@code \r}'s line. */
    private int lineFeedColumn;

    void past(char c) {
      boolean lineFeedOfBreak = c == '\n' && afterReturn;
      afterReturn = c == '\r';
      if (c == '\r' || (c == '\n' && !lineFeedOfBreak)) {
        lineFeedColumn = column + 1;
        line++;
        column = 1;
      } else if (c != '\n' && !Character.isHighSurrogate(c)) {
        column++; // after a pair's high half, only its low half moves on: the pair is one column
      }
    }

    void pastAll(String s) {
      for (int i = 0; i < s.length(); i++) {
        past(s.charAt(i));
      }
    }

    /** Returns the broken limit {@code message} placed at {@code next}, the next character. */
    CorpusFormatException stopped(String source, char next, String message) {
      return next == '\n' && afterReturn
          ? BratFiles.stopped(source, line - 1, lineFeedColumn, message)
          : BratFiles.stopped(source, line, column, message);
    }
  }
}
