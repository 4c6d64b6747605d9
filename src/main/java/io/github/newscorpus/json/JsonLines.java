package io.github.newscorpus.json;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import io.github.newscorpus.model.Article;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Locale;
import java.util.Set;

/**
 * Writes the {@code newscorpus/1} JSON Lines format: line 1 is the header
 * {@code {"format":"newscorpus/1"}}, and every further line is one article object, exactly as in
 * the corpus JSON format (same fields, code-point offsets, covered texts), written compactly. UTF-8,
 * every line ends with {@code \n}. Files in this format are named {@code *.jsonl}.
 */
final class JsonLines {

  /** The header line, as written and as messages quote it. */
  static final String HEADER = "{\"format\":\"" + CorpusJson.FORMAT + "\"}";

  /** Compact; a line break between top-level values; leaves the caller's stream open. */
  private static final JsonFactory FACTORY = new JsonFactoryBuilder()
      .rootValueSeparator("\n")
      .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
      .enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8)
      .build();

  private JsonLines() {}

  /** Returns whether the file's name ends with {@code .jsonl}, in any case. */
  static boolean named(Path file) {
    return Layout.of(file) == Layout.JSON_LINES;
  }

  /** Returns whether {@code name} ends with {@code .jsonl}, in any case. */
  static boolean named(String name) {
    return name.toLowerCase(Locale.ROOT).endsWith(".jsonl");
  }

  /**
   * Writes the header and then each article on a line of its own, in iteration order, holding one
   * article at a time (and the ids written so far); for no articles, writes the header alone.
   *
   * @throws IllegalArgumentException when two articles share an id; what was written before it
   *     stays in {@code out}
   */
  static void write(Iterator<Article> articles, OutputStream out) throws IOException {
    Set<String> ids = new HashSet<>();
    try (JsonGenerator g = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
      g.writeStartObject();
      g.writeStringField("format", CorpusJson.FORMAT);
      g.writeEndObject();
      while (articles.hasNext()) {
        Article article = articles.next();
        if (!ids.add(article.id())) {
          throw new IllegalArgumentException("article id \"" + article.id()
              + "\" appears twice; ids must be unique in a corpus");
        }
        ArticleWriter.write(article, g);
      }
      g.writeRaw('\n');
    }
  }
}
