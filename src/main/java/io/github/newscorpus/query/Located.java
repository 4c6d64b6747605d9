package io.github.newscorpus.query;

import io.github.newscorpus.internal.Show;
import io.github.newscorpus.model.Article;
import java.util.Objects;

/**
 * Holds an item found in a corpus together with the article it belongs to.
 *
 * @param article the article
 * @param item the entity, mention or quote found in it
 * @param <T> the item's type
 */
public record Located<T>(Article article, T item) {

  /** Checks that neither component is null. */
  public Located {
    Objects.requireNonNull(article, "article must not be null");
    Objects.requireNonNull(item, "item must not be null");
  }

  /**
   * Returns the article's id and the item, never the article, such as
   * {@code Located[a1: Mention[m1 "Ann Lee" 0..7 → e-ann NAME]]}.
   */
  @Override
  public String toString() {
    return "Located[" + Show.id(article.id()) + ": " + item + "]";
  }
}
