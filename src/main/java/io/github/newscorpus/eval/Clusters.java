package io.github.newscorpus.eval;

import io.github.newscorpus.CorpusFormatException;
import io.github.newscorpus.FormatProblem;
import io.github.newscorpus.internal.CodePoints;
import io.github.newscorpus.internal.InputFiles;
import io.github.newscorpus.internal.Show;
import io.github.newscorpus.model.Span;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;

/**
 * Holds a coreference system's output for one text: mentions, each with the id of the cluster the
 * system put it in. Build it in code, in UTF-16 indices as Java counts:
 *
 * <pre>{@code
 * Clusters predicted = Clusters.of(story.text())
 *     .mention(7436, 7442, "c1").mention(7716, 7718, "c1")
 *     .build();
 * }</pre>
 *
 * <p>or read it from a file, one mention a line, {@code begin<TAB>end<TAB>cluster}, with offsets
 * in Unicode code points as in the newscorpus JSON format (and Python), half-open; blank lines
 * and lines that start with {@code #} are skipped:
 *
 * <pre>
 * # begin  end  cluster
 * 7436	7442	c1
 * 7716	7718	c1
 * </pre>
 *
 * <p>Mentions keep the order given. A span given more than once counts once, as the reference
 * CoNLL-2012 scorer counts it; see {@link Evaluation#coreference}. Immutable; the builder is not
 * thread-safe.
 *
 * @param text the text the spans index into
 * @param mentions the mentions, in the order given
 */
public record Clusters(String text, List<ClusterMention> mentions) {

  /** Checks that every span lies inside the text and copies the mentions. */
  public Clusters {
    Objects.requireNonNull(text, "text must not be null");
    mentions = List.copyOf(mentions);
    mentions.forEach(m -> Annotations.inside(m.span(), text));
  }

  /** Returns a builder of clusters for {@code text}, which the spans will index into. */
  public static Builder of(String text) {
    return new Builder(text);
  }

  /**
   * Reads clusters of {@code text} from a UTF-8 file in the format above; an empty file gives no
   * mentions.
   *
   * @throws CorpusFormatException naming every bad line (file, line, column) and what was expected
   */
  public static Clusters read(Path file, String text) throws IOException {
    try (InputStream in = InputFiles.open(file)) {
      // strict decoding, as Files.readString: malformed UTF-8 is an error, not U+FFFD
      String content = StandardCharsets.UTF_8.newDecoder()
          .decode(ByteBuffer.wrap(in.readAllBytes())).toString();
      return parse(content, file.toString(), text);
    }
  }

  /**
   * Reads clusters of {@code text} from {@code content} in the format above, naming the input
   * {@code source} in problems; empty content gives no mentions.
   *
   * @throws CorpusFormatException naming every bad line (source, line, column) and what was expected
   */
  public static Clusters parse(String content, String source, String text)
      throws CorpusFormatException {
    Objects.requireNonNull(content, "content must not be null");
    Objects.requireNonNull(source, "source must not be null");
    Objects.requireNonNull(text, "text must not be null");
    CodePoints points = new CodePoints(text);
    List<FormatProblem> problems = new ArrayList<>();
    List<ClusterMention> mentions = new ArrayList<>();
    String[] lines = content.split("\r\n|\r|\n", -1);
    for (int n = 0; n < lines.length; n++) {
      String line = lines[n];
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] fields = line.split("\t", -1);
      if (fields.length != 3) {
        problems.add(new FormatProblem(source, n + 1, 1, "", "expected 3 tab-separated fields, "
            + "begin, end and cluster, but found " + fields.length));
        continue;
      }
      int endColumn = fields[0].codePointCount(0, fields[0].length()) + 2;
      int clusterColumn = endColumn + fields[1].codePointCount(0, fields[1].length()) + 1;
      int begin = offset(fields[0], "begin", source, n + 1, 1, points.count(), problems);
      int end = offset(fields[1], "end", source, n + 1, endColumn, points.count(), problems);
      if (fields[2].isBlank()) {
        problems.add(new FormatProblem(source, n + 1, clusterColumn, "",
            "the cluster must not be blank"));
      }
      if (begin < 0 || end < 0 || fields[2].isBlank()) {
        continue;
      }
      if (end <= begin) {
        problems.add(new FormatProblem(source, n + 1, endColumn, "", "end (" + end
            + ") must be greater than begin (" + begin + ")"));
        continue;
      }
      mentions.add(new ClusterMention(new Span(points.toUtf16(begin), points.toUtf16(end)),
          fields[2]));
    }
    if (!problems.isEmpty()) {
      throw new CorpusFormatException(source, problems);
    }
    return new Clusters(text, mentions);
  }

  private static int offset(String field, String name, String source, int line, int column,
      int length, List<FormatProblem> problems) {
    int value;
    try {
      value = Integer.parseInt(field);
    } catch (NumberFormatException e) {
      problems.add(new FormatProblem(source, line, column, "", name
          + " must be a whole number of code points, not \"" + field + "\""));
      return -1;
    }
    if (value < 0 || value > length) {
      problems.add(new FormatProblem(source, line, column, "", name + " (" + value
          + ") must lie in the text, from 0 to its length (" + length + " code points)"));
      return -1;
    }
    return value;
  }

  /** Returns the cluster ids, in order of their first mention given; empty for no mentions. */
  public List<String> clusterIds() {
    LinkedHashSet<String> ids = new LinkedHashSet<>();
    mentions.forEach(m -> ids.add(m.cluster()));
    return List.copyOf(ids);
  }

  /** Returns the number of mentions and clusters, never the text: {@code Clusters[12 mentions, 3 clusters]}. */
  @Override
  public String toString() {
    return "Clusters[" + Show.count(mentions.size(), "mention") + ", "
        + Show.count(clusterIds().size(), "cluster") + "]";
  }

  /** Collects mentions; {@link #build()} checks them. Not thread-safe. */
  public static final class Builder {
    private final String text;
    private final List<ClusterMention> mentions = new ArrayList<>();

    private Builder(String text) {
      this.text = Objects.requireNonNull(text, "text must not be null");
    }

    /**
     * Adds a mention at {@code [begin, end)}, UTF-16 indices, to cluster {@code cluster}.
     *
     * @throws IllegalArgumentException when the span is empty or the cluster blank
     */
    public Builder mention(int begin, int end, String cluster) {
      mentions.add(new ClusterMention(new Span(begin, end), cluster));
      return this;
    }

    /**
     * Returns the clusters.
     *
     * @throws IllegalArgumentException when a span lies outside the text
     */
    public Clusters build() {
      return new Clusters(text, mentions);
    }
  }
}
