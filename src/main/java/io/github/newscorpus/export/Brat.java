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
 * Writes an article as brat standoff ({@code .txt} + {@code .ann}, with brat's
 * {@code annotation.conf} and {@code visual.conf}) and reads one back, also as brat's editor
 * writes it after a correction.
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
   * Writes {@code <id>.txt} and {@code <id>.ann} into {@code directory}, with the brat
   * configuration of {@link #writeConfiguration}, UTF-8, all to temporary files first, then
   * moved into place, so that a failure while writing any (an annotation brat cannot hold, a
   * full disk) leaves every previous file as it was; returns the five paths in that order
   * ({@code .txt}, {@code .ann}, {@code annotation.conf}, {@code visual.conf},
   * {@code tools.conf}). Creates
   * {@code directory}, with its parents, when it is missing.
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
    files.putAll(configuration(directory));
    AtomicFiles.writeAll(files);
    return List.copyOf(files.keySet());
  }

  /**
   * Writes brat's configuration into {@code directory}: {@code annotation.conf} (every type,
   * relation and attribute the export writes), {@code visual.conf} (their labels, in the colours
   * of the HTML view) and {@code tools.conf} ({@code wikidata} for normalisations), so that brat
   * shows and checks the annotations and offers their types when editing; returns the three
   * paths, in that order. They depend on no article. Writes as {@link #write(Article, Path)}
   * does: all or none. Creates {@code directory}, with its parents, when it is missing.
   */
  public static List<Path> writeConfiguration(Path directory) throws IOException {
    Files.createDirectories(directory);
    Map<Path, AtomicFiles.Content> files = configuration(directory);
    AtomicFiles.writeAll(files);
    return List.copyOf(files.keySet());
  }

  private static Map<Path, AtomicFiles.Content> configuration(Path directory) {
    Map<Path, AtomicFiles.Content> files = new LinkedHashMap<>();
    files.put(directory.resolve("annotation.conf"),
        out -> write(out, w -> w.write(BratConfiguration.annotationConf())));
    files.put(directory.resolve("visual.conf"),
        out -> write(out, w -> w.write(BratConfiguration.visualConf())));
    files.put(directory.resolve("tools.conf"),
        out -> write(out, w -> w.write(BratConfiguration.toolsConf())));
    return files;
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
   * limits}; free-text notes are read and left out (see {@link #readDocument(Path)}). Both files
   * must be UTF-8; a byte-order mark at the start of the {@code .ann} file is skipped, one at
   * the start of the text is part of the text (brat counts it). Lines end at {@code \n},
   * {@code \r\n} or {@code \r}.
   *
   * @throws CorpusFormatException listing every problem with its file and line (and column, for
   *     bytes that are not UTF-8 and for a limit broken)
   */
  public static Article read(Path txt) throws IOException {
    return readDocument(txt, ReadLimits.defaults()).article();
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
    return readDocument(txt, limits).article();
  }

  /**
   * Reads as {@link #read(Path)} does, keeping the free-text notes: every line brat's editor
   * writes for this vocabulary is read, a relation line's trailing tab, a normalisation's empty
   * field and an {@code AnnotatorNotes} line included. A note on a mention that starts with
   * {@code entity } names the mention's entity (as {@link #write} writes it); any other note is
   * free text, kept on the annotation it names (a note on a cue or a relation on its quote). A
   * note emptied in brat says nothing and is skipped. Unknown types, attributes, values and
   * relations are refused with their lines.
   *
   * @throws CorpusFormatException listing every problem with its file and line
   */
  public static BratDocument readDocument(Path txt) throws IOException {
    return readDocument(txt, ReadLimits.defaults());
  }

  /**
   * Reads as {@link #readDocument(Path)} does, within {@code limits}, as
   * {@link #read(Path, ReadLimits)} checks them.
   *
   * @throws CorpusFormatException listing every problem with its file and line
   */
  public static BratDocument readDocument(Path txt, ReadLimits limits) throws IOException {
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
   * Reads annotation lines over {@code text} into an article with the given id, within the
   * {@linkplain ReadLimits#defaults() default limits}; free-text notes are left out.
   *
   * @param source names the annotations in problem messages, such as a file name
   * @throws CorpusFormatException listing every problem with its line
   */
  public static Article read(String id, String text, List<String> annLines, String source)
      throws CorpusFormatException {
    return readDocument(id, text, annLines, source, ReadLimits.defaults()).article();
  }

  /**
   * Reads annotation lines over {@code text} as {@link #readDocument(Path, ReadLimits)} reads
   * files, within {@code limits}: the text may hold at most {@code maxStringLength} characters
   * (UTF-16 units), the lines {@code maxArticleLength} characters (code points, a line break
   * after each), each line {@code maxStringLength}, and at most {@code maxAnnotations} lines may
   * be not blank. A {@code \r} or {@code \n} inside a line ends a line there. A limit broken
   * stops the reading there, as for files; the text's is placed in {@code "text of " + id}.
   *
   * @param source names the annotations in problem messages, such as a file name
   * @throws CorpusFormatException listing every problem with its line
   */
  public static BratDocument readDocument(String id, String text, List<String> annLines,
      String source, ReadLimits limits) throws CorpusFormatException {
    BratFiles.text(text, "text of " + id, limits.maxStringLength());
    BratReader reader = new BratReader(id, text, source);
    try {
      BratFiles.lines(annLines, source, limits, reader::add);
    } catch (CorpusFormatException e) {
      throw reader.stopped(e.problems());
    }
    return reader.read();
  }
}
