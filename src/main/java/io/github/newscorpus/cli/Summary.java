package io.github.newscorpus.cli;

import io.github.newscorpus.Corpus;
import io.github.newscorpus.model.Article;
import io.github.newscorpus.model.Entity;
import io.github.newscorpus.model.Fact;
import io.github.newscorpus.model.Metadata;
import io.github.newscorpus.model.Quote;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Prints a readable summary of each article of a corpus: headline, publication metadata, the size
 * of each layer, and every speaker with their quotes (speakers by number of quotes, ties in the
 * order of their first quote). It is what the command line's {@code summary} command prints, and
 * its default: {@code mvn -q compile exec:java} prints it for the bundled corpus. A quote's
 * segments are shown joined by " … ".
 */
public final class Summary {

  private static final int QUOTE_WIDTH = 90;

  private Summary() {}

  /** Prints the summary of the bundled corpus to standard output, in UTF-8. */
  public static void main(String[] args) {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    out.print(render(Corpus.bundled()));
  }

  /** Returns the summary of every article of {@code corpus}, in corpus order; "" when it is empty. */
  public static String render(Corpus corpus) {
    return corpus.articles().stream().map(Summary::render).collect(Collectors.joining("\n"));
  }

  static String render(Article a) {
    StringBuilder s = new StringBuilder();
    s.append(a.headline().isEmpty() ? "(no headline)" : a.headline()).append('\n');
    s.append("=".repeat(Math.min(a.headline().length(), 80))).append('\n');
    metadata(a.metadata(), s);
    s.append('\n').append(a.id()).append(": ").append(a.text().length()).append(" characters\n");
    s.append(layer("paragraphs", a.paragraphs(), p -> p.kind().name()));
    s.append(layer("sentences", a.sentences(), x -> ""));
    s.append(layer("entities", a.entities(), e -> e.type().name()));
    s.append(layer("mentions", a.mentions(), m -> m.kind().name()));
    s.append(layer("quotes", a.quotes(), q -> q.kind().name()));
    s.append("\nSpeakers, by number of quotes\n");
    Map<Optional<Entity>, List<Quote>> bySpeaker = a.quotes().stream()
        .collect(Collectors.groupingBy(Quote::speaker, LinkedHashMap::new, Collectors.toList()));
    bySpeaker.entrySet().stream()
        .sorted(Comparator.comparing((Map.Entry<Optional<Entity>, List<Quote>> e) -> -e.getValue().size()))
        .forEach(e -> speaker(a, e.getKey(), e.getValue(), s));
    return s.toString();
  }

  private static void metadata(Metadata m, StringBuilder s) {
    m.publisher().ifPresent(f -> s.append("Publisher: ").append(fact(f)).append('\n'));
    m.published().ifPresent(f -> s.append("Published: ").append(fact(f)).append('\n'));
    m.updated().forEach(f -> s.append("Updated:   ").append(fact(f)).append('\n'));
    m.contributors().forEach(f -> s.append("Contributor: ").append(fact(f)).append('\n'));
    m.credits().forEach(f -> s.append("Photo credit: ").append(fact(f)).append('\n'));
  }

  private static String fact(Fact f) {
    return f.value() + (f.isInferred() ? " (inferred)" : "");
  }

  /** Returns "  54 paragraphs: 42 BODY, 4 RELATED, …": kinds by count, largest first, ties by name. */
  private static <T> String layer(String name, Collection<T> items, Function<T, String> kind) {
    Map<String, Long> counts = items.stream().map(kind).filter(k -> !k.isEmpty())
        .collect(Collectors.groupingBy(Function.identity(), LinkedHashMap::new, Collectors.counting()));
    String breakdown = counts.entrySet().stream()
        .sorted(Map.Entry.<String, Long>comparingByValue().reversed()
            .thenComparing(Map.Entry.comparingByKey()))
        .map(e -> e.getValue() + " " + e.getKey())
        .collect(Collectors.joining(", "));
    return String.format("  %4d %s%s%n", items.size(), name, breakdown.isEmpty() ? "" : ": " + breakdown);
  }

  private static void speaker(Article a, Optional<Entity> speaker, List<Quote> quotes, StringBuilder s) {
    s.append("  ").append(speaker.map(e -> e.name() + " (" + e.type() + e.role().map(r -> ", " + r)
        .orElse("") + ")").orElse("(no speaker given)"));
    s.append(": ").append(quotes.size()).append(quotes.size() == 1 ? " quote\n" : " quotes\n");
    for (Quote q : quotes) {
      String cue = q.cue().map(c -> " [" + a.text(c) + "]").orElse("");
      String content = q.segments().stream().map(a::text).collect(Collectors.joining(" … "));
      String line = String.format("%-8s %s%s", q.kind(), "“" + content + "”", cue);
      s.append("    ").append(wrap(line, QUOTE_WIDTH, "\n             ")).append('\n');
    }
  }

  /**
   * Returns {@code line} broken at spaces into lines of at most {@code width} characters (a
   * longer word is broken where the width ends), joined by {@code newLine}; the spaces at a
   * break are dropped. Not WordUtils.wrap: from Commons Text 1.14 it needs Commons Lang 3.18.
   */
  static String wrap(String line, int width, String newLine) {
    StringBuilder out = new StringBuilder();
    int start = 0;
    while (line.length() - start > width) {
      int space = line.lastIndexOf(' ', start + width);
      int end = space > start ? space : start + width;
      while (line.charAt(end - 1) == ' ') {
        end--;
      }
      out.append(line, start, end).append(newLine);
      start = end;
      while (start < line.length() && line.charAt(start) == ' ') {
        start++;
      }
    }
    return out.append(line, start, line.length()).toString();
  }
}
