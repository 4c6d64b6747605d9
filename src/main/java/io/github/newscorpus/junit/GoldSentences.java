package io.github.newscorpus.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.provider.ArgumentsSource;

/**
 * Runs a {@code @ParameterizedTest} once per gold sentence of the test's corpus (the bundled one,
 * or the one {@link CorpusFile} names), in document order, named like
 * {@code sentence 6 [1002, 1092) "Days after he took office, Trump argued…"}, numbered within
 * their article. The test method takes a {@code Sentence}, and may take the {@code Article} it
 * belongs to as a second parameter. Needs junit-jupiter-params; without it the test fails saying
 * so.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.ANNOTATION_TYPE})
@ArgumentsSource(GoldArgumentsProvider.class)
@ExtendWith(GoldSourceCheck.class)
@SuppressWarnings("exports") // JUnit is optional (requires static): its users have it
public @interface GoldSentences {}
