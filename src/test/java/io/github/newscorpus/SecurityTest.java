package io.github.newscorpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.newscorpus.export.Brat;
import io.github.newscorpus.model.Article;
import io.github.newscorpus.model.Entity;
import io.github.newscorpus.model.EntityType;
import io.github.newscorpus.model.Mention;
import io.github.newscorpus.model.MentionKind;
import io.github.newscorpus.model.Span;
import io.github.newscorpus.testing.FuzzSeeds;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Map.Entry;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Checks the library's defences: no polymorphic type handling anywhere (Jackson's databind,
 * which has it, is not among the runtime dependencies, and a type-naming "gadget" field is an
 * unknown field like any other), every output escapes what its format needs, and a directory
 * corpus reads nothing through a symbolic link.
 */
class SecurityTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  @TempDir
  Path dir;

  private static Path mainClasses() throws Exception {
    return Path.of(Corpus.class.getProtectionDomain().getCodeSource().getLocation().toURI());
  }

  /** Returns the module names the library requires at run time, transitively, JDK left out. */
  private static Map<String, Path> runtimeModules() throws Exception {
    Map<String, Path> jars = new HashMap<>();
    Map<String, ModuleDescriptor> descriptors = new HashMap<>();
    for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
      Path path = Path.of(entry);
      if (entry.endsWith(".jar") && Files.isRegularFile(path)) {
        try {
          for (ModuleReference m : ModuleFinder.of(path).findAll()) {
            jars.put(m.descriptor().name(), path);
            descriptors.put(m.descriptor().name(), m.descriptor());
          }
        } catch (java.lang.module.FindException e) {
          // a jar no module can be made of (spark-sql_2.13 in the spark profile): none the
          // library requires
        }
      }
    }
    ModuleDescriptor library;
    try (InputStream in = Files.newInputStream(mainClasses().resolve("module-info.class"))) {
      library = ModuleDescriptor.read(in);
    }
    Map<String, Path> closure = new HashMap<>();
    Deque<ModuleDescriptor> todo = new ArrayDeque<>(List.of(library));
    while (!todo.isEmpty()) {
      for (ModuleDescriptor.Requires r : todo.pop().requires()) {
        boolean optional = r.modifiers().contains(ModuleDescriptor.Requires.Modifier.STATIC);
        if (!optional && !r.name().startsWith("java.") && !r.name().startsWith("jdk.")
            && closure.put(r.name(), jars.get(r.name())) == null) {
          todo.push(descriptors.get(r.name()));
        }
      }
    }
    return closure;
  }

  @Test
  void noJacksonDatabindIsReachableFromTheLibrarysRuntimeDependencies() throws Exception {
    Map<String, Path> runtime = runtimeModules();
    assertEquals(Set.of("com.fasterxml.jackson.core", "org.apache.commons.text",
        "org.apache.commons.lang3"), runtime.keySet());
    List<URL> urls = new ArrayList<>(List.of(mainClasses().toUri().toURL()));
    for (Path jar : runtime.values()) {
      urls.add(jar.toUri().toURL());
    }
    try (URLClassLoader alone = new URLClassLoader(urls.toArray(URL[]::new),
        ClassLoader.getPlatformClassLoader())) {
      assertThrows(ClassNotFoundException.class,
          () -> Class.forName("com.fasterxml.jackson.databind.ObjectMapper", false, alone));
      Object bundled = Class.forName(Corpus.class.getName(), true, alone).getMethod("bundled")
          .invoke(null);
      assertEquals(Corpus.bundled().toString(), bundled.toString(), "the library runs without it");
    }
  }

  @Test
  void noMainClassRefersToJacksonDatabind() throws Exception {
    List<Path> referring;
    try (Stream<Path> classes = Files.walk(mainClasses())) {
      referring = classes.filter(p -> p.toString().endsWith(".class")).filter(p -> {
        try {
          return new String(Files.readAllBytes(p), StandardCharsets.ISO_8859_1)
              .contains("com/fasterxml/jackson/databind");
        } catch (IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
      }).toList();
    }
    assertEquals(List.of(), referring);
  }

  /** Returns every object of the tree, with its JSON pointer. */
  private static Map<String, ObjectNode> objects(JsonNode node, String pointer,
      Map<String, ObjectNode> into) {
    if (node instanceof ObjectNode o) {
      into.put(pointer, o);
      for (Entry<String, JsonNode> field : o.properties()) {
        objects(field.getValue(), pointer + "/" + field.getKey(), into);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        objects(node.get(i), pointer + "/" + i, into);
      }
    }
    return into;
  }

  /**
   * Puts {@code "@class": "java.lang.ProcessBuilder"} (and {@code "@type"}) into every object of
   * a corpus that uses every field of the format, one object at a time: each is an unknown field
   * at its place, never a type to make. The one object whose field names are free, an entity's
   * {@code externalIds}, takes it as what it is there: a knowledge base named "@class", a string.
   */
  @Test
  void aGadgetFieldInAnyObjectIsAnUnknownField() throws IOException {
    JsonNode seed = MAPPER.readTree(FuzzSeeds.bytes(Corpus.of(List.of(FuzzSeeds.edge()))));
    Map<String, ObjectNode> all = objects(seed, "", new java.util.LinkedHashMap<>());
    // the root, the article, its metadata with 6 facts and evidences, 3 paragraphs, 3 sentences,
    // 2 entities and an externalIds, 5 mentions, 2 quotes with 3 segments and a cue, and tokens
    assertTrue(all.size() > 29 + 10, "every object of the seed: " + all.size());
    int refused = 0;
    for (String pointer : all.keySet()) {
      for (String gadget : List.of("@class", "@type")) {
        JsonNode copy = seed.deepCopy();
        ((ObjectNode) copy.at(pointer)).put(gadget, "java.lang.ProcessBuilder");
        Path file = Files.write(dir.resolve("gadget.json"), MAPPER.writeValueAsBytes(copy));
        if (pointer.endsWith("/externalIds")) {
          Entity zoe = Corpus.read(file).articles().get(0).expectEntity("e-zoe");
          assertEquals("java.lang.ProcessBuilder", zoe.externalIds().get(gadget));
          continue;
        }
        CorpusFormatException e = assertThrows(CorpusFormatException.class, () -> Corpus.read(file));
        assertEquals(1, e.problems().size(), e.getMessage());
        String problem = e.problems().get(0).toString();
        assertTrue(problem.contains(": " + pointer + "/" + gadget + ": unknown field \"" + gadget
            + "\"; expected one of ["), problem);
        refused++;
      }
    }
    assertEquals(2 * (all.size() - 1), refused, "all but externalIds");
  }

  @Test
  void aTypeWrapperArrayWhereAnArticleShouldBeIsNotAnObject() throws IOException {
    Path json = Files.writeString(dir.resolve("w.json"), "{\"format\": \"newscorpus/1\", "
        + "\"articles\": [[\"java.lang.Runtime\", {\"id\": \"a\", \"text\": \"A\"}]]}");
    Path lines = Files.writeString(dir.resolve("w.jsonl"), "{\"format\":\"newscorpus/1\"}\n"
        + "[\"java.lang.Runtime\", {\"id\": \"a\", \"text\": \"A\"}]\n");
    CorpusFormatException e = assertThrows(CorpusFormatException.class, () -> Corpus.read(json));
    assertEquals(List.of(json + ":1:41: /articles/0: expected an object, found array"), messages(e));
    e = assertThrows(CorpusFormatException.class, () -> Corpus.read(lines));
    assertEquals(List.of(lines + ":2:1: expected an object, found array"), messages(e));
  }

  /** Strings with quotes, backslashes, control characters and line separators, in every field. */
  private static final String HOSTILE = "\"quoted\" \\back\\ \u0000nul \u001Funit \t\r\n"
      + "\u2028line \u2029para \u0085nel </script><!-- ";

  private static Article hostile() {
    String text = "Ann " + HOSTILE + " end";
    Entity ann = Entity.of("e \"ann\"\t\n", "Ann " + HOSTILE, EntityType.PERSON)
        .withAliases(List.of("Ann")).withNote(HOSTILE).withExternalId("k\tb", "v\nl");
    return Article.builder("a " + HOSTILE, text).entities(List.of(ann))
        .mentions(List.of(new Mention("m " + HOSTILE, new Span(0, 3), "Ann", ann, MentionKind.NAME)))
        .build();
  }

  @Test
  void jsonEscapesEveryStringAndReadsItBackInBothLayouts() throws IOException {
    Article a = hostile();
    Path json = dir.resolve("h.json");
    Path lines = dir.resolve("h.jsonl");
    Corpus.of(List.of(a)).write(json);
    Corpus.of(List.of(a)).write(lines);
    assertEquals(2, Files.readAllLines(lines).size(), "one article, one line");
    for (Path file : List.of(json, lines)) {
      assertEquals(List.of(a), Corpus.read(file).articles());
    }
    // an independent parser reads the same strings
    JsonNode article = MAPPER.readTree(json.toFile()).get("articles").get(0);
    assertEquals(a.text(), article.get("text").asText());
    assertEquals(a.entities().get(0).note().orElseThrow(), article.get("entities").get(0).get("note").asText());
  }

  @Test
  void bratKeepsEachAnnotationOnOneLineWithItsFields() throws IOException {
    Article a = hostile();
    StringWriter txt = new StringWriter();
    StringWriter ann = new StringWriter();
    Brat.write(a, txt, ann);
    List<String> lines = List.of(ann.toString().split("\n", -1));
    // T1, A1 (its kind), #1 (the entity's id and name), N1 (its knowledge-base id), then ""
    assertEquals(5, lines.size(), ann.toString());
    assertEquals(List.of(3, 2, 3, 3), lines.subList(0, 4).stream()
        .map(l -> l.split("\t", -1).length).toList(), ann.toString());
    assertFalse(ann.toString().contains("\r"), ann.toString());
    Article back = Brat.read("a", txt.toString(), ann.toString().lines().toList(), "a.ann");
    assertEquals(a.entities().get(0).id(), back.entities().get(0).id());
    assertEquals(a.entities().get(0).externalIds(), back.entities().get(0).externalIds());
  }

  /**
   * Links inside a directory corpus, to a file or a directory outside it, or in a loop, are
   * skipped: nothing outside the directory is read, and there is no option to follow them.
   */
  @Test
  void aDirectoryCorpusReadsNothingThroughASymbolicLink() throws IOException {
    Path corpus = Files.createDirectories(dir.resolve("corpus"));
    Path outside = Files.createDirectories(dir.resolve("outside"));
    Article inside = Article.builder("inside", "In.").build();
    Corpus.of(List.of(inside)).write(corpus.resolve("a.json"));
    Corpus.of(List.of(Article.builder("secret", "Out.").build())).write(outside.resolve("s.json"));
    Files.writeString(outside.resolve("t.jsonl"), "not even a corpus");
    Files.createSymbolicLink(corpus.resolve("s.json"), outside.resolve("s.json"));
    Files.createSymbolicLink(corpus.resolve("out"), outside);
    Files.createSymbolicLink(corpus.resolve("loop"), corpus);
    Files.createSymbolicLink(corpus.resolve("dangling.jsonl"), dir.resolve("none.jsonl"));
    assertEquals(List.of(inside), Corpus.read(corpus).articles());
    try (Stream<Article> articles = Corpus.stream(corpus)) {
      assertEquals(List.of("inside"), articles.map(Article::id).toList());
    }
    Set<String> names = new TreeSet<>();
    try (Stream<Path> listed = Files.list(corpus)) {
      listed.forEach(p -> names.add(p.getFileName().toString()));
    }
    assertEquals(Set.of("a.json", "dangling.jsonl", "loop", "out", "s.json"), names);
  }

  private static List<String> messages(CorpusFormatException e) {
    return e.problems().stream().map(FormatProblem::toString).toList();
  }
}
