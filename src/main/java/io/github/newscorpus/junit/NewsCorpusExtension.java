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
 * once per JVM and shared.
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
    return type == Corpus.class || type == Article.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    Corpus corpus = Corpus.bundled();
    if (parameter.getParameter().getType() == Corpus.class) {
      return corpus;
    }
    return parameter.findAnnotation(ArticleId.class)
        .map(id -> corpus.findArticle(id.value()).orElseThrow(() -> new ParameterResolutionException(
            "no bundled article \"" + id.value() + "\" for parameter "
                + parameter.getParameter().getName() + "; the bundled ids are "
                + corpus.articles().stream().map(Article::id).toList())))
        .orElseGet(() -> corpus.articles().get(0));
  }
}
