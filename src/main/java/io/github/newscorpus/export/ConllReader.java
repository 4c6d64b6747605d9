package io.github.newscorpus.export;

import io.github.newscorpus.CorpusFormatException;
import io.github.newscorpus.FormatProblem;
import io.github.newscorpus.eval.Annotations;
import io.github.newscorpus.eval.LabelMap;
import io.github.newscorpus.eval.PredictedMention;
import io.github.newscorpus.internal.Messages;
import io.github.newscorpus.model.EntityType;
import io.github.newscorpus.model.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads the lines of a CoNLL file, in order, into predictions over a text: each token aligned to
 * the text by {@link ConllAligner}, each blank-line-separated block a sentence, each chunk of
 * tags a mention. Chunks follow {@code conlleval}'s rules, so that both find the same phrases.
 */
final class ConllReader {

  /** The first column of a document-start line. */
  private static final String DOCSTART = "-DOCSTART-";

  private final String source;
  private final Conll.Tagging tagging;
  private final LabelMap labels;
  private final ConllAligner aligner;
  private final List<FormatProblem> problems = new ArrayList<>();
  private final List<PredictedMention> mentions = new ArrayList<>();
  private final List<Span> sentences = new ArrayList<>();
  private final List<Span> tokens = new ArrayList<>();

  /** The number of columns of the first token line, and that line; 0 before it. */
  private int columns;
  private int columnsLine;
  /** The first token of the current sentence, or null between sentences. */
  private Span sentenceStart;
  private Span sentenceEnd;
  /** The previous token's prefix ({@code O} outside a chunk) and label, for chunking. */
  private char previousPrefix = 'O';
  private String previousLabel = "";
  /** The open chunk: its first and last token and type (empty: no counterpart); null if none. */
  private Span chunkStart;
  private Span chunkEnd;
  private Optional<EntityType> chunkType = Optional.empty();

  ConllReader(String text, String source, Conll.Tagging tagging, LabelMap labels) {
    this.source = source;
    this.tagging = tagging;
    this.labels = labels;
    this.aligner = new ConllAligner(text);
  }

  /** Reads line {@code n}, from 1; lines come in order. */
  void add(int n, String line) {
    String stripped = line.strip();
    if (stripped.isEmpty()) {
      endSentence();
      return;
    }
    String[] fields = stripped.split("\\s+");
    if (fields[0].equals(DOCSTART)) {
      if (!tokens.isEmpty() || columns > 0) {
        problem(n, "a second document starts here; a CoNLL file is read as the tokens of one "
            + "article");
      }
      endSentence();
      return;
    }
    if (fields.length < 2) {
      problem(n, "expected a token and a tag separated by whitespace, found "
          + Messages.excerpt(stripped));
      return;
    }
    if (columns == 0) {
      columns = fields.length;
      columnsLine = n;
    } else if (fields.length != columns) {
      problem(n, "expected " + columns + " columns, as on line " + columnsLine + ", found "
          + fields.length);
      return;
    }
    Optional<Span> token = aligner.align(ConllAligner.unescape(fields[0]));
    if (token.isEmpty()) {
      problem(n, "token " + Messages.excerpt(fields[0]) + " cannot be aligned with the text after "
          + "offset " + aligner.cursor());
    }
    tag(n, fields[fields.length - 1], token.orElse(null));
  }

  /** Returns the predictions read. */
  Annotations read(String text) throws CorpusFormatException {
    endSentence();
    if (!problems.isEmpty()) {
      throw new CorpusFormatException(source, problems);
    }
    return new Annotations(text, mentions, List.of(), sentences, tokens);
  }

  /** Returns an exception of the problems found so far, then {@code stop}, why reading stopped. */
  CorpusFormatException stopped(List<FormatProblem> stop) {
    List<FormatProblem> all = new ArrayList<>(problems);
    all.addAll(stop);
    return new CorpusFormatException(source, all);
  }

  /** Reads a token's tag; {@code token} is null when it could not be aligned. */
  private void tag(int n, String tag, Span token) {
    char prefix;
    String label;
    int dash = tag.indexOf('-');
    if (tag.equals("O")) {
      prefix = 'O';
      label = "";
    } else if (dash == 1 && tagging.prefixes().indexOf(tag.charAt(0)) >= 0 && tag.length() > 2) {
      prefix = tag.charAt(0);
      label = tag.substring(2).toUpperCase(Locale.ROOT);
    } else {
      problem(n, "expected O or a tag such as " + tagging.example() + " (" + tagging + "), found "
          + Messages.excerpt(tag));
      prefix = 'O';
      label = "";
    }
    Optional<EntityType> type = Optional.empty();
    if (prefix != 'O') {
      try {
        type = labels.type(label);
      } catch (IllegalArgumentException e) {
        problem(n, e.getMessage());
      }
    }
    boolean starts = prefix == 'B' || prefix == 'S'
        || prefix != 'O' && (previousPrefix == 'O' || previousPrefix == 'E' || previousPrefix == 'S'
            || !label.equals(previousLabel));
    if (prefix == 'O' || starts) {
      endChunk();
    }
    if (starts) {
      chunkStart = token;
      chunkType = type;
    }
    if (prefix != 'O') {
      chunkEnd = token;
    }
    if (prefix == 'E' || prefix == 'S') {
      endChunk();
    }
    previousPrefix = prefix;
    previousLabel = label;
    if (token != null) {
      tokens.add(token);
      sentenceStart = sentenceStart == null ? token : sentenceStart;
      sentenceEnd = token;
    }
  }

  private void endChunk() {
    if (chunkStart != null && chunkEnd != null) {
      Span span = new Span(chunkStart.begin(), chunkEnd.end());
      chunkType.ifPresent(t -> mentions.add(new PredictedMention(span, t)));
    }
    chunkStart = null;
    chunkEnd = null;
    chunkType = Optional.empty();
  }

  private void endSentence() {
    endChunk();
    previousPrefix = 'O';
    previousLabel = "";
    if (sentenceStart != null) {
      sentences.add(new Span(sentenceStart.begin(), sentenceEnd.end()));
    }
    sentenceStart = null;
    sentenceEnd = null;
  }

  private void problem(int line, String message) {
    problems.add(new FormatProblem(source, line, 1, "", message));
  }
}
