package io.github.newscorpus.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.github.newscorpus.model.Article;
import io.github.newscorpus.model.Entity;
import io.github.newscorpus.model.Span;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;

/**
 * Writes one pretty-printed JSON document, and a line break after it, to the command's output
 * with jackson-core's streaming generator. Offsets are in Unicode code points, as in the corpus
 * JSON format, and every span comes with its covered text. Leaves the output open.
 */
final class JsonOutput implements AutoCloseable {

  private static final JsonFactory FACTORY = JsonFactory.builder().build();

  private final PrintWriter out;
  private final JsonGenerator g;

  private JsonOutput(PrintWriter out, JsonGenerator g) {
    this.out = out;
    this.g = g;
  }

  /** Returns a JSON writer on {@code out}. */
  static JsonOutput on(PrintWriter out) {
    try {
      JsonGenerator g = FACTORY.createGenerator(out);
      g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      g.useDefaultPrettyPrinter();
      return new JsonOutput(out, g);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Returns the generator, to write the document with. */
  JsonGenerator g() {
    return g;
  }

  /** Writes {@code "field": {"begin": …, "end": …, "text": …}} for a span of the article's text. */
  void span(String field, Article article, Span span) throws IOException {
    g.writeFieldName(field);
    span(article, span);
  }

  /** Writes {@code {"begin": …, "end": …, "text": …}} for a span of the article's text. */
  void span(Article article, Span span) throws IOException {
    g.writeStartObject();
    g.writeNumberField("begin", codePoint(article.text(), span.begin()));
    g.writeNumberField("end", codePoint(article.text(), span.end()));
    g.writeStringField("text", article.text(span));
    g.writeEndObject();
  }

  /** Writes {@code "field": {"id": …, "name": …, "type": …}}, or {@code null} when absent. */
  void entity(String field, Optional<Entity> entity) throws IOException {
    g.writeFieldName(field);
    if (entity.isEmpty()) {
      g.writeNull();
      return;
    }
    g.writeStartObject();
    g.writeStringField("id", entity.get().id());
    g.writeStringField("name", entity.get().name());
    g.writeStringField("type", entity.get().type().name());
    g.writeEndObject();
  }

  /** Writes {@code "field": [ … ]} of strings, in the given order. */
  void strings(String field, List<String> values) throws IOException {
    g.writeArrayFieldStart(field);
    for (String v : values) {
      g.writeString(v);
    }
    g.writeEndArray();
  }

  /** Returns the code-point offset of UTF-16 index {@code index} of {@code text}. */
  static int codePoint(String text, int index) {
    return text.codePointCount(0, index);
  }

  @Override
  public void close() throws IOException {
    g.close();
    out.println();
    out.flush();
  }
}
