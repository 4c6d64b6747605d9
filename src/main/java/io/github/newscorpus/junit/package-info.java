/**
 * Brings the bundled gold data into JUnit 5 tests: {@link
 * io.github.newscorpus.junit.NewsCorpusExtension} injects the {@code Corpus} and {@code Article},
 * and {@code @GoldQuotes}, {@code @GoldEntities}, {@code @GoldMentions} and {@code @GoldSentences}
 * run a parameterized test once per gold item, with readable display names.
 *
 * <p>Needs junit-jupiter-api and junit-jupiter-params on the test class path; newscorpus declares
 * them optional, so consumers who do not use this package get nothing extra.
 */
package io.github.newscorpus.junit;
