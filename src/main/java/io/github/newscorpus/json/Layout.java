package io.github.newscorpus.json;

import java.nio.file.Path;
import java.util.Locale;

/** Names the layouts of the format: a corpus JSON document, JSON Lines, or one article alone. */
enum Layout {
  /** {@code {"format": "newscorpus/1", "articles": [...]}}. */
  CORPUS_JSON,
  /** A header line, then one article per line, in a file named {@code *.jsonl}. */
  JSON_LINES,
  /** One article object, as on a line of a JSON Lines file. */
  ARTICLE;

  /** Returns the layout of an input named {@code name}: JSON Lines for {@code *.jsonl}, any case. */
  static Layout of(String name) {
    return name.toLowerCase(Locale.ROOT).endsWith(".jsonl") ? JSON_LINES : CORPUS_JSON;
  }

  /** Returns the layout of {@code file}, by its name, as reading recognises it. */
  static Layout of(Path file) {
    Path name = file.getFileName();
    return name == null ? CORPUS_JSON : of(name.toString());
  }
}
