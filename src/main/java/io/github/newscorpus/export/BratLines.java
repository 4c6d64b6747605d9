package io.github.newscorpus.export;

import io.github.newscorpus.export.BratReferences.Expected;
import io.github.newscorpus.internal.Messages;
import io.github.newscorpus.model.EntityType;
import io.github.newscorpus.model.Span;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads brat {@code .ann} lines over a text into what each line says (text-bound annotations,
 * attributes, relations, coreference, notes, normalisations), by id, before any article is made;
 * every malformed line adds a problem with its line and is otherwise skipped.
 */
final class BratLines {

  private static final Pattern ARGUMENT = Pattern.compile("Arg1:(T\\d+) Arg2:(T\\d+)");
  /** The id of a T, A, R, # or N line: its letter and a number. */
  private static final Pattern ID = Pattern.compile("[TARN#]\\d+");

  /** A text-bound annotation: its line, type and spans (UTF-16, fragments rejoined). */
  record Bound(int line, String type, List<Span> spans) {
    Bound {
      spans = List.copyOf(spans);
    }

    /** Returns the span from the first span's begin to the last one's end. */
    Span extent() {
      return new Span(spans.get(0).begin(), spans.get(spans.size() - 1).end());
    }

    /** Returns whether the type is the name of an {@link EntityType}: the line is a mention. */
    boolean isMention() {
      return Arrays.stream(EntityType.values()).anyMatch(t -> t.name().equals(type));
    }
  }

  /** A free-text AnnotatorNotes line: its line, the T or R line it is on, and its text. */
  record FreeNote(int line, String target, String text) {}

  /** The attributes brat lines may give, and what each applies to. */
  private static final Map<String, Expected> ATTRIBUTES = Map.of(
      "ParagraphKind", Expected.PARAGRAPH, "MentionKind", Expected.MENTION, "QuoteKind", Expected.QUOTE);

  private final BratProblems problems;
  private final BratSpans spans;
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
  /** Every reference made by an A, R, # or N line. */
  private final BratReferences referencesMade = new BratReferences();

  /** Starts reading lines over {@code text}, adding problems to {@code problems}. */
  BratLines(String text, BratProblems problems) {
    this.problems = problems;
    this.spans = new BratSpans(text, problems);
  }

  /** Reads line {@code n}, from 1, unless it is blank; lines come in order. */
  void add(int n, String line) {
    if (!line.isBlank()) {
      line(n, line);
    }
  }

  /** Returns the text-bound annotations by id, in line order; empty when there are none. */
  Map<String, Bound> bounds() {
    return Collections.unmodifiableMap(bounds);
  }

  /** Returns the value the attribute {@code name} has on {@code bound}; empty when not given. */
  Optional<String> attribute(String bound, String name) {
    return Optional.ofNullable(attributes.get(bound)).map(m -> m.get(name));
  }

  /** Returns the speaker mention the Speaker relation of {@code quote} names; empty when none. */
  Optional<String> speaker(String quote) {
    return Optional.ofNullable(speakers.get(quote));
  }

  /** Returns the cue the Cue relation of {@code quote} names; empty when none. */
  Optional<String> cue(String quote) {
    return Optional.ofNullable(cues.get(quote));
  }

  /** Returns the cues that Cue relations name, in no order; empty when there are none. */
  Collection<String> cues() {
    return Collections.unmodifiableCollection(cues.values());
  }

  /** Returns the quote whose Cue relation names the cue {@code t}, which one must. */
  String quoteOfCue(String t) {
    return cues.entrySet().stream().filter(e -> e.getValue().equals(t)).map(Map.Entry::getKey)
        .findFirst().orElseThrow();
  }

  /** Returns the quote relation {@code id} is from; {@code id} itself when it is no relation. */
  String quoteOfRelation(String id) {
    return relationQuotes.getOrDefault(id, id);
  }

  /** Returns the free-text notes, in line order; empty when there are none. */
  List<FreeNote> freeNotes() {
    return List.copyOf(freeNotes);
  }

