/**
 * Reads and writes the {@code newscorpus/1} format, as one corpus JSON file
 * ({@code {"format": "newscorpus/1", "articles": [...]}}), as JSON Lines (a header line
 * {@code {"format":"newscorpus/1"}}, then one article object per line, in a file named
 * {@code *.jsonl}), or as a directory of such files; used through
 * {@link io.github.newscorpus.Corpus}, not exported from the module.
 *
 * <p>Reading goes an article at a time: only the current article's JSON tree is in memory.
 * Every problem is placed as {@code file:line:column: pointer: message}, columns in UTF-16 units.
 * The pointer is a JSON pointer into the JSON document the problem is in: from the root of a
 * corpus JSON file ({@code /articles/2/mentions/5/text}), or from the value on the line of a JSON
 * Lines file ({@code /mentions/5/text}), whose line number the place gives.
 */
package io.github.newscorpus.json;
