package io.github.newscorpus.bench;

import io.github.newscorpus.Corpus;
import io.github.newscorpus.model.Article;
import java.io.IOException;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Streams one corpus file and prints its article and mention counts; run in a small heap. */
public final class StreamChild {

  private StreamChild() {}

  public static void main(String[] args) throws IOException {
    long[] counts = {0, 0};
    try (Stream<Article> stream = Corpus.stream(Path.of(args[0]))) {
      stream.forEach(a -> {
        counts[0]++;
        counts[1] += a.mentions().size();
      });
    }
    System.out.println("articles " + counts[0] + ", mentions " + counts[1]);
  }
}
