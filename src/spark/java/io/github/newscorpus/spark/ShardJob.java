package io.github.newscorpus.spark;

import io.github.newscorpus.ReadLimits;
import io.github.newscorpus.model.Article;
import io.github.newscorpus.model.Entity;
import io.github.newscorpus.query.CorpusQueries;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import scala.Tuple2;

/**
 * Reads a directory of JSON Lines shards (as {@code Corpus.writeLines} writes them, split) with
 * Spark, checks every article with newscorpus's own reader, and gives (a) the quotes and
 * mentions of each corpus entity, entities merged exactly as {@link CorpusQueries} merges them,
 * and (b) every line that is not a valid article, with its shard, line and problems, so that
 * nothing is lost silently.
 *
 * <p>One task reads one shard, a line at a time ({@link Shard}): the same checks and limits as a
 * file, problems placed at the shard's line, one article in memory. Articles never cross a shuffle
 * (they are not {@code Serializable}: see {@link ArticleRows}); small rows do, once, grouped by
 * article id, so that an id repeated in another shard is found: the first (by shard and line)
 * stays, every other is a reject naming the first, placed at the start of its line (the file
 * reader places it at the id). A corpus entity's name and type are its first member's, in corpus
 * order: shards by file name, then lines, then the article's entities in order.
 */
public final class ShardJob {

  /** The schema of the entity counts. */
  public static final StructType ENTITIES = new StructType()
      .add("key", DataTypes.StringType, false)
      .add("name", DataTypes.StringType, false)
      .add("type", DataTypes.StringType, false)
      .add("members", DataTypes.LongType, false)
      .add("quotes", DataTypes.LongType, false)
      .add("mentions", DataTypes.LongType, false);

  /** The schema of the rejects: one row per line that is not a valid article. */
  public static final StructType REJECTS = new StructType()
      .add("shard", DataTypes.StringType, false)
      .add("line", DataTypes.IntegerType, false)
      .add("problems", DataTypes.createArrayType(DataTypes.StringType, false), false);

  private ShardJob() {}

  /**
   * Holds the job's two outputs.
   *
   * @param entities one row per corpus entity ({@link #ENTITIES}): its key (the least of its
   *     members' {@link CorpusQueries#mergeKeys}), name and type, and its numbers of member
   *     entities, quotes and mentions
   * @param rejects one row per line that is not a valid article ({@link #REJECTS})
   */
  public record Output(Dataset<Row> entities, Dataset<Row> rejects) {}

  /** What a shard's line holds, as it crosses the shuffle: an article's numbers, or a reject. */
  sealed interface Line extends Serializable permits ArticleLine, Reject {
    String shard();

    int line();
  }

  /** A valid article: its id and place, and its entities' numbers. */
  record ArticleLine(String shard, int line, String id, List<EntityLine> entities)
      implements Line {}

  /** One entity of an article: its merge keys, name, type, place, quotes and mentions. */
  record EntityLine(List<String> keys, String name, String type, String shard, int line,
      int index, long quotes, long mentions) implements Serializable {}

  /** A line that is not a valid article, with its problems. */
  record Reject(String shard, int line, List<String> problems) implements Line {}

  /** Orders places as the corpus does: shards by file name, then lines. */
  private static final Comparator<Line> ORDER =
      Comparator.comparing(Line::shard).thenComparingInt(Line::line);

  /** Runs the job on the shards ({@code *.jsonl}) of {@code directory}, within {@code limits}. */
  public static Output run(SparkSession spark, String directory, ReadLimits limits) {
    JavaSparkContext context = JavaSparkContext.fromSparkContext(spark.sparkContext());
    JavaRDD<Line> lines = context.binaryFiles(directory + "/*.jsonl")
        .flatMap(shard -> new Shard(shard._1(), shard._2().open(), limits))
        .map(ShardJob::line)
        .mapToPair(l -> new Tuple2<>(l instanceof ArticleLine a ? "article " + a.id()
            : "reject " + l.shard() + ":" + l.line(), l))
        .groupByKey()
        .flatMap(same -> firstOfEachId(same._2()));
    JavaRDD<EntityLine> entities = lines.flatMap(l -> l instanceof ArticleLine a
        ? a.entities().iterator() : List.<EntityLine>of().iterator());
    Broadcast<Map<String, String>> components = context.broadcast(components(
        entities.map(EntityLine::keys).filter(keys -> keys.size() > 1).distinct().collect()));
    JavaRDD<Row> counts = entities
        .mapToPair(e -> new Tuple2<>(components.value().getOrDefault(e.keys().get(0),
            e.keys().get(0)), new Tally(e, 1, e.quotes(), e.mentions())))
        .reduceByKey(Tally::plus)
        .map(t -> RowFactory.create(t._1(), t._2().first().name(), t._2().first().type(),
            t._2().members(), t._2().quotes(), t._2().mentions()));
    JavaRDD<Row> rejects = lines.flatMap(l -> l instanceof Reject r
        ? List.of(RowFactory.create(r.shard(), r.line(), r.problems().toArray(new String[0])))
            .iterator()
        : List.<Row>of().iterator());
    return new Output(spark.createDataFrame(counts, ENTITIES),
        spark.createDataFrame(rejects, REJECTS));
  }

