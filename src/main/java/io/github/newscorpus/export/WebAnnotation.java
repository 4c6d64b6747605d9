package io.github.newscorpus.export;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import io.github.newscorpus.CorpusFormatException;
import io.github.newscorpus.FormatProblem;
import io.github.newscorpus.ReadLimits;
import io.github.newscorpus.internal.AtomicFiles;
import io.github.newscorpus.internal.CodePoints;
import io.github.newscorpus.internal.InputFiles;
import io.github.newscorpus.model.Article;
import io.github.newscorpus.model.Entity;
import io.github.newscorpus.model.Mention;
import io.github.newscorpus.model.Quote;
import io.github.newscorpus.model.Span;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes an article's mentions and quotes as a W3C Web Annotation collection (JSON-LD), one
 * annotation per mention and per quote, for tools such as Hypothesis or INCEpTION, and reads such
 * annotations back, its own or another client's.
 *
 * <p>The collection, {@code urn:newscorpus:<article id>:annotations}, has a {@code label} (the
 * headline) and a {@code total}, and, when it holds any annotation, its one page embedded as
 * {@code first} ({@code urn:newscorpus:<article id>:annotations:page1}, {@code partOf} the
 * collection, given as its {@code id} and {@code total}, {@code startIndex} 0, the annotations as {@code items}) and that page's IRI as
 * {@code last}; an article without mentions and quotes gives a collection of {@code total} 0
 * without pages. The page and every annotation carry the {@code @context} too, so that each is
 * valid on its own when taken out of the collection (as the W3C test suite's
 * {@code annotationMusts} checks).
 *
 * <p>Each annotation targets the article, {@code urn:newscorpus:<article id>}, with a
 * {@code TextPositionSelector} (code points) and a {@code TextQuoteSelector} (the exact text and
 * up to 32 code points of prefix and suffix); a quote has one target per segment. Bodies: for a
 * mention, its entity type ({@code tagging}), its kind ({@code classifying}), its entity
 * ({@code identifying}, {@code urn:newscorpus:<article id>:<entity id>}) and the entity's name
 * ({@code describing}); for a quote, its kind ({@code classifying}), its speaker as an
 * {@code identifying} resource and a {@code describing} name, its speaker mention as a
 * {@code linking} {@code SpecificResource} whose source is that mention's annotation, and its cue
 * as a {@code linking} {@code SpecificResource} with its own selectors. Annotation ids are
 * {@code urn:newscorpus:<article id>:<mention or quote id>}.
 *
 * <p>Not held, and lost on a round trip: everything about an entity but its id, name and type
 * (an entity the article given to {@code read} has keeps all of it).
 */
public final class WebAnnotation {

  /** The W3C Web Annotation JSON-LD context. */
  public static final String CONTEXT = "http://www.w3.org/ns/anno.jsonld";

  /** The last part of a collection's id: {@code urn:newscorpus:<article id>:annotations}. */
  static final String COLLECTION = "annotations";

  /** The last part of its one page's id: {@code urn:newscorpus:<article id>:annotations:page1}. */
  static final String PAGE = "page1";

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

  /**
   * Reads annotations from {@code file} over {@code article}'s text, as
   * {@link #read(Article, InputStream, String, ReadLimits)} does, within the
   * {@linkplain ReadLimits#defaults() default limits}.
   *
   * @throws CorpusFormatException listing every problem with its place
   */
  public static Article read(Article article, Path file) throws IOException {
    return read(article, file, ReadLimits.defaults());
  }

  /**
   * Reads annotations from {@code file} over {@code article}'s text, within {@code limits}.
   *
   * @throws CorpusFormatException listing every problem with its place
   */
  public static Article read(Article article, Path file, ReadLimits limits) throws IOException {
    try (InputStream in = InputFiles.open(file)) {
      return read(article, in, file.toString(), limits);
    }
  }

