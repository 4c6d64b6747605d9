package io.github.newscorpus.junit;

import io.github.newscorpus.Corpus;
import io.github.newscorpus.model.Article;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Resolves test-method and constructor parameters of type {@link Corpus} (the bundled corpus) and
 * {@link Article} (the bundled article, or the one {@link ArticleId} names). The corpus is loaded
 * once per JVM and shared. In a {@code @ParameterizedTest}, an {@code Article} parameter is left
 * to the test's arguments unless it carries {@link ArticleId}. Needs junit-jupiter-api only.
 *
 * <pre>{@code
 * @ExtendWith(NewsCorpusExtension.class)
 * class MyQuoteExtractorTest {
 *   @Test void findsCardin(Article story) { ... }
 * }
 * }</pre>
 */
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
    Corpus corpus = Corpus.bundled();
    Class<?> type = parameter.getParameter().getType();
    if (type != Article.class && parameter.isAnnotated(ArticleId.class)) {
      throw new ParameterResolutionException("@ArticleId goes on Article parameters, not on "
          + describe(parameter));
    }
    if (type == Corpus.class) {
      return corpus;
    }
    return parameter.findAnnotation(ArticleId.class)
        .map(id -> corpus.findArticle(id.value()).orElseThrow(() -> new ParameterResolutionException(
            "no bundled article \"" + id.value() + "\" for " + describe(parameter) + "; the bundled ids are "
                + corpus.articles().stream().map(Article::id).toList())))
        .orElseGet(() -> corpus.articles().get(0));
  }

  /** Returns "parameter 0 (Corpus) of wrong", without relying on compiled parameter names. */
  private static String describe(ParameterContext parameter) {
    return "parameter " + parameter.getIndex() + " (" + parameter.getParameter().getType().getSimpleName()
        + ") of " + parameter.getDeclaringExecutable().getName();
  }
}
