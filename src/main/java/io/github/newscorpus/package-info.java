/**
 * Loads, reads and writes corpora of annotated news articles; {@link io.github.newscorpus.Corpus}
 * is the entry point.
 */
package io.github.newscorpus;