  /**
   * Returns a copy of {@code article} (its text, metadata, paragraphs, sentences and tokens) whose
   * mentions and quotes are those the Web Annotation JSON in {@code in} holds: what
   * {@link #write} writes, or another client's annotations of the same text. The input is an
   * {@code AnnotationCollection} with its first page embedded (and no other page), an
   * {@code AnnotationPage}, one {@code Annotation}, or an array of annotations; the outermost
   * object, and each annotation of an array, must have the Web Annotation {@code @context}.
   *
   * <p>Each target (and a quote's cue) is anchored by its {@code TextPositionSelector} (code
   * points), whose text must then match a {@code TextQuoteSelector} beside it, or by a
   * {@code TextQuoteSelector} alone: its {@code exact} text must occur exactly once in the
   * article's text right after its {@code prefix} and right before its {@code suffix}; a quote
   * found twice or more is a problem that lists where. An annotation is a mention or a quote by
   * its {@code classifying} body ({@code NAME}, {@code NOMINAL}, {@code PRONOUN}; {@code DIRECT},
   * {@code PARTIAL}, {@code INDIRECT}); its entity (a quote's speaker) is the one an
   * {@code identifying} body names ({@code urn:newscorpus:<article id>:<entity id>}) or, without
   * one, the article's entity a {@code describing} body names (by name or alias, as
   * {@link Article#findEntity} finds it); a {@code tagging} body, if any, must be its type. An
   * entity that the article lacks is made from its identifying, describing and tagging bodies
   * (with no aliases). A quote's {@code linking} body with selectors is its cue; one without,
   * whose source is a mention annotation's id, is its speaker mention. Ids
   * {@code urn:newscorpus:<article id>:<id>} keep their id; other annotations are numbered
   * {@code m1…} and {@code q1…} in input order, skipping ids in use. Other bodies (comments,
   * replies) and selectors are ignored. The article's entities are kept; its mentions and quotes
   * are replaced. {@code in} is read to its end and left open.
   *
   * @param source names the input in problems, such as a file name
   * @throws CorpusFormatException listing every problem with its line, column and JSON pointer;
   *     nothing is returned when there is one
   */
  public static Article read(Article article, InputStream in, String source, ReadLimits limits)
      throws IOException {
    List<FormatProblem> problems = new ArrayList<>();
    JsonTree.Value root = JsonTree.read(in, source, limits, problems);
    return new WebAnnotationReader(article, source, limits, problems).read(root);
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
    int total = mentions.size() + quotes.size();
    String collection = source + ":" + COLLECTION;
    String page = collection + ":" + PAGE;
    g.writeStartObject();
    g.writeStringField("@context", CONTEXT);
    g.writeStringField("id", collection);
    g.writeStringField("type", "AnnotationCollection");
    g.writeStringField("label", article.headline().isEmpty() ? article.id() : article.headline());
    g.writeNumberField("total", total);
    if (total > 0) {
      g.writeObjectFieldStart("first");
      g.writeStringField("@context", CONTEXT);
      g.writeStringField("id", page);
      g.writeStringField("type", "AnnotationPage");
      g.writeObjectFieldStart("partOf");
      g.writeStringField("id", collection);
      g.writeNumberField("total", total);
      g.writeEndObject();
      g.writeNumberField("startIndex", 0);
      g.writeArrayFieldStart("items");
      for (Mention m : mentions) {
        mention(m);
      }
      for (Quote q : quotes) {
        quote(q);
      }
      g.writeEndArray();
      g.writeEndObject();
      g.writeStringField("last", page);
    }
    g.writeEndObject();
  }

  private void mention(Mention m) throws IOException {
    g.writeStartObject();
    g.writeStringField("@context", CONTEXT);
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
    g.writeStringField("@context", CONTEXT);
    g.writeStringField("id", urn(article.id(), q.id()));
    g.writeStringField("type", "Annotation");
    g.writeStringField("motivation", "describing");
    g.writeArrayFieldStart("body");
    textualBody("classifying", q.kind().name());
    if (q.speaker().isPresent()) {
      entityBodies(q.speaker().get());
    }
    if (q.speakerMention().isPresent()) {
      g.writeStartObject();
      g.writeStringField("type", "SpecificResource");
      g.writeStringField("purpose", "linking");
      g.writeStringField("source", urn(article.id(), q.speakerMention().get().id()));
      g.writeEndObject();
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
