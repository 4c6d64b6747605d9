package io.github.newscorpus.model;

import io.github.newscorpus.internal.Show;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Holds what an article says, or lets one infer, about its own publication. The headline,
 * captions, related headlines and notes are paragraphs of the article; this record holds the
 * values derived from them and from outside knowledge, each with its provenance.
 *
 * @param publisher who published the article
 * @param published when it was first published, as an ISO-8601 local date-time
 * @param updated when it was updated, as ISO-8601 local date-times, in the order the text lists them
 * @param contributors the people credited for the article other than its author
 * @param credits the photo credits
 */
public record Metadata(
    Optional<Fact> publisher,
    Optional<Fact> published,
    List<Fact> updated,
    List<Fact> contributors,
    List<Fact> credits) {

  /** Metadata with no values at all. */
  public static final Metadata EMPTY =
      new Metadata(Optional.empty(), Optional.empty(), List.of(), List.of(), List.of());

  /** Checks that no component is null and copies the lists. */
  public Metadata {
    Checks.notNull(publisher, "publisher");
    Checks.notNull(published, "published");
    updated = List.copyOf(updated);
    contributors = List.copyOf(contributors);
    credits = List.copyOf(credits);
  }

  /**
   * Returns the publisher, the publication time and how many updates, contributors and credits
   * there are, leaving out what is empty, such as
   * {@code Metadata[publisher "Los Angeles Times", published "2017-02-22T03:00", 2 updated]};
   * {@code Metadata[]} for {@link #EMPTY}.
   */
  @Override
  public String toString() {
    List<String> parts = new ArrayList<>();
    publisher.ifPresent(f -> parts.add("publisher " + Show.brief(f.value(), 30)));
    published.ifPresent(f -> parts.add("published " + Show.brief(f.value(), 30)));
    if (!updated.isEmpty()) {
      parts.add(updated.size() + " updated");
    }
    if (!contributors.isEmpty()) {
      parts.add(Show.count(contributors.size(), "contributor"));
    }
    if (!credits.isEmpty()) {
      parts.add(Show.count(credits.size(), "credit"));
    }
    return "Metadata[" + String.join(", ", parts) + "]";
  }
}
