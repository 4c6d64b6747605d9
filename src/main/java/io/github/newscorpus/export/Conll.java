package io.github.newscorpus.export;

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
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Writes articles in the CoNLL-2003 named-entity format: one token per line as
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

  /** Names the two ways of marking where an entity begins. */
  public enum Tagging {
    /** Every entity's first token is {@code B-}, the rest {@code I-} (CoNLL-2003 as most tools read it). */
    IOB2,
    /** Every entity token is {@code I-}, but for the first token of an entity right after another of the same label (CoNLL-2003 as released). */
    IOB1
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
      List<String> lines = new ArrayList<>();
      Mention previous = null;
      String previousLabel = "O";
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
        String tag = "O";
        if (m != null && label(m.entity().type()).isPresent()) {
          String label = label(m.entity().type()).get();
          boolean first = m != previous;
          boolean begins = tagging == Tagging.IOB2 ? first : first && previousLabel.equals(label);
          tag = (begins ? "B-" : "I-") + label;
          previousLabel = label;
        } else {
          previousLabel = "O";
        }
        previous = m;
        lines.add(t.text() + " _ _ " + tag + "\n");
      }
      if (!lines.isEmpty()) {
        out.write("\n");
        for (String line : lines) {
          out.write(line);
        }
      }
    }
    out.write("\n");
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
