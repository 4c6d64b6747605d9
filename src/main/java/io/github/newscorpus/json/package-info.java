/**
 * Reads and writes the {@code newscorpus/1} JSON format; used through
 * {@link io.github.newscorpus.Corpus}, not exported from the module.
 */
package io.github.newscorpus.json;
