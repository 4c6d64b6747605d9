package io.github.newscorpus.export;

import io.github.newscorpus.CorpusFormatException;
import io.github.newscorpus.FormatProblem;
import io.github.newscorpus.export.BratLines.Bound;
import io.github.newscorpus.model.Annotation;
import io.github.newscorpus.model.Article;
import io.github.newscorpus.model.Entity;
import io.github.newscorpus.model.EntityType;
import io.github.newscorpus.model.Mention;
import io.github.newscorpus.model.MentionKind;
import io.github.newscorpus.model.Paragraph;
import io.github.newscorpus.model.ParagraphKind;
import io.github.newscorpus.model.Problem;
import io.github.newscorpus.model.Quote;
import io.github.newscorpus.model.QuoteKind;
import io.github.newscorpus.model.Sentence;
import io.github.newscorpus.model.Span;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads brat {@code .ann} lines over a text into an article, the inverse of {@link BratWriter};
 * every problem is reported with its line.
 */
final class BratReader {

  private final String id;
  private final String text;
  private final BratProblems problems;
  private final BratLines lines;
  /** Attribute values already reported as unknown, so each is reported once. */
  private final Set<String> reported = new HashSet<>();
  /**
   * For each list the builder gets ({@code paragraphs}, {@code mentions}…), the line of each item,
   * and for {@code quotes/cue} the line of each quote's cue, so that a broken rule is placed.
   */
  private final Map<String, List<Integer>> lineOf = new HashMap<>();

  /** Starts reading annotations over {@code text}; {@code source} names them in problems. */
  BratReader(String id, String text, String source) {
    this.id = id;
    this.text = text;
    this.problems = new BratProblems(source);
    this.lines = new BratLines(text, problems);
  }

  /** Reads line {@code n}, from 1, unless it is blank; lines come in order. */
  void add(int n, String line) {
    lines.add(n, line);
  }

  /** Returns an exception of the problems found so far, then {@code stop}, why reading stopped. */
  CorpusFormatException stopped(List<FormatProblem> stop) {
    return problems.exception(stop);
  }

  /** Returns the article the lines read make, with their free-text notes. */
  BratDocument read() throws CorpusFormatException {
    Map<String, Annotation> annotations = new HashMap<>();
    Article.Builder builder = build(annotations);
    if (problems.isEmpty()) {
      for (Problem p : builder.problems()) {
        problems.add(line(p.path()), p.message());
      }
    }
    if (!problems.isEmpty()) {
      throw problems.exception(List.of());
    }
    Article article = builder.build();
    List<BratDocument.Note> notes = new ArrayList<>();
    for (BratLines.FreeNote note : lines.freeNotes()) {
      String target = lines.quoteOfRelation(note.target());
      Bound b = lines.bounds().get(target);
      String t = b.type().equals("Cue") ? lines.quoteOfCue(target) : target;
      notes.add(new BratDocument.Note(annotations.get(t), note.text()));
    }
    return new BratDocument(article, notes);
  }

  /**
   * Returns the line of the item a model path such as {@code mentions/3} or {@code quotes/2/cue}
   * names; 1 for the article itself (its id, from the file name).
   */
  private int line(String path) {
    String[] parts = path.split("/");
    if (parts.length >= 3 && parts[0].equals("quotes") && parts[2].equals("cue")) {
      return lineOf.get("quotes/cue").get(Integer.parseInt(parts[1]));
    }
    List<Integer> items = lineOf.get(parts[0]);
    return items == null || parts.length < 2 ? 1 : items.get(Integer.parseInt(parts[1]));
  }

  private void record(String list, int line) {
    lineOf.computeIfAbsent(list, k -> new ArrayList<>()).add(line);
  }

  /** Returns an attribute's value, reporting an unknown one once. */
  private <E extends Enum<E>> Optional<E> value(String bound, String name, Class<E> type) {
    String value = lines.attribute(bound, name).orElse(null);
    if (value == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(Enum.valueOf(type, value));
    } catch (IllegalArgumentException e) {
      if (reported.add(bound + " " + name)) {
        problems.add(lines.bounds().get(bound).line(), "unknown " + name + " \"" + value + "\" for "
            + bound + "; expected one of " + Arrays.toString(type.getEnumConstants()));
      }
      return Optional.empty();
    }
  }

