package io.github.newscorpus.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Names the corpus a test class or method uses instead of the bundled one: the {@code Corpus} and
 * {@code Article} parameters the {@link NewsCorpusExtension} resolves, the articles
 * {@link ArticleId} names, and the items of {@code @GoldQuotes}, {@code @GoldEntities},
 * {@code @GoldMentions} and {@code @GoldSentences}. On a method it overrides the class's; an
 * inner ({@code @Nested}) class inherits its enclosing class's.
 *
 * <p>The path is read with {@code Corpus.read(Path)} (a corpus JSON file, a {@code .jsonl} file or
 * a directory of them), once per test run; a relative path is resolved against the working
 * directory, the project's directory under Maven and Gradle.
 *
 * <pre>{@code
 * @ExtendWith(NewsCorpusExtension.class)
 * @CorpusFile("src/test/resources/my-gold.jsonl")
 * class MyQuoteExtractorTest {
 *   @ParameterizedTest @GoldQuotes
 *   void findsTheSpeaker(Quote gold, Article story) { ... }
 * }
 * }</pre>
 */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD, ElementType.ANNOTATION_TYPE})
public @interface CorpusFile {

  /** Returns the path of the corpus file or directory. */
  String value();
}