  /** Returns the Coreference lines and the notes that name entities. */
  BratEntities grouping() {
    return grouping;
  }

  /** Returns the knowledge-base ids (by base) the normalisations of {@code mention} give; empty when none. */
  Map<String, String> references(String mention) {
    return Collections.unmodifiableMap(references.getOrDefault(mention, Map.of()));
  }

  /** Reports each reference to an id no T line defines, or to a T line of the wrong type. */
  void checkReferences() {
    referencesMade.check(bounds, relationQuotes.keySet(), problems);
  }

  private void line(int n, String line) {
    // the id, the data, and the rest: a T line's text, a note, a normalisation's name (which
    // brat's editor writes after two tabs), or nothing (brat's editor ends a relation with a tab)
    String[] fields = line.split("\t", 3);
    char kind = line.charAt(0);
    if ("TARN#".indexOf(kind) >= 0 && !ID.matcher(fields[0]).matches()) {
      problems.add(n, "expected an id of " + kind + " and a number, such as " + kind + "1, found "
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
      default -> problems.add(n, "unsupported annotation \"" + fields[0] + "\"; expected a T, A, R, *, # or N line");
    }
  }

  private boolean fields(int n, String[] fields, int expected) {
    if (fields.length != expected) {
      problems.add(n, "expected " + expected + " tab-separated fields, found " + fields.length);
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
      problems.add(n, "expected 2 tab-separated fields, found 1");
      return false;
    }
    if (fields.length == 3 && !fields[2].isEmpty()) {
      problems.add(n, "expected nothing after " + Messages.excerpt(fields[1]) + ", found "
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
      problems.add(n, "expected \"TYPE begin end\" in the second field, found " + Messages.excerpt(fields[1]));
      return;
    }
    Optional<List<Span>> read = spans.read(n, fields[1].substring(space + 1), fields[2]);
    if (read.isEmpty()) {
      return;
    }
    if (bounds.containsKey(fields[0])) {
      problems.add(n, "id " + fields[0] + " is already used");
      return;
    }
    bounds.put(fields[0], new Bound(n, fields[1].substring(0, space), read.get()));
  }

  private void attribute(int n, String[] fields) {
    if (!dataOnly(n, fields)) {
      return;
    }
    String[] parts = fields[1].split(" ");
    if (parts.length != 3) {
      problems.add(n, "expected \"Name T… VALUE\", found " + Messages.excerpt(fields[1]));
      return;
    }
    Expected target = ATTRIBUTES.get(parts[0]);
    if (target == null) {
      problems.add(n, "unknown attribute " + parts[0] + "; expected one of " + new TreeSet<>(ATTRIBUTES.keySet()));
      return;
    }
    if (attributes.computeIfAbsent(parts[1], k -> new HashMap<>()).put(parts[0], parts[2]) != null) {
      problems.add(n, parts[1] + " has a second " + parts[0] + "; give each attribute once");
      return;
    }
    referencesMade.add(n, parts[0], parts[1], target);
  }

  private void relation(int n, String[] fields) {
    if (!dataOnly(n, fields)) {
      return;
    }
    int space = fields[1].indexOf(' ');
    Matcher m = ARGUMENT.matcher(space < 0 ? "" : fields[1].substring(space + 1));
    if (!m.matches()) {
      problems.add(n, "expected \"Name Arg1:T… Arg2:T…\", found " + Messages.excerpt(fields[1]));
      return;
    }
    String name = fields[1].substring(0, space);
    Map<String, String> relations = switch (name) {
      case "Speaker" -> speakers;
      case "Cue" -> cues;
      default -> null;
    };
    if (relations == null) {
      problems.add(n, "unknown relation " + name + "; expected Speaker or Cue");
      return;
    }
    if (relations.putIfAbsent(m.group(1), m.group(2)) != null) {
      problems.add(n, "quote " + m.group(1) + " has a second " + name + " relation; give each once");
      return;
    }
    relationQuotes.put(fields[0], m.group(1));
    referencesMade.add(n, name + " Arg1", m.group(1), Expected.QUOTE);
    referencesMade.add(n, name + " Arg2", m.group(2),
        name.equals("Cue") ? Expected.CUE : Expected.MENTION);
  }

  private void equivalence(int n, String[] fields) {
    if (!dataOnly(n, fields)) {
      return;
    }
    List<String> parts = List.of(fields[1].split(" "));
    if (!parts.get(0).equals("Coreference") || parts.size() < 3) {
      problems.add(n, "expected \"Coreference T… T…\", found " + Messages.excerpt(fields[1]));
      return;
    }
    grouping.coreference(n, parts.subList(1, parts.size()));
  }

  private void note(int n, String[] fields) {
    if (fields.length < 2) {
      problems.add(n, "expected 2 or 3 tab-separated fields, found 1");
      return;
    }
    String[] target = fields[1].split(" ");
    if (target.length != 2 || !target[0].equals("AnnotatorNotes")) {
      problems.add(n, "expected \"AnnotatorNotes T…\" or \"AnnotatorNotes R…\", found "
          + Messages.excerpt(fields[1]));
      return;
    }
    String text = fields.length == 3 ? fields[2].strip() : "";
    if (!text.startsWith("entity ")) {
      if (!text.isEmpty()) { // brat's editor deletes a note emptied; an empty one says nothing
        freeNotes.add(new FreeNote(n, target[1], text));
        referencesMade.add(n, "AnnotatorNotes", target[1], Expected.ANNOTATION);
      }
      return;
    }
    String[] note = fields[2].split(" ", 3);
    if (note.length != 3 || !note[0].equals("entity")) {
      problems.add(n, "expected \"entity ID NAME\" after \"AnnotatorNotes T…\", found "
          + Messages.excerpt(fields[2]));
      return;
    }
    if (badEscape(n, note[1], note[1])) {
      return;
    }
    String entityId = BratNotes.decodeId(note[1]);
    if (entityId.isBlank() || note[2].isBlank()) {
      problems.add(n, "expected an entity id and name after \"entity\", found "
          + Messages.excerpt(fields[2]));
      return;
    }
    grouping.note(new BratEntities.Note(n, target[1], entityId, note[2]));
    referencesMade.add(n, "AnnotatorNotes", target[1], Expected.MENTION);
  }

  private void normalization(int n, String[] fields) {
    if (fields.length < 2) {
      problems.add(n, "expected 2 or 3 tab-separated fields, found 1");
      return;
    }
    String[] parts = fields[1].split(" ");
    int colon = parts.length == 3 ? parts[2].indexOf(':') : -1;
    if (parts.length != 3 || !parts[0].equals("Reference") || colon <= 0) {
      problems.add(n, "expected \"Reference T… base:id\", found " + Messages.excerpt(fields[1]));
      return;
    }
    if (badEscape(n, parts[2].substring(0, colon), parts[2])
        || badEscape(n, parts[2].substring(colon + 1), parts[2])) {
      return;
    }
    String base = BratNotes.decodeId(parts[2].substring(0, colon));
    String id = BratNotes.decodeId(parts[2].substring(colon + 1));
    if (base.isBlank() || id.isBlank()) {
      problems.add(n, "expected \"Reference T… base:id\" with a base and an id, found "
          + Messages.excerpt(fields[1]));
      return;
    }
    references.computeIfAbsent(parts[1], k -> new HashMap<>()).put(base, id);
    referencesMade.add(n, "Reference", parts[1], Expected.MENTION);
  }

  /** Reports a {@code %} in {@code encoded}, part of {@code field}, that starts no escape. */
  private boolean badEscape(int n, String encoded, String field) {
    Optional<String> bad = BratNotes.badEscape(encoded);
    bad.ifPresent(escape -> problems.add(n, "invalid percent-escape " + Messages.excerpt(escape)
        + " in " + Messages.excerpt(field) + "; expected % and two hex digits, such as %25 for % "
        + "itself"));
    return bad.isPresent();
  }
}
