package io.github.newscorpus.json;

import io.github.newscorpus.model.Article;
import java.io.Closeable;
import java.io.IOException;
import java.util.List;
import java.util.function.Consumer;

/**
 * Reads the articles of one input one at a time, checking each as it goes; only the article being
 * read is held in memory. Every problem found goes to {@link #problems()}.
 *
 * <p>Not thread-safe. Closing a cursor leaves its byte stream open; its opener closes that.
 */
interface ArticleCursor extends Closeable {

  /**
   * Reads on to the next article and gives it to {@code action} when it is valid; returns false,
   * without calling {@code action}, once the input is exhausted and its end checked, or when a
   * problem makes the rest of the input unreadable.
   */
  boolean advance(Consumer<? super Article> action) throws IOException;

  /** Returns the problems found so far, in input order; empty while the input is valid. */
  Problems problems();

  /**
   * Reads every article of {@code cursor}, adding them to {@code articles} while no problem has
   * been found (a bad corpus is not held in memory), then adds the cursor's problems to
   * {@code problems}; when there is any problem, leaves {@code articles} empty.
   */
  static void drain(ArticleCursor cursor, List<Article> articles, List<String> problems)
      throws IOException {
    Problems found = cursor.problems();
    while (cursor.advance(article -> {
      if (problems.isEmpty() && found.isEmpty()) {
        articles.add(article);
      }
    })) {
      // each turn reads one article
    }
    problems.addAll(found.list());
    if (!problems.isEmpty()) {
      articles.clear();
    }
  }
}
