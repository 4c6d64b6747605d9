package io.github.newscorpus.spark;

import io.github.newscorpus.Corpus;
import io.github.newscorpus.CorpusFormatException;
import io.github.newscorpus.CorpusReader;
import io.github.newscorpus.FormatProblem;
import io.github.newscorpus.ReadLimits;
import io.github.newscorpus.model.Article;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;

/**
 * Reads one JSON Lines shard lazily, a line at a time, inside a Spark task: line 1 must be the
 * header, and every other line that is not blank an article, read with
 * {@link CorpusReader#readArticle(String, String, int)} (the same checks and limits as a file,
 * problems placed at the shard's line). Holds one article at a time. Not thread-safe.
 */
final class Shard implements Iterator<Shard.Parsed> {

  /** The header line of a JSON Lines shard. */
  static final String HEADER = "{\"format\":\"newscorpus/1\"}";

  /**
   * One line of a shard as read: its article, or the problems that make it none. Stays in the
   * task that reads it: an {@link Article} does not cross a shuffle.
   *
   * @param shard the shard's file name
   * @param line the line, from 1
   * @param article the article, when the line is a valid one
   * @param problems the problems, when it is not
   */
  record Parsed(String shard, int line, Optional<Article> article, List<String> problems) {}

  private final String shard;
  private final CorpusReader reader;
  private final BufferedReader lines;
  private Parsed next;
  private int number;
  private boolean done;

  /** Reads {@code in}, the shard at {@code path}, within {@code limits}; closes it at its end. */
  Shard(String path, InputStream in, ReadLimits limits) {
    this.shard = path.substring(path.lastIndexOf('/') + 1);
    this.reader = Corpus.reader().withLimits(limits);
    this.lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)));
  }

  @Override
  public boolean hasNext() {
    while (next == null && !done) {
      read();
    }
    return next != null;
  }

  @Override
  public Parsed next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    Parsed parsed = next;
    next = null;
    return parsed;
  }

  private void read() {
    try {
      String line = lines.readLine();
      number++;
      if (line == null) {
        end();
      } else if (number == 1 && !line.replace("\uFEFF", "").strip().equals(HEADER)) {
        next = problem(shard + ":1:1: expected the header " + HEADER + " on line 1");
        end();
      } else if (number > 1 && !line.isBlank()) {
        next = article(line);
      }
    } catch (CharacterCodingException e) {
      next = problem(shard + ":" + number + ":1: not valid UTF-8; reading stopped here");
      done = true;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Parsed article(String line) {
    try {
      return new Parsed(shard, number, Optional.of(reader.readArticle(line, shard, number)),
          List.of());
    } catch (CorpusFormatException e) {
      return new Parsed(shard, number, Optional.empty(),
          e.problems().stream().map(FormatProblem::toString).toList());
    }
  }

  private Parsed problem(String problem) {
    return new Parsed(shard, number, Optional.empty(), List.of(problem));
  }

  private void end() throws IOException {
    done = true;
    lines.close();
  }
}
