package io.github.newscorpus.spark;

import io.github.newscorpus.Corpus;
import io.github.newscorpus.ReadLimits;
import io.github.newscorpus.model.Article;
import io.github.newscorpus.model.Entity;
import io.github.newscorpus.query.CorpusQueries;
import io.github.newscorpus.testing.CorpusGenerator;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerTaskEnd;
import org.apache.spark.sql.SparkSession;

/**
 * Measures {@link ShardJob} on generated JSON Lines shards, side by side in one run with the same
 * counting done by {@code Corpus.stream} on one thread, on Spark's {@code local[1]} and
 * {@code local[2]} masters, and writes {@code docs/spark.md}: the times, their ratios, the memory
 * of the tasks, and how the job sizes for 10^8 articles from these figures. Run by
 * {@code mvn -B -Pspark verify -Dspark.measure.skip=false} (see the README); arguments: the number
 * of articles (100,000) and of shards (16).
 */
public final class SparkMeasure {

  private static final Path DIRECTORY = Path.of("target", "spark-measure");
  private static final Path REPORT = Path.of("docs", "spark.md");

  private SparkMeasure() {}

  /** One timed run: its seconds, and the memory it took. */
  private record Run(String what, double seconds, long peakHeap, long peakExecution,
      long tasks) {}

  public static void main(String[] args) throws Exception {
    int articles = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
    int shards = args.length > 1 ? Integer.parseInt(args[1]) : 16;
    Path directory = DIRECTORY.resolve(articles + "-" + shards);
    long bytes = write(directory, articles, shards);
    List<Run> runs = new ArrayList<>();
    runs.add(single(directory));
    for (String master : List.of("local[1]", "local[2]")) {
      runs.add(spark(directory, master));
    }
    String report = report(articles, shards, bytes, runs);
    Files.writeString(REPORT, report, StandardCharsets.UTF_8);
    System.out.println(report);
  }

  /** Writes the shards once (seed 7, as the benchmarks); returns their size in bytes. */
  private static long write(Path directory, int articles, int shards) throws IOException {
    if (!Files.isDirectory(directory)) {
      Path partial = Files.createDirectories(directory.resolveSibling(directory.getFileName() + ".partial"));
      int size = (articles + shards - 1) / shards;
      for (int s = 0; s < shards; s++) {
        int from = s * size;
        int to = Math.min(articles, from + size);
        Corpus.writeLines(partial.resolve(String.format(Locale.ROOT, "shard-%05d.jsonl", s)),
            Stream.iterate(from, i -> i < to, i -> i + 1).map(i -> CorpusGenerator.article(7, i)));
      }
      Files.move(partial, directory);
    }
    try (Stream<Path> files = Files.list(directory)) {
      return files.mapToLong(f -> f.toFile().length()).sum();
    }
  }

  /** The same counts on one thread: merge keys, then union-find, as the job does them. */
  private static Run single(Path directory) throws IOException {
    resetPeaks();
    long start = System.nanoTime();
    Map<List<String>, long[]> byKeys = new HashMap<>();
    try (Stream<Article> all = Corpus.stream(directory)) {
      all.forEach(a -> {
        for (Entity e : a.entities()) {
          long[] n = byKeys.computeIfAbsent(CorpusQueries.mergeKeys(e), k -> new long[3]);
          n[0]++;
          n[1] += a.quotesBy(e).size();
          n[2] += a.mentionsOf(e).size();
        }
      });
    }
    Map<String, String> components = ShardJob.components(
        byKeys.keySet().stream().filter(k -> k.size() > 1).toList());
    Map<String, long[]> byEntity = new HashMap<>();
    byKeys.forEach((keys, n) -> {
      long[] sum = byEntity.computeIfAbsent(components.getOrDefault(keys.get(0), keys.get(0)),
          k -> new long[3]);
      for (int i = 0; i < 3; i++) {
        sum[i] += n[i];
      }
    });
    double seconds = (System.nanoTime() - start) / 1e9;
    System.out.printf(Locale.ROOT, "[spark] Corpus.stream: %d corpus entities in %.1f s%n",
        byEntity.size(), seconds);
    return new Run("`Corpus.stream`, one thread", seconds, peakHeap(), 0, 1);
  }

