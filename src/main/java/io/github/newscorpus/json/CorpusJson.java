package io.github.newscorpus.json;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import io.github.newscorpus.model.Article;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/**
 * Writes a corpus in the {@code newscorpus/1} JSON format:
 * {@code {"format": "newscorpus/1", "articles": [...]}}, with code-point offsets and the covered
 * text stored beside every span. The JSON Schema is {@code corpus/newscorpus-1.schema.json}.
 *
 * <p>Not API: public only for the library's tests and tools.
 */
public final class CorpusJson {

  /** The format name and version this class reads and writes. */
  public static final String FORMAT = "newscorpus/1";

  /** Leaves the caller's stream open; writes characters outside the BMP as UTF-8, not escapes. */
  private static final JsonFactory FACTORY = JsonFactory.builder()
      .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
      .enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8)
      .build();

  private CorpusJson() {}

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
