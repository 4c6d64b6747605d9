package io.github.newscorpus.export;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import io.github.newscorpus.internal.AtomicFiles;
import io.github.newscorpus.internal.CodePoints;
import io.github.newscorpus.model.Article;
import io.github.newscorpus.model.Entity;
import io.github.newscorpus.model.Mention;
import io.github.newscorpus.model.Quote;
import io.github.newscorpus.model.Span;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes an article's mentions and quotes as a W3C Web Annotation collection (JSON-LD), one
 * annotation per mention and per quote, for tools such as Hypothesis or INCEpTION.
 *
 * <p>Each annotation targets the article, {@code urn:newscorpus:<article id>}, with a
 * {@code TextPositionSelector} (code points) and a {@code TextQuoteSelector} (the exact text and
 * up to 32 code points of prefix and suffix); a quote has one target per segment. Bodies: for a
 * mention, its entity type ({@code tagging}), its kind ({@code classifying}), its entity
 * ({@code identifying}, {@code urn:newscorpus:<article id>:<entity id>}) and the entity's name
 * ({@code describing}); for a quote, its kind ({@code classifying}), its speaker as an
 * {@code identifying} resource and a {@code describing} name, and its cue as a
 * {@code SpecificResource} with its own selectors. Annotation ids are
 * {@code urn:newscorpus:<article id>:<mention or quote id>}.
 */
public final class WebAnnotation {

  /** The W3C Web Annotation JSON-LD context. */
  public static final String CONTEXT = "http://www.w3.org/ns/anno.jsonld";

  /** Code points of context kept around a TextQuoteSelector's exact text, on each side. */
  static final int AFFIX = 32;

  private static final JsonFactory FACTORY = JsonFactory.builder()
      .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
      .enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8)
      .build();

  private final Article article;
  private final JsonGenerator g;
  private final CodePoints codePoints;
  private final String source;

  private WebAnnotation(Article article, JsonGenerator g) {
    this.article = article;
    this.g = g;
    this.codePoints = new CodePoints(article.text());
    this.source = urn(article.id());
  }

  /** Writes the article's annotations as one {@code AnnotationCollection} to {@code out}, UTF-8. */
  public static void write(Article article, OutputStream out) throws IOException {
    try (JsonGenerator g = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
      g.setPrettyPrinter(new DefaultPrettyPrinter());
      new WebAnnotation(article, g).collection();
      g.writeRaw('\n');
    }
  }

  /** Writes the collection to {@code file} through a temporary file moved into place. */
  public static void write(Article article, Path file) throws IOException {
    AtomicFiles.write(file, out -> write(article, out));
  }

  /** Returns {@code urn:newscorpus:} followed by the ids, each URL-encoded, joined by colons. */
  static String urn(String... ids) {
    StringBuilder s = new StringBuilder("urn:newscorpus");
    for (String id : ids) {
      s.append(':').append(URLEncoder.encode(id, StandardCharsets.UTF_8));
    }
    return s.toString();
  }

  private void collection() throws IOException {
    List<Mention> mentions = article.mentions();
    List<Quote> quotes = article.quotes();
    g.writeStartObject();
    g.writeStringField("@context", CONTEXT);
    g.writeStringField("id", source + ":annotations");
    g.writeStringField("type", "AnnotationCollection");
    g.writeStringField("label", article.headline().isEmpty() ? article.id() : article.headline());
    g.writeNumberField("total", mentions.size() + quotes.size());
    g.writeObjectFieldStart("first");
    g.writeStringField("type", "AnnotationPage");
    g.writeArrayFieldStart("items");
    for (Mention m : mentions) {
      mention(m);
    }
    for (Quote q : quotes) {
      quote(q);
    }
    g.writeEndArray();
    g.writeEndObject();
    g.writeEndObject();
  }

  private void mention(Mention m) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", urn(article.id(), m.id()));
    g.writeStringField("type", "Annotation");
    g.writeStringField("motivation", "identifying");
    g.writeArrayFieldStart("body");
    textualBody("tagging", m.entity().type().name());
    textualBody("classifying", m.kind().name());
    entityBodies(m.entity());
    g.writeEndArray();
    g.writeFieldName("target");
    target(m.span());
    g.writeEndObject();
  }

  private void quote(Quote q) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", urn(article.id(), q.id()));
    g.writeStringField("type", "Annotation");
    g.writeStringField("motivation", "describing");
    g.writeArrayFieldStart("body");
    textualBody("classifying", q.kind().name());
    if (q.speaker().isPresent()) {
      entityBodies(q.speaker().get());
    }
    if (q.cue().isPresent()) {
      g.writeStartObject();
      g.writeStringField("type", "SpecificResource");
      g.writeStringField("purpose", "linking");
      g.writeStringField("source", source);
      selectors(q.cue().get());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("target");
    for (Span segment : q.segments()) {
      target(segment);
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private void entityBodies(Entity e) throws IOException {
    g.writeStartObject();
    g.writeStringField("type", "SpecificResource");
    g.writeStringField("purpose", "identifying");
    g.writeStringField("source", urn(article.id(), e.id()));
    g.writeEndObject();
    textualBody("describing", e.name());
  }

  private void textualBody(String purpose, String value) throws IOException {
    g.writeStartObject();
    g.writeStringField("type", "TextualBody");
    g.writeStringField("purpose", purpose);
    g.writeStringField("value", value);
    g.writeEndObject();
  }

  private void target(Span span) throws IOException {
    g.writeStartObject();
    g.writeStringField("source", source);
    selectors(span);
    g.writeEndObject();
  }

  private void selectors(Span span) throws IOException {
    int begin = codePoints.toCodePoint(span.begin());
    int end = codePoints.toCodePoint(span.end());
    String text = article.text();
    g.writeArrayFieldStart("selector");
    g.writeStartObject();
    g.writeStringField("type", "TextPositionSelector");
    g.writeNumberField("start", begin);
    g.writeNumberField("end", end);
    g.writeEndObject();
    g.writeStartObject();
    g.writeStringField("type", "TextQuoteSelector");
    g.writeStringField("exact", text.substring(span.begin(), span.end()));
    g.writeStringField("prefix", text.substring(codePoints.toUtf16(Math.max(0, begin - AFFIX)), span.begin()));
    g.writeStringField("suffix", text.substring(span.end(),
        codePoints.toUtf16(Math.min(codePoints.count(), end + AFFIX))));
    g.writeEndObject();
    g.writeEndArray();
  }
}
