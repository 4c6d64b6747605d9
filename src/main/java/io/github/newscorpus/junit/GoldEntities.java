package io.github.newscorpus.junit;

import io.github.newscorpus.model.EntityType;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.provider.ArgumentsSource;

/**
 * Runs a {@code @ParameterizedTest} once per gold entity of the test's corpus (the bundled one, or
 * the one {@link CorpusFile} names), in order of first mention, named like
 * {@code e-cardin Benjamin L. Cardin (PERSON)}. The test method takes an {@code Entity}, and may
 * take the {@code Article} it belongs to as a second parameter. Needs junit-jupiter-params;
 * without it the test fails saying so.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.ANNOTATION_TYPE})
@ArgumentsSource(GoldArgumentsProvider.class)
@ExtendWith(GoldSourceCheck.class)
@SuppressWarnings("exports") // JUnit is optional (requires static): its users have it
public @interface GoldEntities {

  /** Returns the types of entity to run over; all types when empty. */
  EntityType[] types() default {};
}
