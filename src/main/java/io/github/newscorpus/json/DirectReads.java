package io.github.newscorpus.json;

import io.github.newscorpus.model.Article;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads whole inputs on the direct path (see {@link DirectCursor}): the articles when the input
 * is one the direct path vouches for, empty otherwise, and then the caller reads it on the
 * checking path, which gives the same articles or places every problem.
 */
final class DirectReads {

  private DirectReads() {}

  /**
   * Returns every article of {@code length} bytes of {@code bytes}, in {@code layout}; empty when
   * unsure.
   */
  static Optional<List<Article>> read(byte[] bytes, int length, Layout layout, Limits limits)
      throws IOException {
    List<Article> articles = new ArrayList<>();
    try (DirectCursor cursor = DirectCursor.open(bytes, length, layout, limits, new HashSet<>())) {
      while (cursor.advance(articles::add)) {
        // each turn reads one article
      }
      return Optional.of(articles);
    } catch (Unsure e) {
      return Optional.empty();
    }
  }

  /**
   * Returns every article of {@code files}, those of the path {@code given} (see
   * {@link CorpusFiles#open}), read in order, their ids unique across them; empty when unsure of
   * any file.
   *
   * @throws IOException when a file cannot be read
   */
  static Optional<List<Article>> read(Path given, List<Path> files, Limits limits)
      throws IOException {
    List<Article> articles = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (Path file : files) {
      try (InputStream in = CorpusFiles.open(file, given);
          DirectCursor cursor =
              DirectCursor.open(in, Files.size(file), Layout.of(file), limits, ids)) {
        while (cursor.advance(articles::add)) {
          // each turn reads one article
        }
      } catch (Unsure e) {
        return Optional.empty();
      }
    }
    return Optional.of(articles);
  }
}
