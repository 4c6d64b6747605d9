package io.github.newscorpus.export;

import io.github.newscorpus.CorpusFormatException;
import io.github.newscorpus.ReadLimits;
import io.github.newscorpus.eval.Annotations;
import io.github.newscorpus.eval.LabelMap;
import io.github.newscorpus.internal.AtomicFiles;
import io.github.newscorpus.internal.Messages;
import io.github.newscorpus.model.Annotation;
import io.github.newscorpus.model.Article;
import io.github.newscorpus.model.EntityType;
import io.github.newscorpus.model.Mention;
import io.github.newscorpus.model.MentionKind;
import io.github.newscorpus.model.Span;
import io.github.newscorpus.model.Token;
import io.github.newscorpus.token.Tokenizer;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Writes articles in the CoNLL-2003 named-entity format, and reads a tagger's output in it back
 * as predictions to score (see {@link #read(Path, Article, Tagging, LabelMap)}). It writes one
 * token per line as
 * {@code token _ _ TAG} (the part-of-speech and chunk columns are not annotated), a blank line
 * between sentences, and {@code -DOCSTART- -X- -X- O} before each article.
 *
 * <p>Tokens are the article's gold tokens, or the {@link Tokenizer}'s when it has none; sentences
 * are its gold sentences, or its paragraphs, or its whole text. Only name mentions are tagged
 * (nominal and pronoun mentions are coreference, not named entities), with these labels:
 *
 * <table>
 *   <caption>Entity types as CoNLL-2003 labels</caption>
 *   <tr><td>PERSON</td><td>PER</td></tr>
 *   <tr><td>ORGANIZATION, MEDIA</td><td>ORG</td></tr>
 *   <tr><td>LOCATION</td><td>LOC</td></tr>
 *   <tr><td>NORP, LAW, BRAND</td><td>MISC</td></tr>
 * </table>
 *
 * <p>A token is tagged with the name mention that overlaps it, so a name inside a larger token
 * ({@code Starbucks} in {@code #AdiosStarbucks}) tags the whole token.
 */
public final class Conll {

  /** Names the ways of marking where an entity begins and ends. */
  public enum Tagging {
    /** Every entity's first token is {@code B-}, the rest {@code I-} (CoNLL-2003 as most tools read it). */
    IOB2("BI", "B-PER"),
    /** Every entity token is {@code I-}, but for the first token of an entity right after another of the same label (CoNLL-2003 as released). */
    IOB1("BI", "I-PER"),
    /** A one-token entity is {@code S-}; a longer one is {@code B-}, then {@code I-}, then {@code E-} on its last token. */
    BIOES("BIES", "S-PER");

    private final String prefixes;
    private final String example;

    Tagging(String prefixes, String example) {
      this.prefixes = prefixes;
      this.example = example;
    }

    /** Returns the letters a tag of this scheme may start with, other than {@code O}. */
    String prefixes() {
      return prefixes;
    }

    /** Returns a tag of this scheme, for messages. */
    String example() {
      return example;
    }
  }

  private static final Map<EntityType, String> LABELS = new EnumMap<>(Map.of(
      EntityType.PERSON, "PER", EntityType.ORGANIZATION, "ORG", EntityType.MEDIA, "ORG",
      EntityType.LOCATION, "LOC", EntityType.NORP, "MISC", EntityType.LAW, "MISC",
      EntityType.BRAND, "MISC"));

  private Conll() {}

  /** Returns the CoNLL label of a type; empty for {@code UNNAMED_SOURCE}, which has no names. */
  public static Optional<String> label(EntityType type) {
    return Optional.ofNullable(LABELS.get(type));
  }

  /** Writes the articles, in order, to {@code out}; writes nothing for no articles. */
  public static void write(Stream<Article> articles, Writer out, Tagging tagging) throws IOException {
    for (Article a : (Iterable<Article>) articles::iterator) {
      write(a, out, tagging);
    }
    out.flush();
  }

  /** Writes the articles to {@code file}, UTF-8, through a temporary file moved into place. */
  public static void write(Stream<Article> articles, Path file, Tagging tagging) throws IOException {
    AtomicFiles.write(file, stream -> {
      Writer out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8));
      write(articles, out, tagging);
    });
  }

  /**
   * Writes one article.
   *
   * @throws IllegalArgumentException when a token holds whitespace, which the format cannot: any
   *     character that Java or a CoNLL reader splitting columns on whitespace (such as Python's
   *     {@code str.split()}) takes for a space, no-break spaces and U+0085 included
   */
  public static void write(Article article, Writer out, Tagging tagging) throws IOException {
    out.write("-DOCSTART- -X- -X- O\n");
    List<Token> tokens = article.tokens().isEmpty() ? Tokenizer.tokenize(article.text()) : article.tokens();
    int next = 0;
    for (Span sentence : sentences(article)) {
      List<String> texts = new ArrayList<>();
      List<Mention> names = new ArrayList<>();
      while (next < tokens.size() && tokens.get(next).span().begin() < sentence.end()) {
        Token t = tokens.get(next++);
        if (t.span().begin() < sentence.begin()) {
          continue; // between sentences: not inside any, not written
        }
        if (t.text().chars().anyMatch(Conll::separates)) {
          throw new IllegalArgumentException("token " + t.span() + " of article " + article.id()
              + " holds whitespace, which CoNLL cannot: " + Messages.excerpt(t.text()));
        }
        Mention m = nameOver(article, t.span());
        if (m != null && label(m.entity().type()).isEmpty()) {
          m = null;
        }
        texts.add(t.text());
        names.add(m);
      }
      if (!texts.isEmpty()) {
        out.write("\n");
        for (int i = 0; i < texts.size(); i++) {
          out.write(texts.get(i) + " _ _ " + tag(names, i, tagging) + "\n");
        }
      }
    }
    out.write("\n");
  }

  /**
   * Reads a tagger's CoNLL output for {@code article} into predictions over its text, within the
   * {@linkplain ReadLimits#defaults() default limits}.
   *
   * <p>The file is UTF-8, one token per line, its columns separated by whitespace: the token
   * first, the named-entity tag last, as many columns on every line (the four-column
   * {@code token POS chunk NER} of CoNLL-2003, the two-column {@code token NER}, or a
   * {@code conlleval} file's {@code token … gold predicted}, of which the last is read). A blank
   * line ends a sentence; {@code -DOCSTART-} lines are skipped before the first token, and one
   * after it is a problem, since a file holds one article. Each token is aligned with the text:
   * looked for after the previous token, at the first character that is not whitespace, or
   * further on when the tagger skipped some text; the Penn Treebank escapes {@code -LRB-}
   * {@code -RRB-} {@code -LSB-} {@code -RSB-} {@code -LCB-} {@code -RCB-} {@code \/}
   * {@code \*} are undone, {@code ``}, {@code ''} and {@code "} match any double quotation mark,
   * {@code `} and {@code '} any single one or apostrophe, {@code --} and any dash any dash or
   * hyphen, and {@code ...} an ellipsis. So the tagger's tokens need not be the gold ones
   * ({@code do n't} aligns with {@code don’t}).
   *
   * <p>Tags are {@code O} or a prefix, a hyphen and a label, the prefixes {@code tagging} allows;
   * phrases are found by {@code conlleval}'s rules (a phrase starts at {@code B-} or
   * {@code S-}, or at {@code I-} or {@code E-} after {@code O}, after another label, or after the
   * end of a phrase; it ends before {@code O}, at a blank line, or at {@code E-} or {@code S-}),
   * so IOB1 and IOB2 read alike and an {@code I-} that starts a phrase is not an error. Each label
   * is looked up in {@code labels}; a phrase whose label has no counterpart there is left out.
   * The predictions hold one mention per phrase, from its first token to its last, the tokens,
   * and one sentence per block of lines, from its first token to its last; no quotes. A file with
   * no tokens gives empty predictions.
   *
   * @throws CorpusFormatException listing every problem with its line: a token that cannot be
   *     aligned (all of them), a tag the scheme does not allow, an unknown label, a line with
   *     another number of columns
   */
  public static Annotations read(Path file, Article article, Tagging tagging, LabelMap labels)
      throws IOException {
    return read(file, article, tagging, labels, ReadLimits.defaults());
  }

  /**
   * Reads as {@link #read(Path, Article, Tagging, LabelMap)} does, within {@code limits}: the
   * file may hold at most {@code maxArticleLength} characters, {@code maxAnnotations} lines that
   * are not blank, and lines of at most {@code maxStringLength} characters; a limit broken stops
   * the reading there, reported with the problems found before it.
   *
   * @throws CorpusFormatException listing every problem with its line
   */
  public static Annotations read(Path file, Article article, Tagging tagging, LabelMap labels,
      ReadLimits limits) throws IOException {
    ConllReader reader = reader(article, file.toString(), tagging, labels);
    try {
      BratFiles.lines(file, limits, reader::add);
    } catch (CorpusFormatException e) {
      throw reader.stopped(e.problems());
    }
    return reader.read(article.text());
  }

  /**
   * Reads the lines of a CoNLL file as {@link #read(Path, Article, Tagging, LabelMap)} does.
   *
   * @param source names the lines in problem messages, such as a file name
   * @throws CorpusFormatException listing every problem with its line
   */
  public static Annotations read(List<String> lines, Article article, Tagging tagging,
      LabelMap labels, String source) throws CorpusFormatException {
    ConllReader reader = reader(article, Objects.requireNonNull(source, "source must not be null"),
        tagging, labels);
    for (int i = 0; i < lines.size(); i++) {
      reader.add(i + 1, lines.get(i));
    }
    return reader.read(article.text());
  }

  private static ConllReader reader(Article article, String source, Tagging tagging,
      LabelMap labels) {
    return new ConllReader(article.text(), source,
        Objects.requireNonNull(tagging, "tagging must not be null"),
        Objects.requireNonNull(labels, "labels must not be null"));
  }

  /** Returns the tag of token {@code i} of a sentence whose tokens lie in {@code names} (or null). */
  private static String tag(List<Mention> names, int i, Tagging tagging) {
    Mention m = names.get(i);
    if (m == null) {
      return "O";
    }
    String label = label(m.entity().type()).orElseThrow();
    Mention before = i > 0 ? names.get(i - 1) : null;
    Mention after = i + 1 < names.size() ? names.get(i + 1) : null;
    boolean first = m != before;
    boolean last = m != after;
    String prefix = switch (tagging) {
      case IOB2 -> first ? "B-" : "I-";
      case IOB1 -> first && before != null && label(before.entity().type()).orElseThrow()
          .equals(label) ? "B-" : "I-";
      case BIOES -> first ? (last ? "S-" : "B-") : (last ? "E-" : "I-");
    };
    return prefix + label;
  }

  /** Returns whether a reader that splits columns at whitespace would split at {@code c}. */
  private static boolean separates(int c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == 0x85;
  }

  private static List<Span> sentences(Article a) {
    List<? extends Annotation> units = !a.sentences().isEmpty() ? a.sentences() : a.paragraphs();
    return units.isEmpty() ? List.of(new Span(0, a.text().length()))
        : units.stream().map(Annotation::span).toList();
  }

  /** Returns the first name mention that overlaps the token, or null. */
  private static Mention nameOver(Article a, Span token) {
    for (Mention m : a.mentions().overlapping(token)) {
      if (m.kind() == MentionKind.NAME) {
        return m;
      }
    }
    return null;
  }
}
