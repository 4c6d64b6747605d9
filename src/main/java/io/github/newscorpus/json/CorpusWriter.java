package io.github.newscorpus.json;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import io.github.newscorpus.internal.AtomicFiles;
import io.github.newscorpus.json.Schema.CorpusField;
import io.github.newscorpus.model.Article;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Writes corpora in the {@code newscorpus/1} format, UTF-8, code-point offsets and each span's
 * covered text beside it: as corpus JSON ({@code {"format": "newscorpus/1", "articles": [...]}},
 * one annotation per line), or as JSON Lines (a header line {@code {"format":"newscorpus/1"}},
 * then each article compactly on a line of its own, every line ending with {@code \n}). Files go
 * through a temporary file moved into place. The JSON Schema is
 * {@code corpus/newscorpus-1.schema.json}.
 *
 * <p>Not API: public only for {@link io.github.newscorpus.Corpus}, which is how to write.
 */
public final class CorpusWriter {

  /** The format name and version this package reads and writes. */
  static final String FORMAT = "newscorpus/1";
  /** The header line of JSON Lines, as written and as messages quote it. */
  static final String HEADER = "{\"format\":\"" + FORMAT + "\"}";

  /**
   * Leaves the caller's stream open; writes characters outside the BMP as UTF-8, not escapes;
   * writes nothing between top-level values (the line breaks of JSON Lines are written raw).
   */
  private static final JsonFactory FACTORY = new JsonFactoryBuilder()
      .rootValueSeparator((String) null)
      .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
      .enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8)
      .build();

  private CorpusWriter() {}

  /** Writes the articles, in order, as JSON Lines when the file is named {@code *.jsonl}. */
  public static void write(List<Article> articles, Path file) throws IOException {
    AtomicFiles.write(file, out -> {
      if (Layout.of(file) == Layout.JSON_LINES) {
        lines(articles.iterator(), out);
      } else {
        json(articles, out);
      }
    });
  }

  /**
   * Writes the stream's articles, in encounter order, as a JSON Lines file, one article at a
   * time; consumes the stream without closing it.
   *
   * @throws IllegalArgumentException when the file is not named {@code *.jsonl}, or when two
   *     articles share an id (then any previous file is left as it was)
   */
  public static void writeLines(Stream<Article> articles, Path file) throws IOException {
    if (Layout.of(file) != Layout.JSON_LINES) {
      throw new IllegalArgumentException("file " + file + " must be named *.jsonl: reading "
          + "recognises JSON Lines by that extension");
    }
    AtomicFiles.write(file, out -> lines(articles.iterator(), out));
  }

  /** Writes the articles as one corpus JSON document, in order. */
  static void json(List<Article> articles, OutputStream out) throws IOException {
    try (JsonGenerator g = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
      g.setPrettyPrinter(new LayoutPrettyPrinter());
      g.writeStartObject();
      g.writeFieldName(Schema.CORPUS.name(CorpusField.FORMAT));
      g.writeString(FORMAT);
      g.writeFieldName(Schema.CORPUS.name(CorpusField.ARTICLES));
      g.writeStartArray();
      for (Article article : articles) {
        ArticleWriter.write(article, g);
      }
      g.writeEndArray();
      g.writeEndObject();
      g.writeRaw('\n');
    }
  }

  /**
   * Writes the header and then each article on a line of its own, holding one article at a time
   * (and the ids written so far); for no articles, the header alone.
   *
   * @throws IllegalArgumentException when two articles share an id; what was written before it
   *     stays in {@code out}
   */
  static void lines(Iterator<Article> articles, OutputStream out) throws IOException {
    Set<String> ids = new HashSet<>();
    try (JsonGenerator g = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
      g.writeRaw(HEADER);
      while (articles.hasNext()) {
        Article article = articles.next();
        if (!ids.add(article.id())) {
          throw new IllegalArgumentException("article id \"" + article.id()
              + "\" appears twice; ids must be unique in a corpus");
        }
        g.writeRaw('\n');
        ArticleWriter.write(article, g);
      }
      g.writeRaw('\n');
    }
  }
}
