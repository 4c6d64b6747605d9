package io.github.newscorpus.export;

import io.github.newscorpus.internal.DisjointSets;
import io.github.newscorpus.internal.Messages;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Groups the mentions of a brat file into entities by its {@code Coreference} lines and names
 * each by the {@code AnnotatorNotes} on its mentions, which must agree.
 */
final class BratEntities {

  /** An {@code AnnotatorNotes} line: its line, the mention it is on, and its entity's id and name. */
  record Note(int line, String mention, String entity, String name) {

    boolean agrees(Note other) {
      return entity.equals(other.entity) && name.equals(other.name);
    }
  }

  /** One entity: its mentions in text order, and the first note on them by line, if any. */
  record Group(List<String> mentions, Optional<Note> note) {
    Group {
      mentions = List.copyOf(mentions);
    }
  }

  /** Takes a problem's line and message. */
  @FunctionalInterface
  interface Problems {
    void add(int line, String message);
  }

  /** Each Coreference line: its line number, then its members. */
  private final Map<Integer, List<String>> coreference = new LinkedHashMap<>();
  /** The notes on each mention, in line order. */
  private final Map<String, List<Note>> notes = new HashMap<>();

  void coreference(int line, List<String> members) {
    coreference.put(line, members);
  }

  void note(Note note) {
    notes.computeIfAbsent(note.mention(), k -> new ArrayList<>()).add(note);
  }

  /**
   * Returns the entities of {@code mentions} (ids in text order), in the order of their first
   * mentions; reports each Coreference line that names something else and each note that
   * disagrees with the first on its entity.
   */
  List<Group> groups(List<String> mentions, Problems problems) {
    Map<String, Integer> index = new HashMap<>();
    mentions.forEach(t -> index.put(t, index.size()));
    DisjointSets chains = new DisjointSets(mentions.size());
    for (Map.Entry<Integer, List<String>> line : coreference.entrySet()) {
      List<String> members = line.getValue();
      if (!index.keySet().containsAll(members)) {
        problems.add(line.getKey(), "Coreference names " + members.stream()
            .filter(m -> !index.containsKey(m)).collect(Collectors.joining(", "))
            + ", which must be mentions");
        continue;
      }
      for (String m : members) {
        chains.union(index.get(m), index.get(members.get(0)));
      }
    }
    Map<Integer, List<String>> members = new LinkedHashMap<>();
    mentions.forEach(t -> members.computeIfAbsent(chains.find(index.get(t)), k -> new ArrayList<>())
        .add(t));
    return members.values().stream().map(ts -> new Group(ts, note(ts, problems))).toList();
  }

  /** Returns the first note, by line, on the mentions {@code ts}, reporting each that disagrees. */
  private Optional<Note> note(List<String> ts, Problems problems) {
    List<Note> all = ts.stream().flatMap(t -> notes.getOrDefault(t, List.of()).stream())
        .sorted(Comparator.comparingInt(Note::line)).toList();
    for (Note other : all.isEmpty() ? all : all.subList(1, all.size())) {
      Note first = all.get(0);
      if (!other.agrees(first)) {
        problems.add(other.line(), "note on " + other.mention() + " says entity "
            + Messages.excerpt(other.entity()) + " named " + Messages.excerpt(other.name())
            + ", but the note on line " + first.line() + ", on " + first.mention()
            + " of the same entity, says " + Messages.excerpt(first.entity()) + " named "
            + Messages.excerpt(first.name()) + "; the notes on one entity's mentions must agree");
      }
    }
    return all.stream().findFirst();
  }
}
