package io.github.newscorpus.bench;

import io.github.newscorpus.Corpus;
import io.github.newscorpus.testing.CorpusGenerator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes, once, generated JSON Lines corpora under target/bench/ (seed 7), and reuses them. */
final class GeneratedCorpora {

  static final Path DIRECTORY = Path.of("target", "bench");
  static final long SEED = 7;

  private GeneratedCorpora() {}

  static synchronized Path jsonLines(int articles) throws IOException {
    Path file = DIRECTORY.resolve("generated-" + articles + ".jsonl");
    if (!Files.exists(file)) {
      Files.createDirectories(DIRECTORY);
      Corpus.writeLines(file, CorpusGenerator.generate(SEED, articles));
    }
    return file;
  }
}
