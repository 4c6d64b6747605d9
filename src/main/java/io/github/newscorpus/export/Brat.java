package io.github.newscorpus.export;

import io.github.newscorpus.CorpusFormatException;
import io.github.newscorpus.ReadLimits;
import io.github.newscorpus.internal.AtomicFiles;
import io.github.newscorpus.model.Article;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes an article as brat standoff ({@code .txt} + {@code .ann}) and reads one back.
 *
 * <p>What brat holds, and how:
 *
 * <table>
 *   <caption>The model in brat</caption>
 *   <tr><th>model</th><th>brat</th></tr>
 *   <tr><td>paragraph</td><td>{@code T… Paragraph b e}, with {@code A… ParagraphKind T… BODY}</td></tr>
 *   <tr><td>sentence</td><td>{@code T… Sentence b e}</td></tr>
 *   <tr><td>mention</td><td>{@code T… PERSON b e} (the entity's type), with {@code A… MentionKind T… NAME}</td></tr>
 *   <tr><td>entity</td><td>its mentions grouped by {@code * Coreference T… T…}; its id and name in
 *       {@code #… AnnotatorNotes} on its first mention ({@code entity e-cardin Benjamin L. Cardin};
 *       read from any of its mentions, and notes on more than one must agree);
 *       knowledge-base ids as {@code N… Reference T… base:id} (spaces and {@code %}
 *       percent-encoded in ids, {@code %25} for {@code %})</td></tr>
 *   <tr><td>quote</td><td>{@code T… Quote b1 e1;b2 e2} (one fragment per segment), with
 *       {@code A… QuoteKind T… DIRECT}; {@code R… Speaker Arg1:quote Arg2:mention};
 *       {@code T… Cue b e} and {@code R… Cue Arg1:quote Arg2:cue}</td></tr>
 * </table>
 *
 * <p>Not held, and lost on a round trip: tokens, metadata, an entity's role, affiliation and note,
 * aliases that are not the text of one of its name mentions (they are rebuilt from those on
 * reading: "El Chapo", a nickname inside a longer name, is lost), entities without mentions, a speaker
 * without a speaker mention, and the ids of mentions and quotes (renumbered {@code m1…},
 * {@code q1…} on reading, in document order). Offsets are code points; a span's text field is its
 * covered text, fragments joined by one space, and a fragment is never empty and never holds a
 * line break or tab (a span over one is split into fragments there, which reading joins back). An
 * id is its line's letter and a number, such as {@code T12}.
 */
public final class Brat {

  private Brat() {}

  /** Writes the article's text to {@code txt} and its annotations to {@code ann}; flushes both. */
  public static void write(Article article, Writer txt, Writer ann) throws IOException {
    txt.write(article.text());
    txt.flush();
    new BratWriter(article, ann).write();
    ann.flush();
  }

  /**
   * Writes {@code <id>.txt} and {@code <id>.ann} into {@code directory}, UTF-8, both to
   * temporary files first, then moved into place, so that a failure while writing either (an
   * annotation brat cannot hold, a full disk) leaves both previous files as they were; returns
   * the two paths. Creates {@code directory}, with its parents, when it is missing.
   *
   * @throws IllegalArgumentException when the article's id cannot be a file name in the directory
   */
  public static List<Path> write(Article article, Path directory) throws IOException {
    Files.createDirectories(directory);
    Path txt = directory.resolve(fileName(article.id(), ".txt"));
    Path ann = directory.resolve(fileName(article.id(), ".ann"));
    Map<Path, AtomicFiles.Content> files = new LinkedHashMap<>();
    files.put(txt, out -> write(out, w -> w.write(article.text())));
    files.put(ann, out -> write(out, w -> new BratWriter(article, w).write()));
    AtomicFiles.writeAll(files);
    return List.of(txt, ann);
  }

  /**
   * Returns {@code id + ending} as a file name, refusing an id that would leave the directory or
   * name no ordinary file ({@code ../x}, {@code a/b}, {@code .}, a control character).
   *
   * @throws IllegalArgumentException naming the id
   */
  public static String fileName(String id, String ending) {
    boolean unsafe = id.isEmpty() || id.equals(".") || id.equals("..") || id.startsWith(".")
        || id.chars().anyMatch(c -> c == '/' || c == '\\' || c == ':' || c < ' ' || c == 0x7F);
    if (unsafe) {
      throw new IllegalArgumentException("article id \"" + id + "\" cannot be a file name: it must "
          + "not start with a period or hold /, \\, : or control characters");
    }
    return id + ending;
  }

  @FunctionalInterface
  private interface Body {
    void writeTo(Writer out) throws IOException;
  }

  private static void write(java.io.OutputStream stream, Body body) throws IOException {
    Writer out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8));
    body.writeTo(out);
    out.flush();
  }

  /**
   * Reads {@code <name>.txt} and the {@code .ann} beside it into an article whose id is
   * {@code <name>}, checking every line, within the {@linkplain ReadLimits#defaults() default
   * limits}. Both files must be UTF-8; a byte-order mark at the start of the {@code .ann} file is
   * skipped, one at the start of the text is part of the text (brat counts it). Lines end at
   * {@code \n}, {@code \r\n} or {@code \r}.
   *
   * @throws CorpusFormatException listing every problem with its file and line (and column, for
   *     bytes that are not UTF-8 and for a limit broken)
   */
  public static Article read(Path txt) throws IOException {
    return read(txt, ReadLimits.defaults());
  }

  /**
   * Reads as {@link #read(Path)} does, within {@code limits}: the text may hold at most
   * {@code maxStringLength} characters (UTF-16 units), the {@code .ann} file
   * {@code maxArticleLength} characters (code points) and {@code maxAnnotations} lines that are
   * not blank (each line of brat standoff is an annotation). Each limit is checked as the files
   * are read: a limit broken is a problem naming it, placed at the character past it (for
   * {@code maxAnnotations}, at the start of the line), and the reading stops there, having held
   * no more of the file; the problems of the lines read before it are reported with it.
   *
   * @throws CorpusFormatException listing every problem with its file and line
   */
  public static Article read(Path txt, ReadLimits limits) throws IOException {
    String name = txt.getFileName().toString();
    String stem = name.endsWith(".txt") ? name.substring(0, name.length() - 4) : name;
    Path ann = txt.resolveSibling(stem + ".ann");
    BratReader reader = new BratReader(stem, BratFiles.text(txt, limits.maxStringLength()),
        ann.toString());
    try {
      BratFiles.lines(ann, limits, reader::add);
    } catch (CorpusFormatException e) {
      throw reader.stopped(e.problems());
    }
    return reader.read();
  }

  /**
   * Reads annotation lines over {@code text} into an article with the given id.
   *
   * @param source names the annotations in problem messages, such as a file name
   * @throws CorpusFormatException listing every problem with its line
   */
  public static Article read(String id, String text, List<String> annLines, String source)
      throws CorpusFormatException {
    BratReader reader = new BratReader(id, text, source);
    for (int i = 0; i < annLines.size(); i++) {
      reader.add(i + 1, annLines.get(i));
    }
    return reader.read();
  }
}
