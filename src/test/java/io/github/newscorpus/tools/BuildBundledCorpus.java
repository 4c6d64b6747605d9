package io.github.newscorpus.tools;

import io.github.newscorpus.Corpus;
import io.github.newscorpus.model.Article;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Rebuilds {@code corpus/newscorpus.json} from the annotation sheets in {@code corpus/annotation/}:
 * each {@code <id>.sheet} annotates the text {@code corpus/<id>.txt}. Run it from the project
 * root with {@code mvn -q test-compile exec:java@annotate}; {@code BundledCorpusTest} fails
 * whenever the checked-in JSON differs from what the sheets compile to.
 */
public final class BuildBundledCorpus {

  static final Path CORPUS_DIR = Path.of("corpus");
  static final Path CORPUS_FILE = CORPUS_DIR.resolve("newscorpus.json");

  private BuildBundledCorpus() {}

  /** Compiles every sheet under {@code corpusDir}, in file-name order. */
  static Corpus compile(Path corpusDir) throws IOException {
    List<Path> sheets;
    try (Stream<Path> files = Files.list(corpusDir.resolve("annotation"))) {
      sheets = files.filter(p -> p.getFileName().toString().endsWith(".sheet")).sorted().toList();
    }
    List<Article> articles = new ArrayList<>();
    for (Path sheet : sheets) {
      String name = sheet.getFileName().toString();
      String id = name.substring(0, name.length() - ".sheet".length());
      String text = Files.readString(corpusDir.resolve(id + ".txt"), StandardCharsets.UTF_8);
      try {
        articles.add(AnnotationSheet.compile(Files.readString(sheet, StandardCharsets.UTF_8), text));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(sheet + ": " + e.getMessage(), e);
      }
    }
    return Corpus.of(articles);
  }

  /** Writes the compiled corpus to {@code corpus/newscorpus.json} and prints its size. */
  public static void main(String[] args) throws IOException {
    Corpus corpus = compile(CORPUS_DIR);
    corpus.write(CORPUS_FILE);
    System.out.println("wrote " + CORPUS_FILE + ": " + corpus);
  }
}
