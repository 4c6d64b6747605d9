package io.github.newscorpus.export;

import io.github.newscorpus.internal.CodePoints;
import io.github.newscorpus.model.Article;
import io.github.newscorpus.model.Entity;
import io.github.newscorpus.model.Mention;
import io.github.newscorpus.model.Paragraph;
import io.github.newscorpus.model.Quote;
import io.github.newscorpus.model.Sentence;
import io.github.newscorpus.model.Span;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** Writes one article's annotations as brat {@code .ann} lines; see {@link Brat}. */
final class BratWriter {

  private final Article article;
  private final Writer out;
  private final CodePoints codePoints;
  private int textBound;
  private int attribute;
  private int relation;
  private int note;
  private int normalization;

  BratWriter(Article article, Writer out) {
    this.article = article;
    this.out = out;
    this.codePoints = new CodePoints(article.text());
  }

  void write() throws IOException {
    for (Paragraph p : article.paragraphs()) {
      String t = textBound("Paragraph", List.of(p.span()));
      line("A" + ++attribute + "\tParagraphKind " + t + " " + p.kind());
    }
    for (Sentence s : article.sentences()) {
      textBound("Sentence", List.of(s.span()));
    }
    Map<Mention, String> mentionIds = new IdentityHashMap<>();
    for (Mention m : article.mentions()) {
      String t = textBound(m.entity().type().name(), List.of(m.span()));
      mentionIds.put(m, t);
      line("A" + ++attribute + "\tMentionKind " + t + " " + m.kind());
    }
    for (Entity e : article.entities()) {
      List<Mention> mentions = article.mentionsOf(e);
      if (mentions.isEmpty()) {
        continue; // brat cannot hold an entity without a mention
      }
      String first = mentionIds.get(mentions.get(0));
      line("#" + ++note + "\tAnnotatorNotes " + first + "\tentity " + BratNotes.encodeId(e.id()) + " "
          + BratNotes.oneLine(e.name()));
      for (Map.Entry<String, String> id : new TreeMap<>(e.externalIds()).entrySet()) {
        line("N" + ++normalization + "\tReference " + first + " " + BratNotes.encodeId(id.getKey()) + ":"
            + BratNotes.encodeId(id.getValue())
            + "\t" + BratNotes.oneLine(e.name()));
      }
      if (mentions.size() > 1) {
        line("*\tCoreference " + mentions.stream().map(mentionIds::get).collect(Collectors.joining(" ")));
      }
    }
    for (Quote q : article.quotes()) {
      String t = textBound("Quote", q.segments());
      line("A" + ++attribute + "\tQuoteKind " + t + " " + q.kind());
      if (q.speakerMention().isPresent()) {
        line("R" + ++relation + "\tSpeaker Arg1:" + t + " Arg2:" + mentionIds.get(q.speakerMention().get()));
      }
      if (q.cue().isPresent()) {
        String cue = textBound("Cue", List.of(q.cue().get()));
        line("R" + ++relation + "\tCue Arg1:" + t + " Arg2:" + cue);
      }
    }
  }

  /** Writes a T line over the spans, each split where a line break or tab would be; returns its id. */
  private String textBound(String type, List<Span> spans) throws IOException {
    List<String> offsets = new ArrayList<>();
    List<String> texts = new ArrayList<>();
    for (Span s : spans) {
      int i = s.begin();
      while (i < s.end()) {
        while (i < s.end() && BratNotes.isBreak(article.text().charAt(i))) {
          i++;
        }
        int start = i;
        while (i < s.end() && !BratNotes.isBreak(article.text().charAt(i))) {
          i++;
        }
        if (i > start) {
          offsets.add(codePoints.toCodePoint(start) + " " + codePoints.toCodePoint(i));
          texts.add(article.text().substring(start, i));
        }
      }
    }
    if (offsets.isEmpty()) {
      throw new IllegalArgumentException(type + " " + spans + " of article " + article.id()
          + " holds only line breaks and tabs, which brat cannot hold");
    }
    String id = "T" + ++textBound;
    line(id + "\t" + type + " " + String.join(";", offsets) + "\t" + String.join(" ", texts));
    return id;
  }

  private void line(String s) throws IOException {
    out.write(s);
    out.write('\n');
  }
}
