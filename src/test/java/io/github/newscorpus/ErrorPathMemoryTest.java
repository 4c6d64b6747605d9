package io.github.newscorpus;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.newscorpus.testing.ChildJvm;
import java.io.BufferedWriter;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Holds a read of a broken input to the heap its valid twin needs: in one child JVM with a small
 * heap, an article of 99,999 mentions is read valid and then with its last mention's text wrong,
 * an article of one annotation more than {@code maxAnnotations}, and 200,000 JSON Lines articles
 * (or {@code -Dnewscorpus.scale} of them)
 * are streamed valid and then with the last one broken. Each broken twin must end in its problem,
 * never in an {@link OutOfMemoryError}: a problem costs what the article it is found in costs.
 * Three generated inputs of 640 MB, eight times the heap, check that what lies outside articles
 * (white space, blank lines, an unknown field's strings of non-ASCII text) is not kept to place a
 * problem that might come later.
 */
class ErrorPathMemoryTest {


  private static final int MENTIONS = 99_999;
  /** JSON Lines articles streamed; {@code -Dnewscorpus.scale=1000000} streams a million. */
  private static final int LINES = Integer.getInteger(CorpusStreamMemoryTest.SCALE, 200_000);

  /**
   * The heap of the child: a stream keeps each article's id to refuse a repeat, so a million
   * valid articles (measured) do not stream in 80 MB; they do in 256 MB, and so does their
   * broken twin.
   */
  private static final String HEAP = LINES > 200_000 ? "-Xmx256m" : "-Xmx80m";
  private static final long GENERATED = 640L << 20;

  @TempDir
  Path dir;

  /** Writes an article of {@code mentions} one-letter mentions, the last covering {@code last}. */
  private Path mentions(String name, String last) throws IOException {
    Path file = dir.resolve(name);
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      out.write("{\"format\":\"newscorpus/1\",\"articles\":[{\"id\":\"a\",\"text\":\"");
      out.write("a".repeat(MENTIONS));
      out.write("\",\"entities\":[{\"id\":\"e\",\"name\":\"A\",\"type\":\"PERSON\"}],\"mentions\":[");
      for (int i = 0; i < MENTIONS; i++) {
        out.write(String.format(Locale.ROOT, "%s{\"id\":\"m%d\",\"begin\":%d,\"end\":%d,\"text\":"
            + "\"%s\",\"entity\":\"e\",\"kind\":\"NAME\"}", i == 0 ? "" : ",", i, i, i + 1,
            i == MENTIONS - 1 ? last : "a"));
      }
      out.write("]}]}\n");
    }
    return file;
  }

  /** Writes an article of {@code tokens} one-letter tokens. */
  private Path tokens(String name, int tokens) throws IOException {
    Path file = dir.resolve(name);
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      out.write("{\"format\":\"newscorpus/1\",\"articles\":[{\"id\":\"a\",\"text\":\"");
      out.write("a".repeat(tokens));
      out.write("\",\"tokens\":[");
      for (int i = 0; i < tokens; i++) {
        out.write((i == 0 ? "" : ",") + "{\"begin\":" + i + ",\"end\":" + (i + 1) + ",\"text\":\"a\"}");
      }
      out.write("]}]}\n");
    }
    return file;
  }

  /** Writes {@code LINES} tiny articles as JSON Lines, the last one's text {@code lastText}. */
  private Path lines(String name, String lastText) throws IOException {
    Path file = dir.resolve(name);
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      out.write("{\"format\":\"newscorpus/1\"}\n");
      for (int i = 0; i < LINES; i++) {
        out.write("{\"id\":\"a" + i + "\",\"text\":" + (i == LINES - 1 ? lastText : "\"A\"") + "}\n");
      }
    }
    return file;
  }

  @Test
  void aBrokenInputIsReportedWithinTheHeapItsValidTwinNeeds() throws Exception {
    Path valid = mentions("mentions.json", "a");
    Path broken = mentions("mentions-broken.json", "b");
    Path over = tokens("over.json", 100_001);
    Path linesValid = lines("lines.jsonl", "\"A\"");
    Path linesBroken = lines("lines-broken.jsonl", "5");
    List<String> output = run(List.of("read " + valid, "read " + broken, "read " + over,
        "stream " + linesValid, "stream " + linesBroken, "generate spaces", "generate blank",
        "generate skipped"));
    // every file is ASCII on one line (the JSON Lines' last article on its line LINES + 1), so a
    // column is an index in the line plus one
    assertEquals(List.of("exit 0",
        "read " + valid + ": 1 articles",
        "read " + broken + ": " + broken + ":1:" + column(broken, "\"text\":\"b\"", 7)
            + ": /articles/0/mentions/99998/text: text \"b\" does not match the covered text \"a\"",
        "read " + over + ": " + over + ":1:" + column(over, "{\"begin\":100000,", 0)
            + ": /articles/0/tokens/100000: the article has more than maxAnnotations (100,000) "
            + "annotations; reading stopped here",
        "stream " + linesValid + ": " + LINES + " articles",
        "stream " + linesBroken + ": " + (LINES - 1) + " articles, then " + linesBroken + ":"
            + (LINES + 1) + ":24: /text: expected a string, found number 5",
        "generate spaces: 0 articles",
        "generate blank: 0 articles",
        // the field's name starts at column 26, after {"format":"newscorpus/1",
        "generate skipped: g.json:1:26: /x: unknown field \"x\"; expected one of "
            + "[articles, format]"),
        output.subList(0, output.size() - 1), String.join("\n", output));
  }

  /** Returns the column of {@code after} characters into the only {@code found} in the file. */
  private static long column(Path file, String found, int after) throws IOException {
    String content = Files.readString(file, StandardCharsets.UTF_8);
    int at = content.indexOf(found);
    assertEquals(at, content.lastIndexOf(found), found);
    return at + after + 1L;
  }

  /**
   * Runs {@link Child} on the reads and streams in a JVM with a small heap; returns
   * {@code exit N}, the lines it printed, and a last line on its memory.
   */
  private List<String> run(List<String> modes) throws IOException, InterruptedException {
    List<String> lines = new ArrayList<>(ChildJvm.run(List.of(HEAP), Child.class, modes,
        dir.resolve("child.log"), 2));
    lines.add("(heap " + HEAP + ")");
    return lines;
  }

  /**
   * Returns a stream of {@code head}, then {@code filler} repeated to about {@code size} bytes,
   * then {@code tail}; made as it is read, so that it costs no memory in the child.
   */
  static InputStream generated(String head, String filler, long size, String tail) {
    byte[] fill = filler.getBytes(StandardCharsets.UTF_8);
    InputStream repeated = new InputStream() {
      private long left = size / fill.length;
      private int at;

      @Override
      public int read() {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
      }

      @Override
      public int read(byte[] b, int off, int len) {
        if (left == 0) {
          return -1;
        }
        int n = 0;
        while (n < len && left > 0) {
          int k = Math.min(len - n, fill.length - at);
          System.arraycopy(fill, at, b, off + n, k);
          n += k;
          at += k;
          if (at == fill.length) {
            at = 0;
            left--;
          }
        }
        return n;
      }
    };
    return new SequenceInputStream(Collections.enumeration(List.of(
        new ByteArrayInputStream(head.getBytes(StandardCharsets.UTF_8)), repeated,
        new ByteArrayInputStream(tail.getBytes(StandardCharsets.UTF_8)))));
  }

  /** Returns what reading the generated input {@code kind} gives. */
  private static String generated(String kind) throws IOException {
    String corpus = "{\"format\":\"newscorpus/1\",";
    InputStream in = switch (kind) {
      case "spaces" -> generated(corpus, " ".repeat(4096), GENERATED, "\"articles\":[]}");
      case "blank" -> generated("{\"format\":\"newscorpus/1\"}\n", " ".repeat(4095) + "\n",
          GENERATED, "");
      case "skipped" -> generated(corpus + "\"x\":[\"\"", ",\"" + "\u00e9".repeat(5000) + "\"",
          GENERATED, "],\"articles\":[]}");
      default -> throw new IllegalArgumentException(kind);
    };
    try {
      return Corpus.reader().read(in, kind.equals("blank") ? "g.jsonl" : "g.json").articles()
          .size() + " articles";
    } catch (CorpusFormatException e) {
      return String.join("; ", e.problems().stream().map(Object::toString).toList());
    }
  }

  /** Reads, streams or generates each input as its argument says and prints what came of it. */
  static final class Child {
    public static void main(String[] args) throws IOException {
      for (String arg : args) {
        String mode = arg.substring(0, arg.indexOf(' '));
        if (mode.equals("generate")) {
          System.out.println(arg + ": " + generated(arg.substring(mode.length() + 1)));
          continue;
        }
        Path file = Path.of(arg.substring(mode.length() + 1));
        String outcome;
        if (mode.equals("read")) {
          try {
            outcome = Corpus.read(file).articles().size() + " articles";
          } catch (CorpusFormatException e) {
            outcome = e.problems().get(0).toString();
          }
        } else {
          long[] count = {0};
          try (Stream<?> articles = Corpus.stream(file)) {
            articles.forEach(a -> count[0]++);
            outcome = count[0] + " articles";
          } catch (UncheckedIOException e) {
            outcome = count[0] + " articles, then " + ((CorpusFormatException) e.getCause())
                .problems().get(0);
          }
        }
        System.out.println(mode + " " + file + ": " + outcome);
      }
    }
  }
}