  /** Sums a corpus entity's members; its first member, in corpus order, names it. */
  record Tally(EntityLine first, long members, long quotes, long mentions)
      implements Serializable {
    private static final Comparator<EntityLine> FIRST = Comparator.comparing(EntityLine::shard)
        .thenComparingInt(EntityLine::line).thenComparingInt(EntityLine::index);

    Tally plus(Tally other) {
      boolean earlier = FIRST.compare(first, other.first) <= 0;
      return new Tally(earlier ? first : other.first, members + other.members,
          quotes + other.quotes, mentions + other.mentions);
    }
  }

  /** Returns what crosses the shuffle of a line as read: its article's numbers, or a reject. */
  private static Line line(Shard.Parsed parsed) {
    if (parsed.article().isEmpty()) {
      return new Reject(parsed.shard(), parsed.line(), parsed.problems());
    }
    Article article = parsed.article().get();
    List<Entity> all = article.entities();
    List<EntityLine> entities = new ArrayList<>(all.size());
    for (int k = 0; k < all.size(); k++) {
      Entity e = all.get(k);
      entities.add(new EntityLine(CorpusQueries.mergeKeys(e), e.name(), e.type().name(),
          parsed.shard(), parsed.line(), k, article.quotesBy(e).size(),
          article.mentionsOf(e).size()));
    }
    return new ArticleLine(parsed.shard(), parsed.line(), article.id(), entities);
  }

  /**
   * Returns the lines that share a key: a reject alone, or the articles that share an id, the
   * first of which stays while every other becomes a reject.
   */
  private static Iterator<Line> firstOfEachId(Iterable<Line> same) {
    List<Line> all = new ArrayList<>();
    same.forEach(all::add);
    all.sort(ORDER);
    List<Line> out = new ArrayList<>(List.of(all.get(0)));
    for (Line again : all.subList(1, all.size())) {
      ArticleLine first = (ArticleLine) all.get(0);
      out.add(new Reject(again.shard(), again.line(), List.of(again.shard() + ":" + again.line()
          + ":1: article id \"" + first.id() + "\" is already used by the article at "
          + first.shard() + ":" + first.line() + ":1; ids must be unique in a corpus")));
    }
    return out.iterator();
  }

  /**
   * Returns, for each key of the entities with several keys, the least key of its component:
   * the keys that chains of shared keys link, found by union-find on the driver (only the
   * distinct sets of several keys come to it, few beside the entities).
   */
  static Map<String, String> components(List<List<String>> keySets) {
    Map<String, String> parent = new HashMap<>();
    for (List<String> keys : keySets) {
      keys.forEach(key -> parent.putIfAbsent(key, key));
      for (String key : keys.subList(1, keys.size())) {
        String a = root(parent, keys.get(0));
        String b = root(parent, key);
        if (a.compareTo(b) < 0) {
          parent.put(b, a);
        } else if (b.compareTo(a) < 0) {
          parent.put(a, b);
        }
      }
    }
    Map<String, String> least = new HashMap<>();
    new TreeSet<>(parent.keySet()).forEach(key -> least.put(key, root(parent, key)));
    return least;
  }

  /** Returns the root of {@code key}'s tree, the least key of its component. */
  private static String root(Map<String, String> parent, String key) {
    String root = key;
    while (!parent.get(root).equals(root)) {
      root = parent.get(root);
    }
    return root;
  }
}
