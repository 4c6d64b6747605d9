package io.github.newscorpus.bench;

import io.github.newscorpus.model.Article;
import io.github.newscorpus.model.Mention;
import io.github.newscorpus.model.Paragraph;
import io.github.newscorpus.model.Quote;
import io.github.newscorpus.model.Sentence;
import io.github.newscorpus.model.Token;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
import org.apache.uima.UIMAFramework;
import org.apache.uima.cas.CAS;
import org.apache.uima.cas.Feature;
import org.apache.uima.cas.SerialFormat;
import org.apache.uima.cas.Type;
import org.apache.uima.cas.impl.Serialization;
import org.apache.uima.cas.impl.XmiCasDeserializer;
import org.apache.uima.cas.impl.XmiCasSerializer;
import org.apache.uima.cas.text.AnnotationFS;
import org.apache.uima.resource.metadata.TypeDescription;
import org.apache.uima.resource.metadata.TypeSystemDescription;
import org.apache.uima.util.CasCreationUtils;

/**
 * Holds the same annotations as a newscorpus article in an Apache UIMA CAS, the reference the
 * benchmarks compare with: a small type system with Paragraph (kind), Sentence, Token, Mention
 * (entity id, entity type, kind) and Quote (kind, speaker id; a quote of several segments as its
 * extent, with its segments as an array-free "segments" string of offsets). Offsets are Java
 * {@code String} indices in both.
 */
public final class UimaCas {

  public static final String PARAGRAPH = "newscorpus.Paragraph";
  public static final String SENTENCE = "newscorpus.Sentence";
  public static final String TOKEN = "newscorpus.Token";
  public static final String MENTION = "newscorpus.Mention";
  public static final String QUOTE = "newscorpus.Quote";

  private UimaCas() {}

  /** Returns the type system description of the five types. */
  public static TypeSystemDescription typeSystem() {
    TypeSystemDescription tsd = UIMAFramework.getResourceSpecifierFactory().createTypeSystemDescription();
    TypeDescription paragraph = tsd.addType(PARAGRAPH, "", CAS.TYPE_NAME_ANNOTATION);
    paragraph.addFeature("kind", "", CAS.TYPE_NAME_STRING);
    tsd.addType(SENTENCE, "", CAS.TYPE_NAME_ANNOTATION);
    tsd.addType(TOKEN, "", CAS.TYPE_NAME_ANNOTATION);
    TypeDescription mention = tsd.addType(MENTION, "", CAS.TYPE_NAME_ANNOTATION);
    mention.addFeature("entity", "", CAS.TYPE_NAME_STRING);
    mention.addFeature("entityType", "", CAS.TYPE_NAME_STRING);
    mention.addFeature("kind", "", CAS.TYPE_NAME_STRING);
    TypeDescription quote = tsd.addType(QUOTE, "", CAS.TYPE_NAME_ANNOTATION);
    quote.addFeature("kind", "", CAS.TYPE_NAME_STRING);
    quote.addFeature("speaker", "", CAS.TYPE_NAME_STRING);
    quote.addFeature("segments", "", CAS.TYPE_NAME_STRING);
    return tsd;
  }

  /** Returns an empty CAS of the type system. */
  public static CAS emptyCas() {
    try {
      return CasCreationUtils.createCas(typeSystem(), null, null);
    } catch (Exception e) {
      throw new IllegalStateException("cannot create a CAS", e);
    }
  }

  /** Returns a new CAS holding the article's text and annotations. */
  public static CAS of(Article article) {
    CAS cas = emptyCas();
    fill(cas, article);
    return cas;
  }

  /** Puts the article's text and annotations into an empty CAS. */
  public static void fill(CAS cas, Article article) {
    cas.setDocumentText(article.text());
    Type paragraph = cas.getTypeSystem().getType(PARAGRAPH);
    for (Paragraph p : article.paragraphs()) {
      AnnotationFS a = cas.createAnnotation(paragraph, p.span().begin(), p.span().end());
      a.setStringValue(feature(paragraph, "kind"), p.kind().name());
      cas.addFsToIndexes(a);
    }
    Type sentence = cas.getTypeSystem().getType(SENTENCE);
    for (Sentence s : article.sentences()) {
      cas.addFsToIndexes(cas.createAnnotation(sentence, s.span().begin(), s.span().end()));
    }
    Type token = cas.getTypeSystem().getType(TOKEN);
    for (Token t : article.tokens()) {
      cas.addFsToIndexes(cas.createAnnotation(token, t.span().begin(), t.span().end()));
    }
    Type mention = cas.getTypeSystem().getType(MENTION);
    for (Mention m : article.mentions()) {
      AnnotationFS a = cas.createAnnotation(mention, m.span().begin(), m.span().end());
      a.setStringValue(feature(mention, "entity"), m.entity().id());
      a.setStringValue(feature(mention, "entityType"), m.entity().type().name());
      a.setStringValue(feature(mention, "kind"), m.kind().name());
      cas.addFsToIndexes(a);
    }
    Type quote = cas.getTypeSystem().getType(QUOTE);
    for (Quote q : article.quotes()) {
      AnnotationFS a = cas.createAnnotation(quote, q.span().begin(), q.span().end());
      a.setStringValue(feature(quote, "kind"), q.kind().name());
      q.speaker().ifPresent(s -> a.setStringValue(feature(quote, "speaker"), s.id()));
      a.setStringValue(feature(quote, "segments"), q.segments().toString());
      cas.addFsToIndexes(a);
    }
  }

  private static Feature feature(Type type, String name) {
    return type.getFeatureByBaseName(name);
  }

  /** Returns the CAS serialised as XMI by UIMA's own serializer. */
  public static byte[] xmi(CAS cas) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      XmiCasSerializer.serialize(cas, out);
    } catch (Exception e) {
      throw new IllegalStateException("cannot serialise the CAS", e);
    }
    return out.toByteArray();
  }

  /** Resets {@code cas} and reads XMI into it. */
  public static void readXmi(byte[] xmi, CAS cas) {
    cas.reset();
    try {
      XmiCasDeserializer.deserialize(new ByteArrayInputStream(xmi), cas);
    } catch (Exception e) {
      throw new IllegalStateException("cannot deserialise the XMI", e);
    }
  }

  /**
   * Returns the CAS serialised by UIMA's binary CAS serialiser in compressed form 6, for a
   * receiver of the same type system.
   */
  public static byte[] binaryForm6(CAS cas) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      Serialization.serializeWithCompression(cas, out, cas.getTypeSystem());
    } catch (Exception e) {
      throw new IllegalStateException("cannot serialise the CAS", e);
    }
    return out.toByteArray();
  }

  /** Resets {@code cas} and reads a binary CAS (such as compressed form 6) into it. */
  public static SerialFormat readBinary(byte[] binary, CAS cas) {
    cas.reset();
    return Serialization.deserializeCAS(cas, new ByteArrayInputStream(binary));
  }

  /** Returns the annotations of one of the five types, in UIMA's index order. */
  public static List<AnnotationFS> select(CAS cas, String type) {
    return List.copyOf(org.apache.uima.fit.util.CasUtil.select(cas, cas.getTypeSystem().getType(type)));
  }
}
