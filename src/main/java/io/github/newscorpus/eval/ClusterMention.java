package io.github.newscorpus.eval;

import io.github.newscorpus.internal.Show;
import io.github.newscorpus.model.Span;
import java.util.Objects;

/**
 * Holds one mention a coreference system found and the cluster it put it in.
 *
 * @param span where, in UTF-16 indices; never empty
 * @param cluster the system's name for the cluster, such as {@code c1}; never blank
 */
public record ClusterMention(Span span, String cluster) {

  /** Checks that the span is not empty and the cluster not blank. */
  public ClusterMention {
    Objects.requireNonNull(span, "span must not be null");
    Objects.requireNonNull(cluster, "cluster must not be null");
    if (span.isEmpty()) {
      throw new IllegalArgumentException("a mention must cover some text; " + span + " is empty");
    }
    if (cluster.isBlank()) {
      throw new IllegalArgumentException("the cluster of mention " + span + " must not be blank");
    }
  }

  /** Returns {@code ClusterMention[7436..7442 in c1]}. */
  @Override
  public String toString() {
    return "ClusterMention[" + Show.range(span.begin(), span.end()) + " in " + Show.id(cluster)
        + "]";
  }
}
