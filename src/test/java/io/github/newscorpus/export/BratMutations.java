package io.github.newscorpus.export;

import io.github.newscorpus.model.Article;
import io.github.newscorpus.testing.FuzzSeeds;
import io.github.newscorpus.testing.JsonMutations;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Generates broken brat files ({@code .txt} and {@code .ann}) from the brat form of valid seed
 * articles: lines deleted, duplicated, swapped or added (from templates of odd lines), numbers
 * shifted, swapped or made huge, types and ids changed (dangling references), tabs and spaces
 * swapped, fragments emptied, the text edited so that offsets shift; then bytes changed
 * (truncation at a position of a chosen class, a flipped byte, invalid UTF-8, a byte-order mark,
 * CRLF line ends) in either file.
 */
final class BratMutations {

  /** Names the changes made to the lines of the {@code .ann} file or to the text. */
  enum LineChange {
    DELETE_LINE, DUPLICATE_LINE, SWAP_LINES, ADD_LINE, SHIFT_NUMBER, SWAP_NUMBERS, HUGE_NUMBER,
    RETYPE, DANGLING_ID, TAB_TO_SPACE, SPACE_TO_TAB, EMPTY_FRAGMENT, EDIT_TEXT
  }

  /** One change to the lines; {@code pick} chooses the place, {@code variant} the value. */
  record Line(LineChange change, int pick, int variant) {}

  /** One change to the bytes of the {@code .ann} file ({@code ann}) or of the text. */
  record Bytes(boolean ann, JsonMutations.ByteChange change, int pick, int variant) {}

  /** One generated pair of files. */
  record Case(int seed, List<Line> lines, List<Bytes> bytes) {

    /** Returns the {@code .txt} and {@code .ann} bytes, in that order. */
    byte[][] apply() {
      String[] files = SEEDS.get(seed % SEEDS.size());
      String text = files[0];
      List<String> ann = new ArrayList<>(List.of(files[1].split("\n", -1)));
      ann.remove(ann.size() - 1); // the empty string after the last line break
      for (Line l : lines) {
        text = BratMutations.apply(l, ann, text);
      }
      byte[] txt = text.getBytes(StandardCharsets.UTF_8);
      byte[] annBytes = (String.join("\n", ann) + (ann.isEmpty() ? "" : "\n")).getBytes(StandardCharsets.UTF_8);
      for (Bytes b : bytes) {
        JsonMutations.Bytes change = new JsonMutations.Bytes(b.change(), b.pick(), b.variant());
        if (b.ann()) {
          annBytes = JsonMutations.apply(change, annBytes);
        } else {
          txt = JsonMutations.apply(change, txt);
        }
      }
      return new byte[][] {txt, annBytes};
    }
  }

  /** The seeds' text and annotation lines. */
  static final List<String[]> SEEDS = List.of(brat(FuzzSeeds.edge()), brat(FuzzSeeds.wave()),
      brat(Samples.emoji()));

  private static final Pattern NUMBER = Pattern.compile("\\d+");
  private static final Pattern REFERENCE = Pattern.compile("\\b[TAR#N]\\d+\\b");
  private static final String[] TYPES = {"PERSON", "LOCATION", "Paragraph", "Sentence", "Quote", "Cue",
      "PLANET", "", "NAME", "Speaker", "Coreference", "AnnotatorNotes", "Reference", "MentionKind",
      "QuoteKind", "ParagraphKind", "BODY", "DIRECT", "NOMINAL", "UNNAMED_SOURCE"};
  private static final String[] NUMBERS = {"9999999999", "99999999999", "2147483648", "0", "-1",
      "00", "4294967296", "2147483647", "1e3", ""};
  private static final String[] IDS = {"T999", "T0", "A1", "T1", "T2", "R1", "#1", "N1", "T", "t1"};
  private static final String[] LINES = {
      "#9\tAnnotatorNotes T1\tentity %20 x",
      "#9\tAnnotatorNotes T1\tentity e-x  ",
      "#9\tAnnotatorNotes T1\tentity e-x \t",
      "#9\tAnnotatorNotes T1\tentity  x",
      "N9\tReference T1 a:\tx",
      "N9\tReference T1 :b\tx",
      "N9\tReference T1 a:%20\tx",
      "N9\tReference T1 %20:b\tx",
      "*\tCoreference T1",
      "*\tCoreference T1 T1",
      "*\tCoreference T1 T999",
      "*\tCoreference T1 T2 T3 T4",
      "A9\tMentionKind T999 NAME",
      "A9\tMentionKind T1 PRONOUN",
      "A9\tQuoteKind T1 DIRECT",
      "R9\tCue Arg1:T1 Arg2:T999",
      "R9\tCue Arg1:T1 Arg2:T2",
      "R9\tSpeaker Arg1:T2 Arg2:T1",
      "R9\tSpeaker Arg1:T999 Arg2:T1",
      "T99\tPERSON 0 0\t",
      "T99\tQuote 0 1;0 1\tx x",
      "T99\tCue 0 1\tZ",
      "T99\tSentence 0 2\tZo",
      "T99\tParagraph 0 0\t",
      "E1\tx",
      "T1",
      "\t",
      " ",
      "T99\tPERSON 1 3\tnn",
      "T99\tQuote 2 3\tn",
  };

