package io.github.newscorpus.export;

import io.github.newscorpus.CorpusFormatException;
import io.github.newscorpus.FormatProblem;
import io.github.newscorpus.internal.CodePoints;
import io.github.newscorpus.internal.Messages;
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
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads brat {@code .ann} lines over a text into an article, the inverse of {@link BratWriter};
 * every problem is reported with its line.
 */
final class BratReader {

  private static final Pattern FRAGMENT = Pattern.compile("(\\d{1,10}) (\\d{1,10})");
  private static final Pattern ARGUMENT = Pattern.compile("Arg1:(T\\d+) Arg2:(T\\d+)");
  /** The id of a T, A, R, # or N line: its letter and a number. */
  private static final Pattern ID = Pattern.compile("[TARN#]\\d+");

  /**
   * A line's reference to a text-bound annotation, checked once every line is read: where it is,
   * what refers ({@code "Cue Arg2"}), the id it names, and what it must name.
   */
  private record Reference(int line, String role, String target, Expected expected) {}

  /** A free-text AnnotatorNotes line: its line, the T or R line it is on, and its text. */
  private record FreeNote(int line, String target, String text) {}

  /** Names what a reference must name. */
  private enum Expected {
    MENTION("a mention (a T line of an entity type)"), PARAGRAPH("a Paragraph"),
    QUOTE("a Quote"), CUE("a Cue"), ANNOTATION("a T or R line");

    private final String description;

    Expected(String description) {
      this.description = description;
    }
  }

  /** The attributes brat lines may give, and what each applies to. */
  private static final Map<String, Expected> ATTRIBUTES = Map.of(
      "ParagraphKind", Expected.PARAGRAPH, "MentionKind", Expected.MENTION, "QuoteKind", Expected.QUOTE);

  /** A text-bound annotation: its line, type and spans (UTF-16, fragments rejoined). */
  private record Bound(int line, String type, List<Span> spans) {
    Span extent() {
      return new Span(spans.get(0).begin(), spans.get(spans.size() - 1).end());
    }
  }

  private final String id;
  private final String text;
  private final String source;
  private final CodePoints codePoints;
  private final List<FormatProblem> problems = new ArrayList<>();
  private final Map<String, Bound> bounds = new LinkedHashMap<>();
  private final Map<String, Map<String, String>> attributes = new HashMap<>();
  private final Map<String, String> speakers = new HashMap<>();
  private final Map<String, String> cues = new HashMap<>();
  /** For each R line's id, the quote it is from (its Arg1). */
  private final Map<String, String> relationQuotes = new HashMap<>();
  /** The free-text AnnotatorNotes lines, in line order. */
  private final List<FreeNote> freeNotes = new ArrayList<>();
  /** The Coreference and AnnotatorNotes lines. */
  private final BratEntities grouping = new BratEntities();
  private final Map<String, Map<String, String>> references = new HashMap<>();
  /** Attribute values already reported as unknown, so each is reported once. */
  private final Set<String> reported = new HashSet<>();
  /**
   * For each list the builder gets ({@code paragraphs}, {@code mentions}…), the line of each item,
   * and for {@code quotes/cue} the line of each quote's cue, so that a broken rule is placed.
   */
  private final Map<String, List<Integer>> lineOf = new HashMap<>();
  /** Every reference made by an A, R, # or N line, in line order. */
  private final List<Reference> referencesMade = new ArrayList<>();

  /** Starts reading annotations over {@code text}; {@code source} names them in problems. */
  BratReader(String id, String text, String source) {
    this.id = id;
    this.text = text;
    this.source = source;
    this.codePoints = new CodePoints(text);
  }

  /** Reads line {@code n}, from 1, unless it is blank; lines come in order. */
  void add(int n, String line) {
    if (!line.isBlank()) {
      line(n, line);
    }
  }

  /** Returns an exception of the problems found so far, then {@code stop}, why reading stopped. */
  CorpusFormatException stopped(List<FormatProblem> stop) {
    List<FormatProblem> all = new ArrayList<>(problems);
    all.addAll(stop);
    return new CorpusFormatException(source, all);
  }

