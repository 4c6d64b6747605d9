package io.github.newscorpus.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.newscorpus.Corpus;
import io.github.newscorpus.FormatProblem;
import io.github.newscorpus.ReadLimits;
import io.github.newscorpus.model.Article;
import io.github.newscorpus.model.Quote;
import io.github.newscorpus.query.CorpusEntity;
import io.github.newscorpus.query.CorpusQueries;
import io.github.newscorpus.testing.CorpusGenerator;
import java.io.IOException;
import java.io.NotSerializableException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.spark.SparkConf;
import org.apache.spark.serializer.JavaSerializer;
import org.apache.spark.serializer.SerializerInstance;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import scala.reflect.ClassTag$;

/**
 * Tests {@link ShardJob} and {@link ArticleRows} on Spark's {@code local[2]} master against the
 * single machine: 10,000 generated articles written as 8 JSON Lines shards by
 * {@code Corpus.writeLines}, with broken lines planted, read by the job and by
 * {@code Corpus.reader().skippingBadArticles(...).read(directory)} and {@link CorpusQueries}:
 * the same corpus entities with the same counts, and the same rejects.
 */
class ShardJobTest {

  private static final int ARTICLES = 10_000;
  private static final int SHARDS = 8;

  @TempDir
  static Path dir;
  private static Path shards;
  private static SparkSession spark;

