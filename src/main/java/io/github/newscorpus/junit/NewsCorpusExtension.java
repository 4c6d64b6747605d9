package io.github.newscorpus.junit;

import io.github.newscorpus.Corpus;
import io.github.newscorpus.model.Article;
import java.util.stream.Collectors;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Resolves test-method and constructor parameters of type {@link Corpus} (the bundled corpus, or
 * the one {@link CorpusFile} names) and {@link Article} (that corpus's first article, or the one
 * {@link ArticleId} names). A corpus is loaded once per test run and shared. In a
 * {@code @ParameterizedTest}, an {@code Article} parameter is left to the test's arguments unless
 * it carries {@link ArticleId}. Needs junit-jupiter-api only.
 *
 * <pre>{@code
 * @ExtendWith(NewsCorpusExtension.class)
 * class MyQuoteExtractorTest {
 *   @Test void findsCardin(Article story) { ... }
 * }
 * }</pre>
 */
@SuppressWarnings("exports") // JUnit is optional (requires static): its users have it
public final class NewsCorpusExtension implements ParameterResolver {

  /** Creates the extension; JUnit calls it. */
  public NewsCorpusExtension() {}

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    Class<?> type = parameter.getParameter().getType();
    if (type == Corpus.class || parameter.isAnnotated(ArticleId.class)) {
      return true;
    }
    return type == Article.class
        && !JupiterParams.isParameterizedTest(parameter.getDeclaringExecutable());
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    Class<?> type = parameter.getParameter().getType();
    if (type != Article.class && parameter.isAnnotated(ArticleId.class)) {
      throw new ParameterResolutionException("@ArticleId goes on Article parameters, not on "
          + describe(parameter));
    }
    TestCorpus source = TestCorpus.of(context);
    if (type == Corpus.class) {
      return source.corpus();
    }
    return parameter.findAnnotation(ArticleId.class)
        .map(id -> named(source, id.value(), parameter))
        .orElseGet(() -> first(source, parameter));
  }

  private static Article named(TestCorpus source, String id, ParameterContext parameter) {
    return source.corpus().findArticle(id).orElseThrow(() -> new ParameterResolutionException(
        "no article \"" + id + "\" in " + source.label() + " for " + describe(parameter)
            + "; its ids are " + ids(source.corpus())));
  }

  private static Article first(TestCorpus source, ParameterContext parameter) {
    if (source.corpus().articles().isEmpty()) {
      throw new ParameterResolutionException(source.label() + " holds no article for "
          + describe(parameter));
    }
    return source.corpus().articles().get(0);
  }

  /** Returns the first ten ids, as {@code [a, b, …]}. */
  private static String ids(Corpus corpus) {
    return corpus.articles().stream().map(Article::id).limit(10).collect(Collectors.joining(", ",
        "[", corpus.articles().size() > 10 ? ", …]" : "]"));
  }

  /** Returns "parameter 0 (Corpus) of wrong", without relying on compiled parameter names. */
  private static String describe(ParameterContext parameter) {
    return "parameter " + parameter.getIndex() + " (" + parameter.getParameter().getType().getSimpleName()
        + ") of " + parameter.getDeclaringExecutable().getName();
  }
}
