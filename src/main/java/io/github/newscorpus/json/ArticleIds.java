package io.github.newscorpus.json;

import java.util.HashMap;
import java.util.Map;

/**
 * Checks that article ids are unique across every input of one read or stream, remembering where
 * each id was first used, and counts the articles against the limit of one read. Holds the ids
 * and their places only, never the articles. Not thread-safe.
 */
final class ArticleIds {

  private final int maxArticles;
  private final Map<String, Place> places = new HashMap<>();
  private int articles;

  /** Admits at most {@code maxArticles} articles. */
  ArticleIds(int maxArticles) {
    this.maxArticles = maxArticles;
  }

  /** Counts one more article, whatever becomes of it; returns false when that is one too many. */
  boolean admit() {
    return ++articles <= maxArticles;
  }

  /** Returns whether the limit on articles was broken, so that no further input need be read. */
  boolean exhausted() {
    return articles > maxArticles;
  }

  /**
   * Where an article starts: its input (one string shared by the input's articles), line and
   * column, and its index in a corpus JSON file's {@code articles} (-1 in JSON Lines). Small, as
   * a read keeps one per article.
   */
  record Place(String source, int line, int column, int index) {
    @Override
    public String toString() {
      return source + ":" + line + ":" + column + (index < 0 ? "" : " (/articles/" + index + ")");
    }
  }

  /**
   * Claims {@code id} for the article at {@code place}; returns null when it is the first with
   * that id, else the earlier place.
   */
  Place claim(String id, Place place) {
    return places.putIfAbsent(id, place);
  }
}
