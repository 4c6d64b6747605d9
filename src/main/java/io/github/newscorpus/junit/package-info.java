/**
 * Brings gold data into JUnit 5 tests: {@link io.github.newscorpus.junit.NewsCorpusExtension}
 * injects the {@code Corpus} and {@code Article}, and {@code @GoldQuotes}, {@code @GoldEntities},
 * {@code @GoldMentions} and {@code @GoldSentences} run a parameterized test once per gold item,
 * with readable display names; the bundled corpus by default, or the one
 * {@link io.github.newscorpus.junit.CorpusFile} names.
 *
 * <p>The extension needs junit-jupiter-api on the test class path; the {@code @Gold…} annotations
 * also need junit-jupiter-params. newscorpus declares both optional, so consumers who do not use
 * this package get nothing extra.
 */
package io.github.newscorpus.junit;