  private static Run spark(Path directory, String master) {
    SparkSession spark = SparkSession.builder().master(master).appName("SparkMeasure")
        .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "16")
        .getOrCreate();
    AtomicLong peakExecution = new AtomicLong();
    AtomicLong tasks = new AtomicLong();
    spark.sparkContext().addSparkListener(new SparkListener() {
      @Override
      public void onTaskEnd(SparkListenerTaskEnd end) {
        tasks.incrementAndGet();
        if (end.taskMetrics() != null) {
          peakExecution.accumulateAndGet(end.taskMetrics().peakExecutionMemory(), Math::max);
        }
      }
    });
    try {
      resetPeaks();
      long start = System.nanoTime();
      ShardJob.Output out = ShardJob.run(spark, directory.toString(), ReadLimits.defaults());
      long entities = out.entities().count();
      long rejects = out.rejects().count();
      double seconds = (System.nanoTime() - start) / 1e9;
      System.out.printf(Locale.ROOT, "[spark] %s: %d corpus entities, %d rejects in %.1f s%n",
          master, entities, rejects, seconds);
      return new Run("`ShardJob` on `" + master + "`", seconds, peakHeap(), peakExecution.get(),
          tasks.get());
    } finally {
      spark.stop();
    }
  }

  private static void resetPeaks() {
    System.gc();
    ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
  }

  /** Returns the heap's peak use since the last reset: the sum of its pools' peaks. */
  private static long peakHeap() {
    return ManagementFactory.getMemoryPoolMXBeans().stream()
        .filter(p -> p.getType() == MemoryType.HEAP).mapToLong(p -> p.getPeakUsage().getUsed())
        .sum();
  }

  private static String report(int articles, int shards, long bytes, List<Run> runs) {
    Runtime rt = Runtime.getRuntime();
    StringBuilder md = new StringBuilder("# newscorpus on Apache Spark\n\n")
        .append("Generated by `SparkMeasure` (`mvn -B -Pspark verify -Dspark.measure.skip=false`) on ")
        .append(LocalDate.now()).append("; every number below comes from that run. Do not edit by hand.\n\n")
        .append(String.format(Locale.ROOT, "Machine: %d cores, %s %s, Java %s, %,d MB maximum heap, "
            + "Spark %s. Input: %,d generated articles (seed 7) in %d JSON Lines shards, %,.1f MB. Each "
            + "run counts the quotes and mentions of every corpus entity (entities merged as "
            + "`CorpusQueries` merges them) and lists the rejects; one pass each, in this order, in one "
            + "JVM, so the ratios are side by side. These machines are shared and noisy.%n%n",
            rt.availableProcessors(), System.getProperty("os.name"), System.getProperty("os.arch"),
            System.getProperty("java.version"), rt.maxMemory() >> 20, org.apache.spark.package$.MODULE$
                .SPARK_VERSION(), articles, shards, bytes / 1e6))
        .append("| run | seconds | ÷ `Corpus.stream` | MB/s | peak heap MB | peak execution memory "
            + "per task MB | tasks |\n| --- | --- | --- | --- | --- | --- | --- |\n");
    double base = runs.get(0).seconds();
    for (Run r : runs) {
      md.append(String.format(Locale.ROOT, "| %s | %.1f | %.2f× | %.1f | %,.0f | %.1f | %d |%n",
          r.what(), r.seconds(), r.seconds() / base, bytes / 1e6 / r.seconds(), r.peakHeap() / 1e6,
          r.peakExecution() / 1e6, r.tasks()));
    }
    Run two = runs.get(2);
    double perCore = bytes / 1e6 / two.seconds() / 2; // MB/s per core, from local[2]
    double total = 1e8 / articles * bytes / 1e6; // MB for 10^8 articles
    int shard = 256; // MB
    long tasks = (long) Math.ceil(total / shard);
    md.append(String.format(Locale.ROOT, "%nOn `local[2]` the job read %.1f MB/s per core. "
        + "Spark's own execution memory (shuffle and aggregation buffers) peaked at %.1f MB in a task; "
        + "the heap peaked at %,.0f MB for the whole JVM (both tasks, the driver and Spark).%n",
        perCore, two.peakExecution() / 1e6, two.peakHeap() / 1e6));
    md.append(String.format(Locale.ROOT, "%n## Sizing 10^8 articles, from these figures%n%n"
        + "- **Data**: 10^8 articles of the same shape are about %,.0f GB of JSON Lines (%,.0f bytes an "
        + "article here).%n"
        + "- **Shards and tasks**: shards of %d MB (`Corpus.writeLines` per shard, or any split at line "
        + "breaks with the header line repeated) give %,d tasks, each reading one shard a line at a "
        + "time, so a task holds one article (at most `maxArticleLength` characters, 50 million by "
        + "default) besides its output rows; 1 GB of heap per core is ample for this corpus's "
        + "articles.%n"
        + "- **Time**: at %.1f MB/s per core, the read and check take %,.0f core-hours; on 100 "
        + "executors of 4 cores, about %.1f hours, plus the shuffle of the entity rows (one row per "
        + "entity of each article, grouped once by article id and once by merge key).%n"
        + "- **Driver**: only the distinct sets of several merge keys (entities with several "
        + "external ids) come to it, for the union-find; the counts and rejects stay distributed "
        + "(write them with `write().parquet(...)`).%n",
        total / 1e3, (double) bytes / articles, shard, tasks, perCore,
        total / perCore / 3600, total / perCore / 3600 / 400));
    return md.toString();
  }
}