  private BratMutations() {}

  /** Returns cases with up to three line changes and up to two byte changes. */
  static Arbitrary<Case> cases() {
    Arbitrary<Integer> picks = Arbitraries.integers().between(0, 100_000);
    Arbitrary<Integer> variants = Arbitraries.integers().between(0, 1_000);
    Arbitrary<Line> line = Combinators.combine(Arbitraries.of(LineChange.class), picks, variants)
        .as(Line::new);
    Arbitrary<Bytes> bytes = Combinators.combine(Arbitraries.of(true, false),
        Arbitraries.of(JsonMutations.ByteChange.class), picks, variants).as(Bytes::new);
    return Combinators.combine(Arbitraries.integers().between(0, SEEDS.size() - 1),
        line.list().ofMaxSize(3), bytes.list().ofMaxSize(2)).as(Case::new);
  }

  private static String[] brat(Article a) {
    StringWriter txt = new StringWriter();
    StringWriter ann = new StringWriter();
    try {
      Brat.write(a, txt, ann);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new String[] {txt.toString(), ann.toString()};
  }

  /** Applies one line change to {@code ann}; returns the text, changed or not. */
  static String apply(Line change, List<String> ann, String text) {
    int v = change.variant();
    if (change.change() == LineChange.EDIT_TEXT) {
      int at = text.isEmpty() ? 0 : change.pick() % text.length();
      return switch (v % 4) {
        case 0 -> text.substring(0, at) + "x" + text.substring(at);
        case 1 -> text.isEmpty() ? text : text.substring(0, at) + text.substring(at + 1);
        case 2 -> text.substring(0, at) + "😀" + text.substring(at);
        default -> text.substring(0, at) + "\n" + text.substring(at);
      };
    }
    if (change.change() == LineChange.ADD_LINE) {
      ann.add(ann.isEmpty() ? 0 : change.pick() % (ann.size() + 1), LINES[v % LINES.length]);
      return text;
    }
    if (ann.isEmpty()) {
      return text;
    }
    int i = change.pick() % ann.size();
    String line = ann.get(i);
    switch (change.change()) {
      case DELETE_LINE -> ann.remove(i);
      case DUPLICATE_LINE -> ann.add(i, line);
      case SWAP_LINES -> {
        int j = v % ann.size();
        ann.set(i, ann.get(j));
        ann.set(j, line);
      }
      case SHIFT_NUMBER -> ann.set(i, replaceNth(line, NUMBER, v, m -> String.valueOf(
          Long.parseLong(m) + new int[] {-2, -1, 1, 2}[v % 4])));
      case SWAP_NUMBERS -> {
        Matcher m = Pattern.compile("(\\d+) (\\d+)").matcher(line);
        if (m.find()) {
          ann.set(i, line.substring(0, m.start()) + m.group(2) + " " + m.group(1) + line.substring(m.end()));
        }
      }
      case HUGE_NUMBER -> ann.set(i, replaceNth(line, NUMBER, v, m -> NUMBERS[v % NUMBERS.length]));
      case RETYPE -> {
        String[] fields = line.split("\t", -1);
        if (fields.length > 1) {
          String[] words = fields[1].split(" ", -1);
          words[0] = TYPES[v % TYPES.length];
          fields[1] = String.join(" ", words);
          ann.set(i, String.join("\t", fields));
        }
      }
      case DANGLING_ID -> ann.set(i, replaceNth(line, REFERENCE, v, m -> IDS[v % IDS.length]));
      case TAB_TO_SPACE -> ann.set(i, replaceNth(line, Pattern.compile("\t"), v, m -> " "));
      case SPACE_TO_TAB -> ann.set(i, replaceNth(line, Pattern.compile(" "), v, m -> "\t"));
      case EMPTY_FRAGMENT -> {
        Matcher m = Pattern.compile("(\\d+) (\\d+)").matcher(line);
        if (m.find()) {
          ann.set(i, line.substring(0, m.start()) + m.group(1) + " " + m.group(1) + line.substring(m.end()));
        }
      }
      default -> throw new IllegalStateException(change.toString());
    }
    return text;
  }

  private static String replaceNth(String line, Pattern pattern, int n,
      java.util.function.UnaryOperator<String> by) {
    List<int[]> matches = new ArrayList<>();
    Matcher m = pattern.matcher(line);
    while (m.find()) {
      matches.add(new int[] {m.start(), m.end()});
    }
    if (matches.isEmpty()) {
      return line;
    }
    int[] at = matches.get(n % matches.size());
    return line.substring(0, at[0]) + by.apply(line.substring(at[0], at[1])) + line.substring(at[1]);
  }

  /** Returns both files as text, for failure messages. */
  static String show(byte[][] files) {
    return "txt " + io.github.newscorpus.testing.Fuzzing.describe(files[0]) + "\nann "
        + io.github.newscorpus.testing.Fuzzing.describe(files[1]);
  }
}
