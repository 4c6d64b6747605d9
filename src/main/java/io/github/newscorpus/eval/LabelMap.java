package io.github.newscorpus.eval;

import io.github.newscorpus.model.EntityType;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Maps the entity labels of a tag set to the {@link EntityType} the gold uses, so that a system
 * that speaks CoNLL-2003 or OntoNotes 5 labels can be scored against the gold.
 *
 * <table>
 *   <caption>The built-in maps</caption>
 *   <tr><th>label</th><th>{@link #CONLL_2003}</th><th>{@link #ONTONOTES_5}</th></tr>
 *   <tr><td>PER / PERSON</td><td>PERSON</td><td>PERSON</td></tr>
 *   <tr><td>ORG</td><td>ORGANIZATION</td><td>ORGANIZATION</td></tr>
 *   <tr><td>LOC</td><td>LOCATION</td><td>LOCATION</td></tr>
 *   <tr><td>GPE</td><td>—</td><td>LOCATION</td></tr>
 *   <tr><td>NORP</td><td>—</td><td>NORP</td></tr>
 *   <tr><td>LAW</td><td>—</td><td>LAW</td></tr>
 *   <tr><td>MISC</td><td>no counterpart</td><td>—</td></tr>
 *   <tr><td>FAC, PRODUCT, EVENT, WORK_OF_ART, LANGUAGE, DATE, TIME, PERCENT, MONEY, QUANTITY,
 *       ORDINAL, CARDINAL</td><td>—</td><td>no counterpart</td></tr>
 * </table>
 *
 * <p>A label with no counterpart names things the gold does not annotate as one type (CoNLL's
 * MISC mixes nationalities, laws, brands, events and works; the gold annotates no dates, numbers,
 * facilities, products, events or languages), so a mention so labelled is left out of scoring:
 * counted neither right nor spurious. The gold's MEDIA and BRAND have no label in either tag set
 * (ORG or MISC there), nor NORP and LAW in CoNLL-2003: a CoNLL tagger's ORG on a news outlet is a
 * type error, and gold NORP, LAW and BRAND names are missed by it; compare such a tagger on the
 * per-type scores of PERSON, ORGANIZATION and LOCATION. A label in no row fails with a message
 * listing the map's labels.
 *
 * <p>Labels are matched after stripping surrounding whitespace, in any case. Immutable and
 * thread-safe.
 */
public final class LabelMap {

  /** The newscorpus type names, {@code PERSON} to {@code UNNAMED_SOURCE}. */
  public static final LabelMap NEWSCORPUS = new LabelMap("newscorpus", Arrays.stream(EntityType.values())
      .collect(Collectors.toMap(EntityType::name, t -> Optional.of(t))));

  /** The CoNLL-2003 labels PER, ORG, LOC and MISC (no counterpart). */
  public static final LabelMap CONLL_2003 = new LabelMap("CoNLL-2003", Map.of(
      "PER", Optional.of(EntityType.PERSON), "ORG", Optional.of(EntityType.ORGANIZATION),
      "LOC", Optional.of(EntityType.LOCATION), "MISC", Optional.empty()));

  /** The 18 OntoNotes 5 labels, 12 of them with no counterpart (see the table). */
  public static final LabelMap ONTONOTES_5 = new LabelMap("OntoNotes 5", ontoNotes());

  /**
   * The newscorpus type names and every label of the CoNLL-2003 and OntoNotes 5 maps (no label
   * means two things in them); what {@link Annotations.Builder#mention(int, int, String)} takes
   * unless told otherwise.
   */
  public static final LabelMap DEFAULT = NEWSCORPUS.and(CONLL_2003).and(ONTONOTES_5).named("default");

  private final String name;
  /** Each label, upper case, in alphabetical order, with its type or empty for no counterpart. */
  private final Map<String, Optional<EntityType>> types;

  private LabelMap(String name, Map<String, Optional<EntityType>> types) {
    this.name = name;
    this.types = new TreeMap<>(types);
  }

  /**
   * Returns a map named {@code name} from each of {@code types}' labels to its type, with the
   * {@code noCounterpart} labels known but left out of scoring; empty arguments make a map that
   * knows no label.
   *
   * @throws IllegalArgumentException when a label is blank, or is in both, or two labels differ
   *     only in case or surrounding whitespace
   */
  public static LabelMap of(String name, Map<String, EntityType> types, Set<String> noCounterpart) {
    Objects.requireNonNull(name, "name must not be null");
    Map<String, Optional<EntityType>> all = new LinkedHashMap<>();
    types.forEach((label, type) -> put(all, label, Optional.of(Objects.requireNonNull(type,
        "type of label \"" + label + "\" must not be null"))));
    noCounterpart.forEach(label -> put(all, label, Optional.empty()));
    return new LabelMap(name, all);
  }

  private static void put(Map<String, Optional<EntityType>> all, String label,
      Optional<EntityType> type) {
    String key = key(Objects.requireNonNull(label, "a label must not be null"));
    if (key.isEmpty()) {
      throw new IllegalArgumentException("a label must not be blank");
    }
    if (all.putIfAbsent(key, type) != null) {
      throw new IllegalArgumentException("label \"" + label + "\" is given twice");
    }
  }

  /** Returns the name of the tag set, such as {@code CoNLL-2003}. */
  public String name() {
    return name;
  }

  /**
   * Returns the type {@code label} names; empty when the label has no counterpart and is left out
   * of scoring.
   *
   * @throws IllegalArgumentException naming the label and the map's labels when the map does not
   *     know it
   */
  public Optional<EntityType> type(String label) {
    Optional<EntityType> type = types.get(key(Objects.requireNonNull(label, "label must not be null")));
    if (type == null) {
      throw new IllegalArgumentException("unknown entity label \"" + label + "\" for " + name
          + " labels; expected one of " + String.join(", ", labels()));
    }
    return type;
  }

  /** Returns every label the map knows, upper case, in alphabetical order. */
  public List<String> labels() {
    return List.copyOf(types.keySet());
  }

  /** Returns the labels that have no counterpart, upper case, in alphabetical order; may be empty. */
  public List<String> withoutCounterpart() {
    return types.entrySet().stream().filter(e -> e.getValue().isEmpty()).map(Map.Entry::getKey)
        .toList();
  }

  /**
   * Returns a map that knows this map's labels and {@code other}'s, named after both.
   *
   * @throws IllegalArgumentException when a label is in both and means two things
   */
  public LabelMap and(LabelMap other) {
    Map<String, Optional<EntityType>> all = new TreeMap<>(types);
    other.types.forEach((label, type) -> {
      Optional<EntityType> mine = all.putIfAbsent(label, type);
      if (mine != null && !mine.equals(type)) {
        throw new IllegalArgumentException("label \"" + label + "\" means " + show(mine) + " in "
            + name + " but " + show(type) + " in " + other.name);
      }
    });
    return new LabelMap(name + " and " + other.name, all);
  }

  private LabelMap named(String newName) {
    return new LabelMap(newName, types);
  }

  private static String show(Optional<EntityType> type) {
    return type.map(EntityType::name).orElse("no counterpart");
  }

  private static String key(String label) {
    return label.strip().toUpperCase(Locale.ROOT);
  }

  private static Map<String, Optional<EntityType>> ontoNotes() {
    Map<String, Optional<EntityType>> m = new LinkedHashMap<>();
    m.put("PERSON", Optional.of(EntityType.PERSON));
    m.put("NORP", Optional.of(EntityType.NORP));
    m.put("ORG", Optional.of(EntityType.ORGANIZATION));
    m.put("GPE", Optional.of(EntityType.LOCATION));
    m.put("LOC", Optional.of(EntityType.LOCATION));
    m.put("LAW", Optional.of(EntityType.LAW));
    for (String none : List.of("FAC", "PRODUCT", "EVENT", "WORK_OF_ART", "LANGUAGE", "DATE", "TIME",
        "PERCENT", "MONEY", "QUANTITY", "ORDINAL", "CARDINAL")) {
      m.put(none, Optional.empty());
    }
    return m;
  }

  /** Returns the name and the number of labels, such as {@code LabelMap[CoNLL-2003, 4 labels]}. */
  @Override
  public String toString() {
    return "LabelMap[" + name + ", " + types.size() + " labels]";
  }
}