  /** Returns the article the lines read make, with their free-text notes. */
  BratDocument read() throws CorpusFormatException {
    Map<String, Annotation> annotations = new HashMap<>();
    Article.Builder builder = build(annotations);
    if (problems.isEmpty()) {
      for (Problem p : builder.problems()) {
        problem(line(p.path()), p.message());
      }
    }
    if (!problems.isEmpty()) {
      throw new CorpusFormatException(source, problems);
    }
    Article article = builder.build();
    List<BratDocument.Note> notes = new ArrayList<>();
    for (FreeNote note : freeNotes) {
      String target = relationQuotes.getOrDefault(note.target(), note.target());
      Bound b = bounds.get(target);
      String t = b.type().equals("Cue") ? quoteOfCue(target) : target;
      notes.add(new BratDocument.Note(annotations.get(t), note.text()));
    }
    return new BratDocument(article, notes);
  }

  /** Returns the quote whose Cue relation names the cue {@code t}. */
  private String quoteOfCue(String t) {
    return cues.entrySet().stream().filter(e -> e.getValue().equals(t)).map(Map.Entry::getKey)
        .findFirst().orElseThrow();
  }

  private void problem(int line, String message) {
    problems.add(new FormatProblem(source, line, 1, "", message));
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
    List<Integer> lines = lineOf.get(parts[0]);
    return lines == null || parts.length < 2 ? 1 : lines.get(Integer.parseInt(parts[1]));
  }

  private void record(String list, int line) {
    lineOf.computeIfAbsent(list, k -> new ArrayList<>()).add(line);
  }

  private void line(int n, String line) {
    // the id, the data, and the rest: a T line's text, a note, a normalisation's name (which
    // brat's editor writes after two tabs), or nothing (brat's editor ends a relation with a tab)
    String[] fields = line.split("\t", 3);
    char kind = line.charAt(0);
    if ("TARN#".indexOf(kind) >= 0 && !ID.matcher(fields[0]).matches()) {
      problem(n, "expected an id of " + kind + " and a number, such as " + kind + "1, found "
          + Messages.excerpt(fields[0]));
      return;
    }
    switch (kind) {
      case 'T' -> textBound(n, fields);
      case 'A' -> attribute(n, fields);
      case 'R' -> relation(n, fields);
      case '*' -> equivalence(n, fields);
      case '#' -> note(n, fields);
      case 'N' -> normalization(n, fields);
      default -> problem(n, "unsupported annotation \"" + fields[0] + "\"; expected a T, A, R, *, # or N line");
    }
  }

  private boolean fields(int n, String[] fields, int expected) {
    if (fields.length != expected) {
      problem(n, "expected " + expected + " tab-separated fields, found " + fields.length);
      return false;
    }
    return true;
  }

  /**
   * Checks that an A, R or * line has its data in the second field and nothing after it but an
   * empty field (brat's editor ends a relation line with a tab).
   */
  private boolean dataOnly(int n, String[] fields) {
    if (fields.length < 2) {
      problem(n, "expected 2 tab-separated fields, found 1");
      return false;
    }
    if (fields.length == 3 && !fields[2].isEmpty()) {
      problem(n, "expected nothing after " + Messages.excerpt(fields[1]) + ", found "
          + Messages.excerpt(fields[2]));
      return false;
    }
    return true;
  }

  private void textBound(int n, String[] fields) {
    if (!fields(n, fields, 3)) {
      return;
    }
    int space = fields[1].indexOf(' ');
    if (space < 0) {
      problem(n, "expected \"TYPE begin end\" in the second field, found " + Messages.excerpt(fields[1]));
      return;
    }
    String type = fields[1].substring(0, space);
    List<Span> spans = new ArrayList<>();
    List<String> covered = new ArrayList<>();
    for (String fragment : fields[1].substring(space + 1).split(";", -1)) {
      Matcher m = FRAGMENT.matcher(fragment);
      if (!m.matches()) {
        problem(n, "expected a fragment \"begin end\", found " + Messages.excerpt(fragment));
        return;
      }
      long b = Long.parseLong(m.group(1));
      long e = Long.parseLong(m.group(2));
      if (e < b || e > codePoints.count()) {
        problem(n, "fragment [" + b + ", " + e + ") must lie inside the text (" + codePoints.count()
            + " code points) with begin <= end");
        return;
      }
      if (e == b) {
        problem(n, "fragment [" + b + ", " + e + ") is empty; a fragment must cover at least one "
            + "character");
        return;
      }
      Span s = new Span(codePoints.toUtf16((int) b), codePoints.toUtf16((int) e));
      if (!spans.isEmpty() && s.begin() < spans.get(spans.size() - 1).end()) {
        problem(n, "fragments must be in order and must not overlap");
        return;
      }
      spans.add(s);
      covered.add(text.substring(s.begin(), s.end()));
    }
    String joined = String.join(" ", covered);
    if (!joined.equals(fields[2])) {
      problem(n, "text " + Messages.excerpt(fields[2]) + " does not match the text at its offsets, "
          + Messages.excerpt(joined));
      return;
    }
    if (bounds.containsKey(fields[0])) {
      problem(n, "id " + fields[0] + " is already used");
      return;
    }
    bounds.put(fields[0], new Bound(n, type, rejoin(spans)));
  }

