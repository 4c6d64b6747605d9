package io.github.newscorpus.json;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import io.github.newscorpus.model.Article;
import java.io.IOException;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.SequenceInputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Reads and writes a corpus in the {@code newscorpus/1} JSON format:
 * {@code {"format": "newscorpus/1", "articles": [...]}}, with code-point offsets and the covered
 * text stored beside every span. The JSON Schema is {@code corpus/newscorpus-1.schema.json}.
 *
 * <p>Not API: public only for {@link io.github.newscorpus.Corpus}, which is how to read and write.
 */
public final class CorpusJson {

  /** The format name and version this class reads and writes. */
  public static final String FORMAT = "newscorpus/1";

  /**
   * The longest input read from a stream that is held in memory, to be read on the direct path
   * first (see {@link DirectCursor}) and again on the checking path if need be; a longer one
   * (or one longer than the limit on a file's length) is read on the checking path alone.
   */
  static final int DIRECT_MAX_BYTES = 64 << 20;

  /** Leaves the caller's stream open; writes characters outside the BMP as UTF-8, not escapes. */
  private static final JsonFactory FACTORY = JsonFactory.builder()
      .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
      .enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8)
      .build();

  /**
   * Holds the outcome of a read: the articles when the input is valid, every problem otherwise.
   *
   * @param articles the articles, in file order; empty when there is any problem
   * @param problems each problem as {@code source:line:column: pointer: message}; empty when valid
   */
  public record Result(List<Article> articles, List<String> problems) {

    /** Copies both lists. */
    public Result {
      articles = List.copyOf(articles);
      problems = List.copyOf(problems);
    }

    /** Returns the articles when there is no problem, else the problems alone. */
    static Result of(List<Article> articles, List<String> problems) {
      return problems.isEmpty() ? new Result(articles, List.of()) : new Result(List.of(), problems);
    }
  }

  private CorpusJson() {}

  /**
   * Reads a whole corpus, checking everything: syntax, fields and types, the format version,
   * offsets, covered texts, references, unique article ids and the model's rules.
   *
   * @param in the UTF-8 JSON input; not closed
   * @param source names the input in problem messages, such as a file name
   * @throws IOException only when the input cannot be read, never for bad content
   */
  public static Result read(InputStream in, String source) throws IOException {
    return read(in, source, Limits.DEFAULTS);
  }

  /**
   * Reads a whole corpus as {@link #read(InputStream, String)} does, within {@code limits}: a
   * limit broken is a problem, and the reading stops there.
   *
   * @throws IOException only when the input cannot be read, never for bad content
   */
  public static Result read(InputStream in, String source, Limits limits) throws IOException {
    return read(in, source, limits, (int) Math.min(DIRECT_MAX_BYTES, limits.maxDocumentLength()));
  }

  /**
   * Reads as {@link #read(InputStream, String, Limits)} does, holding at most
   * {@code directMaxBytes} bytes of the input (0 when negative) to read them on the direct path
   * first.
   */
  static Result read(InputStream in, String source, Limits limits, int directMaxBytes)
      throws IOException {
    // At least 0, and one less than the largest array, so that directMax + 1 bytes fit in one.
    int directMax = Math.max(0, Math.min(directMaxBytes, Integer.MAX_VALUE - 9));
    byte[] head = new byte[(int) Math.min(Math.max(8192L, in.available() + 1L), directMax + 1L)];
    int length = 0;
    for (int n; length <= directMax && (n = in.read(head, length, head.length - length)) >= 0; ) {
      length += n;
      if (length == head.length && length <= directMax) {
        head = Arrays.copyOf(head, (int) Math.min(2L * head.length, directMax + 1L));
      }
    }
    if (length <= directMax) {
      Optional<List<Article>> direct = DirectReads.read(head, length, Layout.CORPUS_JSON, limits);
      if (direct.isPresent()) {
        return new Result(direct.get(), List.of());
      }
    }
    InputStream again = new ByteArrayInputStream(head, 0, length);
    return check(length <= directMax ? again : new SequenceInputStream(again, in), source, limits);
  }

  /** Reads on the checking path alone. */
  private static Result check(InputStream in, String source, Limits limits) throws IOException {
    List<Article> articles = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    try (ArticleCursor cursor = new CorpusJsonCursor(in, new Problems(source),
        new ArticleIds(limits.maxArticles()), limits)) {
      ArticleCursor.drain(cursor, articles, problems);
    }
    return Result.of(articles, problems);
  }

  /**
   * Returns whether {@code format} is the one this version reads; otherwise adds a problem that
   * names both.
   */
  static boolean checkFormat(String format, JsonTree.Location at, String pointer, Problems problems) {
    if (format.equals(FORMAT)) {
      return true;
    }
    problems.add(at, pointer, "unsupported format \"" + format + "\"; this version reads \""
        + FORMAT + "\"");
    return false;
  }

  /** Writes the articles as one corpus, in the given order, UTF-8, one annotation per line. */
  public static void write(List<Article> articles, OutputStream out) throws IOException {
    try (JsonGenerator g = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
      g.setPrettyPrinter(new LayoutPrettyPrinter());
      g.writeStartObject();
      g.writeStringField("format", FORMAT);
      g.writeArrayFieldStart("articles");
      for (Article article : articles) {
        ArticleWriter.write(article, g);
      }
      g.writeEndArray();
      g.writeEndObject();
      g.writeRaw('\n');
    }
  }
}
