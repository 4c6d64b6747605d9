package io.github.newscorpus.spark;

import io.github.newscorpus.ReadLimits;
import io.github.newscorpus.model.Article;
import io.github.newscorpus.model.Entity;
import io.github.newscorpus.model.Mention;
import io.github.newscorpus.model.Quote;
import io.github.newscorpus.model.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntUnaryOperator;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import scala.jdk.javaapi.CollectionConverters;
import scala.collection.immutable.Seq;

/**
 * Turns the quotes and mentions of a corpus into Spark rows with an explicit schema, for SQL: an
 * {@link Article} itself does not cross a shuffle (its records hold {@code Optional}s and
 * immutable lists, which Java serialization refuses, and lazily built indexes), so this is how an
 * article leaves the task that read it. Offsets are code points, as in the format; a quote's
 * extent runs from its first segment's begin to its last segment's end, and its text is its
 * segments' joined with one space.
 */
public final class ArticleRows {

  /** The schema of the mention rows. */
  public static final StructType MENTIONS = new StructType()
      .add("shard", DataTypes.StringType, false)
      .add("line", DataTypes.IntegerType, false)
      .add("article", DataTypes.StringType, false)
      .add("id", DataTypes.StringType, false)
      .add("kind", DataTypes.StringType, false)
      .add("entity", DataTypes.StringType, false)
      .add("entity_name", DataTypes.StringType, false)
      .add("entity_type", DataTypes.StringType, false)
      .add("begin", DataTypes.IntegerType, false)
      .add("end", DataTypes.IntegerType, false)
      .add("text", DataTypes.StringType, false);

  /** The schema of the quote rows; a quote without a speaker has null speaker columns. */
  public static final StructType QUOTES = new StructType()
      .add("shard", DataTypes.StringType, false)
      .add("line", DataTypes.IntegerType, false)
      .add("article", DataTypes.StringType, false)
      .add("id", DataTypes.StringType, false)
      .add("kind", DataTypes.StringType, false)
      .add("speaker", DataTypes.StringType, true)
      .add("speaker_name", DataTypes.StringType, true)
      .add("speaker_type", DataTypes.StringType, true)
      .add("begin", DataTypes.IntegerType, false)
      .add("end", DataTypes.IntegerType, false)
      .add("text", DataTypes.StringType, false);

  private ArticleRows() {}

  /**
   * Returns one row per mention of {@code article}, read from line {@code line} of
   * {@code shard}, in document order ({@link #MENTIONS}).
   */
  public static List<Row> mentions(String shard, int line, Article article) {
    IntUnaryOperator codePoint = codePoints(article.text());
    List<Row> rows = new ArrayList<>(article.mentions().size());
    for (Mention m : article.mentions()) {
      Entity e = m.entity();
      rows.add(RowFactory.create(shard, line, article.id(), m.id(), m.kind().name(), e.id(),
          e.name(),
          e.type().name(), codePoint.applyAsInt(m.span().begin()),
          codePoint.applyAsInt(m.span().end()), m.text()));
    }
    return rows;
  }

  /**
   * Returns one row per quote of {@code article}, read from line {@code line} of {@code shard},
   * in document order ({@link #QUOTES}).
   */
  public static List<Row> quotes(String shard, int line, Article article) {
    IntUnaryOperator codePoint = codePoints(article.text());
    List<Row> rows = new ArrayList<>(article.quotes().size());
    for (Quote q : article.quotes()) {
      Span span = q.span();
      rows.add(RowFactory.create(shard, line, article.id(), q.id(), q.kind().name(),
          q.speaker().map(Entity::id).orElse(null), q.speaker().map(Entity::name).orElse(null),
          q.speaker().map(e -> e.type().name()).orElse(null), codePoint.applyAsInt(span.begin()),
          codePoint.applyAsInt(span.end()), q.text()));
    }
    return rows;
  }

  /** Returns the code-point offset of each UTF-16 index of {@code text}. */
  private static IntUnaryOperator codePoints(String text) {
    if (text.codePointCount(0, text.length()) == text.length()) {
      return i -> i;
    }
    int[] offsets = new int[text.length() + 1];
    for (int i = 0, cp = 0; i < text.length(); i++) {
      offsets[i] = cp;
      if (!Character.isHighSurrogate(text.charAt(i)) || i + 1 == text.length()
          || !Character.isLowSurrogate(text.charAt(i + 1))) {
        cp++;
      }
    }
    offsets[text.length()] = text.codePointCount(0, text.length());
    return i -> offsets[i];
  }

  /**
   * Returns the quotes and the mentions of the valid articles of the shards ({@code *.jsonl}) of
   * {@code directory} as two datasets: {@code [quotes, mentions]}. Lines that are not valid
   * articles are left out ({@link ShardJob} lists them), and so is every article whose id an
   * earlier one has (by shard and line), as the single machine leaves it out.
   */
  public static List<Dataset<Row>> read(SparkSession spark, String directory, ReadLimits limits) {
    JavaSparkContext context = JavaSparkContext.fromSparkContext(spark.sparkContext());
    JavaRDD<Shard.Parsed> articles = context.binaryFiles(directory + "/*.jsonl")
        .flatMap(shard -> new Shard(shard._1(), shard._2().open(), limits))
        .filter(parsed -> parsed.article().isPresent());
    Dataset<Row> quotes = spark.createDataFrame(articles.flatMap(p -> quotes(p.shard(),
        p.line(), p.article().get()).iterator()), QUOTES);
    Dataset<Row> mentions = spark.createDataFrame(articles.flatMap(p -> mentions(p.shard(),
        p.line(), p.article().get()).iterator()), MENTIONS);
    Dataset<Row> places = quotes.select("article", "shard", "line")
        .union(mentions.select("article", "shard", "line")).distinct();
    Dataset<Row> firsts = places.withColumn("rank", functions.row_number().over(
        Window.partitionBy("article").orderBy("shard", "line")))
        .filter("rank = 1").drop("rank");
    Seq<String> place = CollectionConverters.asScala(List.of("article", "shard", "line")).toSeq();
    return List.of(quotes.join(firsts, place).select(QUOTES.fieldNames()[0],
            java.util.Arrays.copyOfRange(QUOTES.fieldNames(), 1, QUOTES.size())),
        mentions.join(firsts, place).select(MENTIONS.fieldNames()[0],
            java.util.Arrays.copyOfRange(MENTIONS.fieldNames(), 1, MENTIONS.size())));
  }
}