  /** Joins fragments that only line breaks and tabs separate, as the writer split them. */
  private List<Span> rejoin(List<Span> spans) {
    List<Span> joined = new ArrayList<>();
    for (Span s : spans) {
      if (!joined.isEmpty() && breaksOnly(joined.get(joined.size() - 1).end(), s.begin())) {
        Span last = joined.remove(joined.size() - 1);
        joined.add(new Span(last.begin(), s.end()));
      } else {
        joined.add(s);
      }
    }
    return joined;
  }

  private boolean breaksOnly(int from, int to) {
    for (int i = from; i < to; i++) {
      if (!BratNotes.isBreak(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private void attribute(int n, String[] fields) {
    if (!dataOnly(n, fields)) {
      return;
    }
    String[] parts = fields[1].split(" ");
    if (parts.length != 3) {
      problem(n, "expected \"Name T… VALUE\", found " + Messages.excerpt(fields[1]));
      return;
    }
    Expected target = ATTRIBUTES.get(parts[0]);
    if (target == null) {
      problem(n, "unknown attribute " + parts[0] + "; expected one of " + new TreeSet<>(ATTRIBUTES.keySet()));
      return;
    }
    if (attributes.computeIfAbsent(parts[1], k -> new HashMap<>()).put(parts[0], parts[2]) != null) {
      problem(n, parts[1] + " has a second " + parts[0] + "; give each attribute once");
      return;
    }
    referencesMade.add(new Reference(n, parts[0], parts[1], target));
  }

  private void relation(int n, String[] fields) {
    if (!dataOnly(n, fields)) {
      return;
    }
    int space = fields[1].indexOf(' ');
    Matcher m = ARGUMENT.matcher(space < 0 ? "" : fields[1].substring(space + 1));
    if (!m.matches()) {
      problem(n, "expected \"Name Arg1:T… Arg2:T…\", found " + Messages.excerpt(fields[1]));
      return;
    }
    String name = fields[1].substring(0, space);
    Map<String, String> relations = switch (name) {
      case "Speaker" -> speakers;
      case "Cue" -> cues;
      default -> null;
    };
    if (relations == null) {
      problem(n, "unknown relation " + name + "; expected Speaker or Cue");
      return;
    }
    if (relations.putIfAbsent(m.group(1), m.group(2)) != null) {
      problem(n, "quote " + m.group(1) + " has a second " + name + " relation; give each once");
      return;
    }
    relationQuotes.put(fields[0], m.group(1));
    referencesMade.add(new Reference(n, name + " Arg1", m.group(1), Expected.QUOTE));
    referencesMade.add(new Reference(n, name + " Arg2", m.group(2),
        name.equals("Cue") ? Expected.CUE : Expected.MENTION));
  }

  private void equivalence(int n, String[] fields) {
    if (!dataOnly(n, fields)) {
      return;
    }
    List<String> parts = List.of(fields[1].split(" "));
    if (!parts.get(0).equals("Coreference") || parts.size() < 3) {
      problem(n, "expected \"Coreference T… T…\", found " + Messages.excerpt(fields[1]));
      return;
    }
    grouping.coreference(n, parts.subList(1, parts.size()));
  }

  private void note(int n, String[] fields) {
    if (fields.length < 2) {
      problem(n, "expected 2 or 3 tab-separated fields, found 1");
      return;
    }
    String[] target = fields[1].split(" ");
    if (target.length != 2 || !target[0].equals("AnnotatorNotes")) {
      problem(n, "expected \"AnnotatorNotes T…\" or \"AnnotatorNotes R…\", found "
          + Messages.excerpt(fields[1]));
      return;
    }
    String text = fields.length == 3 ? fields[2].strip() : "";
    if (!text.startsWith("entity ")) {
      if (!text.isEmpty()) { // brat's editor deletes a note emptied; an empty one says nothing
        freeNotes.add(new FreeNote(n, target[1], text));
        referencesMade.add(new Reference(n, "AnnotatorNotes", target[1], Expected.ANNOTATION));
      }
      return;
    }
    String[] note = fields[2].split(" ", 3);
    if (note.length != 3 || !note[0].equals("entity")) {
      problem(n, "expected \"entity ID NAME\" after \"AnnotatorNotes T…\", found "
          + Messages.excerpt(fields[2]));
      return;
    }
    if (badEscape(n, note[1], note[1])) {
      return;
    }
    String entityId = BratNotes.decodeId(note[1]);
    if (entityId.isBlank() || note[2].isBlank()) {
      problem(n, "expected an entity id and name after \"entity\", found "
          + Messages.excerpt(fields[2]));
      return;
    }
    grouping.note(new BratEntities.Note(n, target[1], entityId, note[2]));
    referencesMade.add(new Reference(n, "AnnotatorNotes", target[1], Expected.MENTION));
  }

  private void normalization(int n, String[] fields) {
    if (fields.length < 2) {
      problem(n, "expected 2 or 3 tab-separated fields, found 1");
      return;
    }
    String[] parts = fields[1].split(" ");
    int colon = parts.length == 3 ? parts[2].indexOf(':') : -1;
    if (parts.length != 3 || !parts[0].equals("Reference") || colon <= 0) {
      problem(n, "expected \"Reference T… base:id\", found " + Messages.excerpt(fields[1]));
      return;
    }
    if (badEscape(n, parts[2].substring(0, colon), parts[2])
        || badEscape(n, parts[2].substring(colon + 1), parts[2])) {
      return;
    }
    String base = BratNotes.decodeId(parts[2].substring(0, colon));
    String id = BratNotes.decodeId(parts[2].substring(colon + 1));
    if (base.isBlank() || id.isBlank()) {
      problem(n, "expected \"Reference T… base:id\" with a base and an id, found "
          + Messages.excerpt(fields[1]));
      return;
    }
    references.computeIfAbsent(parts[1], k -> new HashMap<>()).put(base, id);
    referencesMade.add(new Reference(n, "Reference", parts[1], Expected.MENTION));
  }

  /** Reports a {@code %} in {@code encoded}, part of {@code field}, that starts no escape. */
  private boolean badEscape(int n, String encoded, String field) {
    Optional<String> bad = BratNotes.badEscape(encoded);
    bad.ifPresent(escape -> problem(n, "invalid percent-escape " + Messages.excerpt(escape) + " in "
        + Messages.excerpt(field) + "; expected % and two hex digits, such as %25 for % itself"));
    return bad.isPresent();
  }

  /** Returns an attribute's value, reporting an unknown one once. */
  private <E extends Enum<E>> Optional<E> value(String bound, String name, Class<E> type) {
    String value = Optional.ofNullable(attributes.get(bound)).map(m -> m.get(name)).orElse(null);
    if (value == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(Enum.valueOf(type, value));
    } catch (IllegalArgumentException e) {
      if (reported.add(bound + " " + name)) {
        problem(bounds.get(bound).line(), "unknown " + name + " \"" + value + "\" for " + bound
            + "; expected one of " + Arrays.toString(type.getEnumConstants()));
      }
      return Optional.empty();
    }
  }

  /** Reports each reference to an id no T line defines, or to a T line of the wrong type. */
  private void checkReferences() {
    for (Reference r : referencesMade) {
      Bound b = bounds.get(r.target());
      boolean fits = switch (r.expected()) {
        case MENTION -> b != null && isEntityType(b.type());
        case PARAGRAPH -> b != null && b.type().equals("Paragraph");
        case QUOTE -> b != null && b.type().equals("Quote");
        case CUE -> b != null && b.type().equals("Cue");
        case ANNOTATION -> b != null || relationQuotes.containsKey(r.target());
      };
      if (!fits) {
        problem(r.line(), r.role() + " names " + r.target() + ", which "
            + (b == null ? "no T" + (r.expected() == Expected.ANNOTATION ? " or R" : "")
                + " line defines" : "is a " + b.type()) + "; expected "
            + r.expected().description);
      }
    }
  }

  private static boolean isEntityType(String type) {
    return Arrays.stream(EntityType.values()).anyMatch(t -> t.name().equals(type));
  }

  /** Builds the article, putting the paragraph, sentence, mention or quote of each T line in {@code annotations}. */
  private Article.Builder build(Map<String, Annotation> annotations) {
    checkReferences();
    List<Paragraph> paragraphs = new ArrayList<>();
    List<Sentence> sentences = new ArrayList<>();
    Map<String, Bound> mentionBounds = new LinkedHashMap<>();
    Map<String, Bound> quoteBounds = new LinkedHashMap<>();
    Set<String> cueBounds = new LinkedHashSet<>(cues.values());
    for (Map.Entry<String, Bound> e : bounds.entrySet()) {
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
            problem(b.line(), "cue " + e.getKey() + " belongs to no quote (no Cue relation names it)");
          }
        }
        default -> {
          if (isEntityType(b.type())) {
            mentionBounds.put(e.getKey(), b);
          } else {
            problem(b.line(), "unknown type " + b.type() + "; expected Paragraph, Sentence, Quote, Cue or one of "
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
      Optional<Mention> speaker = Optional.ofNullable(speakers.get(t)).map(mentions::get);
      Optional<Span> cue = Optional.ofNullable(cues.get(t)).map(bounds::get).map(Bound::extent);
      String joined = b.spans().stream().map(s -> text.substring(s.begin(), s.end())).collect(Collectors.joining(" "));
      quotes.add(new Quote("q" + (quotes.size() + 1), value(t, "QuoteKind", QuoteKind.class).orElse(QuoteKind.DIRECT),
          b.spans(), joined, speaker.map(Mention::entity), speaker, cue));
      annotations.put(t, quotes.get(quotes.size() - 1));
      record("quotes", b.line());
      record("quotes/cue", Optional.ofNullable(cues.get(t)).map(bounds::get).map(Bound::line).orElse(b.line()));
    }
    List<Entity> entities = new ArrayList<>(new LinkedHashSet<>(entityOf.values()));
    entities.forEach(e -> record("entities", entityLines.get(e)));
    return Article.builder(id, text).paragraphs(paragraphs).sentences(sentences).entities(entities)
        .mentions(List.copyOf(mentions.values())).quotes(quotes);
  }

  /**
   * Groups mention bounds into entities by Coreference lines; names and ids from notes. Puts the
   * line of each entity's note, or else of its first mention, in {@code lines}.
   */
  private Map<String, Entity> entities(Map<String, Bound> mentionBounds, Map<Entity, Integer> lines) {
    List<String> ordered = mentionBounds.keySet().stream()
        .sorted(Comparator.comparing((String t) -> mentionBounds.get(t).extent()).thenComparing(t -> t))
        .toList();
    Map<String, Entity> entityOf = new HashMap<>();
    for (BratEntities.Group g : grouping.groups(ordered, this::problem)) {
      List<String> ts = g.mentions();
      Bound first = mentionBounds.get(ts.get(0));
      BratEntities.Note note = g.note()
          .orElseGet(() -> new BratEntities.Note(first.line(), ts.get(0), "e-" + ts.get(0), text(first)));
      String type = first.type();
      Set<String> aliases = new LinkedHashSet<>();
      Map<String, String> ids = new HashMap<>();
      for (String t : ts) {
        if (!mentionBounds.get(t).type().equals(type)) {
          problem(mentionBounds.get(t).line(), t + " is a " + mentionBounds.get(t).type()
              + " but the entity's other mentions are " + type);
        }
        if (value(t, "MentionKind", MentionKind.class).orElse(MentionKind.NAME) == MentionKind.NAME) {
          aliases.add(text(mentionBounds.get(t)));
        }
        ids.putAll(references.getOrDefault(t, Map.of()));
      }
      int line = note.line();
      Entity e;
      try {
        e = new Entity(note.entity(), note.name(), EntityType.valueOf(type), List.copyOf(aliases),
            Optional.empty(), Optional.empty(), ids, Optional.empty());
      } catch (IllegalArgumentException x) {
        problem(line, "entity \"" + note.entity() + "\" (of " + ts.get(0) + "): " + x.getMessage());
        continue;
      }
      ts.forEach(t -> entityOf.put(t, e));
      lines.merge(e, line, Math::min);
    }
    return entityOf;
  }

  private String text(Bound b) {
    return text.substring(b.extent().begin(), b.extent().end());
  }
}