  /** Builds the article, putting the paragraph, sentence, mention or quote of each T line in {@code annotations}. */
  private Article.Builder build(Map<String, Annotation> annotations) {
    lines.checkReferences();
    List<Paragraph> paragraphs = new ArrayList<>();
    List<Sentence> sentences = new ArrayList<>();
    Map<String, Bound> mentionBounds = new LinkedHashMap<>();
    Map<String, Bound> quoteBounds = new LinkedHashMap<>();
    Set<String> cueBounds = new LinkedHashSet<>(lines.cues());
    for (Map.Entry<String, Bound> e : lines.bounds().entrySet()) {
      Bound b = e.getValue();
      switch (b.type()) {
        case "Paragraph" -> {
          paragraphs.add(new Paragraph(b.extent(), text.substring(b.extent().begin(), b.extent().end()),
              value(e.getKey(), "ParagraphKind", ParagraphKind.class).orElse(ParagraphKind.BODY)));
          annotations.put(e.getKey(), paragraphs.get(paragraphs.size() - 1));
          record("paragraphs", b.line());
        }
        case "Sentence" -> {
          sentences.add(new Sentence(b.extent(), text.substring(b.extent().begin(), b.extent().end())));
          annotations.put(e.getKey(), sentences.get(sentences.size() - 1));
          record("sentences", b.line());
        }
        case "Quote" -> quoteBounds.put(e.getKey(), b);
        case "Cue" -> {
          if (!cueBounds.contains(e.getKey())) {
            problems.add(b.line(), "cue " + e.getKey() + " belongs to no quote (no Cue relation names it)");
          }
        }
        default -> {
          if (b.isMention()) {
            mentionBounds.put(e.getKey(), b);
          } else {
            problems.add(b.line(), "unknown type " + b.type() + "; expected Paragraph, Sentence, Quote, Cue or one of "
                + Arrays.toString(EntityType.values()));
          }
        }
      }
    }
    Map<Entity, Integer> entityLines = new HashMap<>();
    Map<String, Entity> entityOf = entities(mentionBounds, entityLines);
    List<String> mentionOrder = mentionBounds.keySet().stream()
        .sorted(Comparator.comparing((String t) -> mentionBounds.get(t).extent()).thenComparing(t -> t)).toList();
    Map<String, Mention> mentions = new LinkedHashMap<>();
    for (String t : mentionOrder) {
      Bound b = mentionBounds.get(t);
      Entity e = entityOf.get(t);
      if (e != null) {
        mentions.put(t, new Mention("m" + (mentions.size() + 1), b.extent(),
            text.substring(b.extent().begin(), b.extent().end()), e,
            value(t, "MentionKind", MentionKind.class).orElse(MentionKind.NAME)));
        record("mentions", b.line());
      }
    }
    annotations.putAll(mentions);
    List<String> quoteOrder = quoteBounds.keySet().stream()
        .sorted(Comparator.comparing((String t) -> quoteBounds.get(t).extent()).thenComparing(t -> t)).toList();
    List<Quote> quotes = new ArrayList<>();
    for (String t : quoteOrder) {
      Bound b = quoteBounds.get(t);
      Optional<Mention> speaker = lines.speaker(t).map(mentions::get);
      Optional<Span> cue = lines.cue(t).map(lines.bounds()::get).map(Bound::extent);
      String joined = b.spans().stream().map(s -> text.substring(s.begin(), s.end())).collect(Collectors.joining(" "));
      quotes.add(new Quote("q" + (quotes.size() + 1), value(t, "QuoteKind", QuoteKind.class).orElse(QuoteKind.DIRECT),
          b.spans(), joined, speaker.map(Mention::entity), speaker, cue));
      annotations.put(t, quotes.get(quotes.size() - 1));
      record("quotes", b.line());
      record("quotes/cue", lines.cue(t).map(lines.bounds()::get).map(Bound::line).orElse(b.line()));
    }
    List<Entity> entities = new ArrayList<>(new LinkedHashSet<>(entityOf.values()));
    entities.forEach(e -> record("entities", entityLines.get(e)));
    return Article.builder(id, text).paragraphs(paragraphs).sentences(sentences).entities(entities)
        .mentions(List.copyOf(mentions.values())).quotes(quotes);
  }

  /**
   * Groups mention bounds into entities by Coreference lines; names and ids from notes. Puts the
   * line of each entity's note, or else of its first mention, in {@code entityLines}.
   */
  private Map<String, Entity> entities(Map<String, Bound> mentionBounds,
      Map<Entity, Integer> entityLines) {
    List<String> ordered = mentionBounds.keySet().stream()
        .sorted(Comparator.comparing((String t) -> mentionBounds.get(t).extent()).thenComparing(t -> t))
        .toList();
    Map<String, Entity> entityOf = new HashMap<>();
    for (BratEntities.Group g : lines.grouping().groups(ordered, problems::add)) {
      List<String> ts = g.mentions();
      Bound first = mentionBounds.get(ts.get(0));
      BratEntities.Note note = g.note()
          .orElseGet(() -> new BratEntities.Note(first.line(), ts.get(0), "e-" + ts.get(0), text(first)));
      String type = first.type();
      Set<String> aliases = new LinkedHashSet<>();
      Map<String, String> ids = new HashMap<>();
      for (String t : ts) {
        if (!mentionBounds.get(t).type().equals(type)) {
          problems.add(mentionBounds.get(t).line(), t + " is a " + mentionBounds.get(t).type()
              + " but the entity's other mentions are " + type);
        }
        if (value(t, "MentionKind", MentionKind.class).orElse(MentionKind.NAME) == MentionKind.NAME) {
          aliases.add(text(mentionBounds.get(t)));
        }
        ids.putAll(lines.references(t));
      }
      int line = note.line();
      Entity e;
      try {
        e = new Entity(note.entity(), note.name(), EntityType.valueOf(type), List.copyOf(aliases),
            Optional.empty(), Optional.empty(), ids, Optional.empty());
      } catch (IllegalArgumentException x) {
        problems.add(line, "entity \"" + note.entity() + "\" (of " + ts.get(0) + "): " + x.getMessage());
        continue;
      }
      ts.forEach(t -> entityOf.put(t, e));
      entityLines.merge(e, line, Math::min);
    }
    return entityOf;
  }

  private String text(Bound b) {
    return text.substring(b.extent().begin(), b.extent().end());
  }
}