  @BeforeAll
  static void setUp() throws IOException {
    shards = Files.createDirectory(dir.resolve("shards"));
    List<Article> all = CorpusGenerator.generate(2026, ARTICLES).toList();
    int size = ARTICLES / SHARDS;
    for (int s = 0; s < SHARDS; s++) {
      Corpus.writeLines(shard(s), all.subList(s * size, (s + 1) * size).stream());
    }
    // Planted: a line cut short (shard 2, line 5); a speaker that names no entity (shard 5,
    // line 40); an article whose id an article of shard 1 has already (shard 6, a new line 2);
    // a line that is not an object (shard 7, its last line).
    replaceLine(shard(2), 5, line -> line.substring(0, line.length() / 2));
    replaceLine(shard(5), 40, line -> line.replaceFirst("\"speaker\":\"[^\"]*\"",
        "\"speaker\":\"e-nobody\""));
    insertLine(shard(6), 2, Files.readAllLines(shard(1), StandardCharsets.UTF_8).get(3));
    insertLine(shard(7), size + 2, "[\"not\", \"an\", \"article\"]");
    spark = SparkSession.builder().master("local[2]").appName("ShardJobTest")
        .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "4")
        .getOrCreate();
  }

  @AfterAll
  static void tearDown() {
    if (spark != null) {
      spark.stop();
    }
  }

  private static Path shard(int s) {
    return shards.resolve(String.format("shard-%05d.jsonl", s));
  }

  private static void replaceLine(Path file, int number,
      java.util.function.UnaryOperator<String> change) throws IOException {
    List<String> lines = new ArrayList<>(Files.readAllLines(file, StandardCharsets.UTF_8));
    String changed = change.apply(lines.get(number - 1));
    assertTrue(!changed.equals(lines.get(number - 1)), "the plant changed line " + number);
    lines.set(number - 1, changed);
    Files.write(file, lines, StandardCharsets.UTF_8);
  }

  private static void insertLine(Path file, int number, String line) throws IOException {
    List<String> lines = new ArrayList<>(Files.readAllLines(file, StandardCharsets.UTF_8));
    lines.add(number - 1, line);
    Files.write(file, lines, StandardCharsets.UTF_8);
  }

  /** Returns the single machine's answer: the corpus entities' rows, by key, and the rejects. */
  private static Map<String, List<Object>> expectedEntities(List<List<FormatProblem>> rejects)
      throws IOException {
    Corpus corpus = Corpus.reader().skippingBadArticles(rejects::add).read(shards);
    CorpusQueries queries = CorpusQueries.of(corpus.articles());
    Map<String, List<Object>> byKey = new TreeMap<>();
    for (CorpusEntity e : queries.entities()) {
      String key = e.members().stream().flatMap(m -> CorpusQueries.mergeKeys(m.item()).stream())
          .min(Comparator.naturalOrder()).orElseThrow();
      byKey.put(key, List.of(e.name(), e.type().name(), (long) e.members().size(),
          (long) queries.quotesBy(e).size(), (long) queries.mentionsOf(e).size()));
    }
    return byKey;
  }

  @Test
  void countsWhatTheSingleMachineCountsAndRejectsWhatItRejects() throws IOException {
    List<List<FormatProblem>> problems = new ArrayList<>();
    Map<String, List<Object>> expected = expectedEntities(problems);
    ShardJob.Output output = ShardJob.run(spark, shards.toString(), ReadLimits.defaults());
    Map<String, List<Object>> actual = new TreeMap<>();
    for (Row r : output.entities().collectAsList()) {
      actual.put(r.getString(0), List.of(r.getString(1), r.getString(2), r.getLong(3),
          r.getLong(4), r.getLong(5)));
    }
    assertEquals(expected.size(), actual.size());
    assertEquals(expected, actual);
    assertTrue(expected.size() > 1_000, "corpus entities: " + expected.size());

    // The rejects: the same lines and problems; the single machine names shards by their paths
    // and places a repeated id at the id's value, the job at the start of its line.
    List<String> wanted = problems.stream()
        .map(batch -> batch.stream().map(p -> p.toString().replace(shards + "/", ""))
            .map(p -> p.replaceFirst("^(shard-00006.jsonl:2):7: /id: ", "$1:1: "))
            .collect(Collectors.joining(" | ")))
        .sorted().toList();
    List<String> got = output.rejects().collectAsList().stream()
        .map(r -> String.join(" | ", r.<String>getList(2)))
        .sorted().toList();
    assertEquals(4, wanted.size(), wanted.toString());
    assertEquals(wanted, got);
    assertTrue(got.stream().anyMatch(p -> p.startsWith("shard-00006.jsonl:2:1: article id")), got.toString());
  }

  @Test
  void writesQuotesAndMentionsAsParquetForSql() throws IOException {
    List<Dataset<Row>> rows = ArticleRows.read(spark, shards.toString(), ReadLimits.defaults());
    Path out = dir.resolve("parquet");
    rows.get(0).write().parquet(out.resolve("quotes").toString());
    rows.get(1).write().parquet(out.resolve("mentions").toString());
    spark.read().parquet(out.resolve("quotes").toString()).createOrReplaceTempView("quotes");
    List<Row> top = spark.sql("SELECT speaker_name, count(*) AS quotes FROM quotes "
        + "WHERE speaker_name IS NOT NULL GROUP BY speaker_name ORDER BY quotes DESC, "
        + "speaker_name LIMIT 5").collectAsList();
    // the same, on the single machine: every valid article's quotes, by speaker name
    Map<String, Long> bySpeaker = Corpus.reader().skippingBadArticles(p -> { }).read(shards)
        .articles().stream().flatMap(a -> a.quotes().stream()).filter(q -> q.speaker().isPresent())
        .collect(Collectors.groupingBy((Quote q) -> q.speaker().get().name(), Collectors.counting()));
    List<String> expected = bySpeaker.entrySet().stream()
        .sorted(Map.Entry.<String, Long>comparingByValue().reversed()
            .thenComparing(Map.Entry.comparingByKey()))
        .limit(5).map(e -> e.getKey() + " " + e.getValue()).toList();
    assertEquals(expected, top.stream().map(r -> r.getString(0) + " " + r.getLong(1)).toList());
    long mentions = spark.read().parquet(out.resolve("mentions").toString()).count();
    assertEquals(Corpus.reader().skippingBadArticles(p -> { }).read(shards).articles().stream()
        .mapToLong(a -> a.mentions().size()).sum(), mentions);
  }

  /**
   * An article does not cross Spark's Java serializer (its records hold {@code Optional}s), which
   * is why the job ships rows; the limits do, with the tasks.
   */
  @Test
  void rowsAndLimitsCrossSparksSerializerAndArticlesDoNot() {
    SerializerInstance serializer = new JavaSerializer(new SparkConf()).newInstance();
    ReadLimits limits = ReadLimits.defaults().withMaxAnnotations(7);
    assertEquals(limits, serializer.deserialize(serializer.serialize(limits,
        ClassTag$.MODULE$.apply(ReadLimits.class)), ClassTag$.MODULE$.apply(ReadLimits.class)));
    Article story = Corpus.bundled().articles().get(0);
    assertThrows(NotSerializableException.class, () -> serializer.serialize(story,
        ClassTag$.MODULE$.apply(Article.class)));
    List<Row> quotes = ArticleRows.quotes("bundled.jsonl", 2, story);
    Object back = serializer.deserialize(serializer.serialize(new ArrayList<>(quotes),
        ClassTag$.MODULE$.apply(ArrayList.class)), ClassTag$.MODULE$.apply(ArrayList.class));
    assertEquals(quotes, back);
    // q10, Cardin's first, at [7562, 7713) in code points (the format's offsets)
    Row q10 = quotes.stream().filter(r -> r.getString(3).equals("q10")).findFirst().orElseThrow();
    assertEquals(List.of("e-cardin", "Benjamin L. Cardin", 7562, 7713), List.of(q10.getString(5),
        q10.getString(6), q10.getInt(8), q10.getInt(9)));
  }
}
