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
  private final Map<String, String> places = new HashMap<>();
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
   * Claims {@code id} for the article at {@code place} (as {@code file:line:column}, with its
   * pointer if any); returns null when it is the first with that id, else the earlier place.
   */
  String claim(String id, String place) {
    return places.putIfAbsent(id, place);
  }
}
