package io.github.newscorpus.export;

import io.github.newscorpus.export.BratLines.Bound;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Collects the references that brat's A, R, # and N lines make to other lines by id, and checks
 * them once every line is read: each must name a line that exists and is of the kind it needs.
 */
final class BratReferences {

  /** Names what a reference must name. */
  enum Expected {
    MENTION("a mention (a T line of an entity type)"), PARAGRAPH("a Paragraph"),
    QUOTE("a Quote"), CUE("a Cue"), ANNOTATION("a T or R line");

    private final String description;

    Expected(String description) {
      this.description = description;
    }
  }

  /**
   * A line's reference to a text-bound annotation: where it is, what refers
   * ({@code "Cue Arg2"}), the id it names, and what it must name.
   */
  private record Reference(int line, String role, String target, Expected expected) {}

  /** Every reference made, in line order. */
  private final List<Reference> made = new ArrayList<>();

  /** Adds the reference that {@code role} on line {@code line} makes to {@code target}. */
  void add(int line, String role, String target, Expected expected) {
    made.add(new Reference(line, role, target, expected));
  }

  /**
   * Adds to {@code problems}, in line order, each reference to an id that neither a T line of
   * {@code bounds} nor (where an R line will do) one of {@code relations} defines, or to a T line
   * of the wrong type.
   */
  void check(Map<String, Bound> bounds, Set<String> relations, BratProblems problems) {
    for (Reference r : made) {
      Bound b = bounds.get(r.target());
      boolean fits = switch (r.expected()) {
        case MENTION -> b != null && b.isMention();
        case PARAGRAPH -> b != null && b.type().equals("Paragraph");
        case QUOTE -> b != null && b.type().equals("Quote");
        case CUE -> b != null && b.type().equals("Cue");
        case ANNOTATION -> b != null || relations.contains(r.target());
      };
      if (!fits) {
        problems.add(r.line(), r.role() + " names " + r.target() + ", which "
            + (b == null ? "no T" + (r.expected() == Expected.ANNOTATION ? " or R" : "")
                + " line defines" : "is a " + b.type()) + "; expected "
            + r.expected().description);
      }
    }
  }
}
