package io.github.newscorpus.json;

import io.github.newscorpus.json.JsonTree.Node;
import io.github.newscorpus.json.JsonTree.ObjectNode;
import io.github.newscorpus.model.Article;
import java.util.HashMap;
import java.util.Map;

/**
 * Checks that article ids are unique across every input of one corpus (the articles of a file, or
 * of every file in a directory), remembering where each id was first used, and counts the
 * articles against the limit of one read. Holds the ids and their places only, never the articles.
 */
final class ArticleIds {

  private final int maxArticles;
  private int articles;

  /** Admits at most {@code maxArticles} articles. */
  ArticleIds(int maxArticles) {
    this.maxArticles = maxArticles;
  }

  /** Admits as many articles as the default limits do. */
  ArticleIds() {
    this(Limits.DEFAULTS.maxArticles());
  }

  /**
   * Counts one more article, whatever becomes of it, at {@code at} and {@code pointer}.
   *
   * @throws JsonTree.LimitExceeded when that makes more than the limit
   */
  void admit(JsonTree.Location at, String pointer) throws JsonTree.LimitExceeded {
    if (++articles > maxArticles) {
      throw new JsonTree.LimitExceeded(at, pointer, "more than "
          + Limits.named("maxArticles", maxArticles) + " articles" + Limits.STOPPED);
    }
  }

  /** Returns whether the limit on articles was broken, so that no further input need be read. */
  boolean exhausted() {
    return articles > maxArticles;
  }

  /** Where an article was read: its file, the place of its object, and its JSON pointer. */
  private record Place(String source, JsonTree.Location at, String pointer) {
    @Override
    public String toString() {
      return source + ":" + at + (pointer.isEmpty() ? "" : " (" + pointer + ")");
    }
  }

  private final Map<String, Place> places = new HashMap<>();

  /**
   * Returns whether {@code article}, read from {@code node} at {@code pointer}, is the first with
   * its id; otherwise adds a problem at its id naming the article that has it already.
   */
  boolean claim(Article article, Node node, String pointer, Problems problems) {
    Place earlier =
        places.putIfAbsent(article.id(), new Place(problems.source(), node.at(), pointer));
    if (earlier == null) {
      return true;
    }
    Node id = node instanceof ObjectNode o ? o.fields().getOrDefault("id", node) : node;
    problems.add(id.at(), pointer + "/id", "article id \"" + article.id()
        + "\" is already used by the article at " + earlier + "; ids must be unique in a corpus");
    return false;
  }
}
