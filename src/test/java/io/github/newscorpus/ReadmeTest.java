package io.github.newscorpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Checks that every Java snippet of the README is in the README consumer ({@code src/it/readme}),
 * which the build compiles and runs against the installed jar: its imports among the consumer's,
 * and its other lines, in order and together, in one of its files (indentation aside).
 */
class ReadmeTest {

  private static final Path README = Path.of("README.md");
  private static final Path CONSUMER = Path.of("src/it/readme/src/test/java");

  /** A fenced {@code java} block of the README, with the line its first line is on. */
  record Snippet(int line, List<String> lines) {}

  /** Returns the README's {@code ```java} blocks, in order. */
  static List<Snippet> snippets(List<String> markdown) {
    List<Snippet> found = new ArrayList<>();
    for (int i = 0; i < markdown.size(); i++) {
      if (markdown.get(i).strip().equals("```java")) {
        int first = i + 1;
        int end = first;
        while (end < markdown.size() && !markdown.get(end).strip().equals("```")) {
          end++;
        }
        found.add(new Snippet(first + 1, List.copyOf(markdown.subList(first, end))));
        i = end;
      }
    }
    return found;
  }

  /**
   * Returns what of {@code snippet} the consumer lacks: each import not among its imports, and
   * the first other line when those lines are not, in order and together, in one of its files.
   */
  static List<String> missing(Snippet snippet, List<List<String>> files) {
    Set<String> imports = new HashSet<>();
    files.forEach(f -> f.stream().filter(l -> l.startsWith("import ")).forEach(imports::add));
    List<String> lacking = new ArrayList<>();
    List<String> body = new ArrayList<>();
    for (String line : snippet.lines()) {
      String code = line.strip();
      if (code.startsWith("import ")) {
        if (!imports.contains(code)) {
          lacking.add(code);
        }
      } else if (!code.isEmpty()) {
        body.add(code);
      }
    }
    if (!body.isEmpty() && files.stream().noneMatch(f -> Collections.indexOfSubList(f, body) >= 0)) {
      lacking.add("the lines from \"" + body.get(0) + "\"");
    }
    return lacking;
  }

  private static List<String> code(Path file) {
    try {
      return Files.readAllLines(file, StandardCharsets.UTF_8).stream().map(String::strip)
          .filter(l -> !l.isEmpty()).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void everyJavaSnippetOfTheReadmeRunsInTheReadmeConsumer() throws IOException {
    List<Snippet> snippets = snippets(Files.readAllLines(README, StandardCharsets.UTF_8));
    List<List<String>> files;
    try (Stream<Path> paths = Files.walk(CONSUMER)) {
      files = paths.filter(p -> p.toString().endsWith(".java")).sorted().map(ReadmeTest::code)
          .toList();
    }
    assertTrue(snippets.size() >= 10, "the README's Java snippets: " + snippets.size());
    List<String> problems = new ArrayList<>();
    for (Snippet s : snippets) {
      for (String what : missing(s, files)) {
        problems.add("README.md:" + s.line() + ": " + what + " is not in " + CONSUMER);
      }
    }
    assertEquals(List.of(), problems, "copy each snippet verbatim into the README consumer");
  }

  @Test
  void findsFencedJavaBlocksWithTheirLines() {
    List<String> markdown = List.of("# T", "```java", "int a = 1;", "```", "text", "```json",
        "{}", "```", "```java", "import x.Y;", "", "Y.go();", "```");
    assertEquals(List.of(new Snippet(3, List.of("int a = 1;")),
        new Snippet(10, List.of("import x.Y;", "", "Y.go();"))), snippets(markdown));
  }

  @Test
  void namesTheImportsAndTheLinesTheConsumerLacks() {
    Snippet s = new Snippet(10, List.of("import x.Y;", "import x.Z;", "", "  Y.go();", "Z.stop();"));
    List<List<String>> consumer = List.of(List.of("import x.Y;", "class C {", "void m() {",
        "Y.go();", "// between", "Z.stop();", "}", "}"));
    assertEquals(List.of("import x.Z;", "the lines from \"Y.go();\""), missing(s, consumer));
    List<List<String>> together = List.of(List.of("import x.Y;", "import x.Z;", "Y.go();",
        "Z.stop();"));
    assertEquals(List.of(), missing(s, together));
  }
}
