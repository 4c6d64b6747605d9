package io.github.newscorpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.newscorpus.model.Article;
import io.github.newscorpus.testing.CorpusGenerator;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusTest {

  @TempDir
  Path dir;

  @Test
  void bundledIsLoadedOnceAndShared() {
    assertSame(Corpus.bundled(), Corpus.bundled());
    assertEquals(1, Corpus.bundled().articles().size());
    assertEquals("000_4e41f4d9df3989c8", Corpus.bundled().articles().get(0).id());
  }

  @Test
  void writeThenReadGivesAnEqualCorpus() throws IOException {
    Path file = dir.resolve("copy.json");
    Corpus.bundled().write(file);
    assertEquals(Corpus.bundled(), Corpus.read(file));
  }

  @Test
  void writeReplacesAnExistingFile() throws IOException {
    Path file = Files.writeString(dir.resolve("copy.json"), "old content");
    Corpus.bundled().write(file);
    assertEquals(Corpus.bundled(), Corpus.read(file));
  }

  @Test
  void readOfABadFileNamesTheFileAndEveryProblem() throws IOException {
    Path file = Files.writeString(dir.resolve("bad.json"), "{\"format\": \"newscorpus/1\", \"articles\": [{\"id\": \"a\"}]}");
    CorpusFormatException e = assertThrows(CorpusFormatException.class, () -> Corpus.read(file));
    assertEquals(file + " is not a valid newscorpus file (1 problem):\n  " + file
        + ":1:41: /articles/0: missing required field \"text\"", e.getMessage());
  }

  @Test
  void writeThenReadGivesAnEqualCorpusAsJsonLines() throws IOException {
    Path file = dir.resolve("copy.jsonl");
    Corpus.bundled().write(file);
    assertEquals("{\"format\":\"newscorpus/1\"}", Files.readAllLines(file).get(0));
    assertEquals(2, Files.readAllLines(file).size());
    assertEquals(Corpus.bundled(), Corpus.read(file));
  }

  @Test
  void writeLinesThenReadAndStreamGiveTheArticlesInOrder() throws IOException {
    Article story = Corpus.bundled().articles().get(0);
    Article calm = Article.builder("calm", "Nothing happened.").build();
    Path file = dir.resolve("two.jsonl");
    Corpus.writeLines(file, Stream.of(calm, story));
    assertEquals(Corpus.of(List.of(calm, story)), Corpus.read(file));
    try (Stream<Article> articles = Corpus.stream(file)) {
      assertEquals(List.of(calm, story), articles.toList());
    }
  }

  @Test
  void readsAndStreamsADirectoryOfBothFormats() throws IOException {
    Article story = Corpus.bundled().articles().get(0);
    Article calm = Article.builder("calm", "Nothing happened.").build();
    Files.createDirectories(dir.resolve("2017"));
    Corpus.of(List.of(story)).write(dir.resolve("2017/story.json"));
    Corpus.of(List.of(calm)).write(dir.resolve("0-calm.jsonl"));
    assertEquals(Corpus.of(List.of(calm, story)), Corpus.read(dir));
    try (Stream<Article> articles = Corpus.stream(dir)) {
      assertEquals(List.of("calm", story.id()), articles.map(Article::id).toList());
    }
  }

  @Test
  void readOfABadDirectoryNamesEachFile() throws IOException {
    Corpus.bundled().write(dir.resolve("a.jsonl"));
    Corpus.bundled().write(dir.resolve("b.json"));
    Path a = dir.resolve("a.jsonl");
    Path b = dir.resolve("b.json");
    CorpusFormatException e = assertThrows(CorpusFormatException.class, () -> Corpus.read(dir));
    assertEquals(dir + " is not a valid newscorpus file (1 problem):\n  " + b
        + ":5:13: /articles/0/id: article id \"000_4e41f4d9df3989c8\" is already used by the article "
        + "at " + a + ":2:1; ids must be unique in a corpus", e.getMessage());
  }

  @Test
  void streamEndsWithTheFormatExceptionOfTheFirstBadArticle() throws IOException {
    Path file = Files.writeString(dir.resolve("bad.jsonl"), "{\"format\": \"newscorpus/1\"}\n"
        + "{\"id\": \"a\", \"text\": \"A.\"}\n"
        + "{\"id\": \"b\", \"text\": \"B.\", \"colour\": 1, \"quotes\": {}}\n");
    try (Stream<Article> articles = Corpus.stream(file)) {
      Iterator<Article> it = articles.iterator();
      assertEquals("a", it.next().id());
      UncheckedIOException e = assertThrows(UncheckedIOException.class, it::hasNext);
      CorpusFormatException cause = assertInstanceOf(CorpusFormatException.class, e.getCause());
      // on line 3, the name "colour" starts in column 27, the value of "quotes" in column 50
      assertEquals(file + " is not a valid newscorpus file (2 problems):\n"
          + "  " + file + ":3:27: /colour: unknown field \"colour\"; expected one of [entities, id, "
          + "mentions, metadata, paragraphs, quotes, sentences, text, tokens]\n"
          + "  " + file + ":3:50: /quotes: expected an array, found object", cause.getMessage());
    }
  }

  @Test
  void writeLinesRefusesAFileThatReadWouldNotRecogniseAsJsonLines() {
    Path file = dir.resolve("lines.json");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Corpus.writeLines(file, Corpus.bundled().articles().stream()));
    assertEquals("file " + file + " must be named *.jsonl: reading recognises JSON Lines by that "
        + "extension", e.getMessage());
  }

  @Test
  void readOfAMissingFileIsAnIoErrorNotAFormatError() {
    IOException e = assertThrows(IOException.class, () -> Corpus.read(dir.resolve("none.json")));
    assertTrue(!(e instanceof CorpusFormatException), e.toString());
  }

  @Test
  void ofRejectsDuplicateArticleIds() {
    Article a = Corpus.bundled().articles().get(0);
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Corpus.of(List.of(a, a)));
    assertEquals("article id \"000_4e41f4d9df3989c8\" appears twice; ids must be unique in a corpus",
        e.getMessage());
  }

  @Test
  void findsAndExpectsArticlesById() {
    Corpus corpus = Corpus.bundled();
    assertEquals(corpus.articles().get(0), corpus.expectArticle("000_4e41f4d9df3989c8"));
    assertTrue(corpus.findArticle("nope").isEmpty());
    NoSuchElementException e =
        assertThrows(NoSuchElementException.class, () -> corpus.expectArticle("nope"));
    assertEquals("no article \"nope\" in this corpus; its ids are [000_4e41f4d9df3989c8]",
        e.getMessage());
  }

  /**
   * Loads the bundled corpus for the first time from 8 threads at once, in a class loader of its
   * own (so this JVM's earlier loads do not count), each thread then asking it every kind of
   * question ({@link QueryWorkload}): every thread gets the same instance, and the answers a
   * single thread gets in this class loader.
   */
  @Test
  void firstLoadFromManyThreadsAtOnceGivesOneInstanceAndTheSameAnswers() throws Exception {
    List<URL> urls = new ArrayList<>();
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      urls.add(Path.of(entry).toUri().toURL());
    }
    String expected = QueryWorkload.bundled();
    try (URLClassLoader fresh = new URLClassLoader(urls.toArray(URL[]::new),
        ClassLoader.getPlatformClassLoader())) {
      Class<?> corpus = Class.forName(Corpus.class.getName(), true, fresh);
      Class<?> workload = Class.forName(QueryWorkload.class.getName(), true, fresh);
      int threads = 8;
      CountDownLatch start = new CountDownLatch(1);
      ExecutorService pool = Executors.newFixedThreadPool(threads);
      try {
        List<Future<Object>> instances = new ArrayList<>();
        List<Future<Object>> answers = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
          instances.add(pool.submit(() -> {
            start.await();
            return corpus.getMethod("bundled").invoke(null);
          }));
          answers.add(pool.submit(() -> {
            start.await();
            return workload.getMethod("bundled").invoke(null);
          }));
        }
        start.countDown();
        Set<Object> distinct = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Future<Object> r : instances) {
          distinct.add(r.get());
        }
        assertEquals(1, distinct.size());
        assertEquals(Corpus.bundled().toString(), distinct.iterator().next().toString());
        for (Future<Object> a : answers) {
          assertTrue(expected.equals(a.get()), "a thread got other answers");
        }
      } finally {
        pool.shutdownNow();
      }
    }
  }

  private static Article freshCopy(Article a) {
    return Article.builder(a.id(), a.text()).metadata(a.metadata()).paragraphs(a.paragraphs())
        .sentences(a.sentences()).tokens(a.tokens()).entities(a.entities()).mentions(a.mentions())
        .quotes(a.quotes()).build();
  }

  /** Returns a corpus of fresh copies, none of whose lazy indexes is built yet. */
  private static Corpus freshCopy(List<Article> articles) {
    return Corpus.of(articles.stream().map(CorpusTest::freshCopy).toList());
  }

  /**
   * Asks a fresh corpus (the bundled article and two generated ones, no index built yet) every
   * kind of question ({@link QueryWorkload}: lookups, span relations, news and corpus-wide
   * queries) from 8 threads released at once, twice over; every thread's answers equal those a
   * single thread gets from another copy.
   */
  @Test
  void firstQueriesFromManyThreadsAgreeWithASingleThreadedRun() throws Exception {
    List<Article> articles = new ArrayList<>(List.of(Corpus.bundled().articles().get(0)));
    try (Stream<Article> generated = CorpusGenerator.generate(20170222, 2)) {
      generated.forEach(articles::add);
    }
    String expected = QueryWorkload.answers(freshCopy(articles));
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      for (int round = 0; round < 2; round++) {
        Corpus fresh = freshCopy(articles);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<String>> results = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
          results.add(pool.submit(() -> {
            start.await();
            return QueryWorkload.answers(fresh);
          }));
        }
        start.countDown();
        for (Future<String> r : results) {
          assertTrue(expected.equals(r.get()), "a thread got other answers in round " + round);
        }
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void readsWithinLimitsAndStopsAtTheArticleTooManyAcrossADirectory() throws IOException {
    Article calm = Article.builder("calm", "Nothing happened.").build();
    Article quiet = Article.builder("quiet", "Nothing at all.").build();
    Corpus.of(List.of(calm, quiet)).write(dir.resolve("a.jsonl"));
    Corpus.of(List.of(Article.builder("late", "Later.").build())).write(dir.resolve("b.json"));
    assertEquals(3, Corpus.read(dir, ReadLimits.defaults().withMaxArticles(3)).articles().size());
    // a.jsonl holds two, so the third is b.json's first: line 4, column 5, after the lines "{",
    // "format" and "articles": [
    CorpusFormatException e = assertThrows(CorpusFormatException.class,
        () -> Corpus.read(dir, ReadLimits.defaults().withMaxArticles(2)));
    assertEquals(List.of(dir.resolve("b.json") + ":4:5: /articles/0: more than maxArticles (2) "
        + "articles; reading stopped here"), e.problems().stream().map(Object::toString).toList());
    try (Stream<Article> articles = Corpus.stream(dir, ReadLimits.defaults().withMaxArticles(1))) {
      Iterator<Article> it = articles.iterator();
      assertEquals("calm", it.next().id());
      UncheckedIOException u = assertThrows(UncheckedIOException.class, it::hasNext);
      assertEquals(List.of(dir.resolve("a.jsonl") + ":3:1: more than maxArticles (1) articles; "
          + "reading stopped here"), ((CorpusFormatException) u.getCause()).problems().stream()
          .map(Object::toString).toList());
    }
  }
}
