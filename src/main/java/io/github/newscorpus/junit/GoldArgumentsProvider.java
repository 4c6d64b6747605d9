package io.github.newscorpus.junit;

import io.github.newscorpus.model.Article;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.ArgumentsProvider;
import org.junit.jupiter.params.support.ParameterDeclarations;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * Supplies the gold items for {@link GoldQuotes}, {@link GoldEntities}, {@link GoldMentions} and
 * {@link GoldSentences}, each wrapped in a {@link Named} with a readable display name, from the
 * corpus {@link CorpusFile} names or the bundled one. When the test method's second parameter is
 * an {@code Article} (without {@link ArticleId}), it also supplies the article the item belongs
 * to, named by its id. Public only because JUnit instantiates it; use the annotations.
 */
@SuppressWarnings("exports") // JUnit is optional (requires static): its users have it
public final class GoldArgumentsProvider implements ArgumentsProvider {

  /** Creates the provider; JUnit calls it. */
  public GoldArgumentsProvider() {}

  /** Supplies the arguments (JUnit 5.13 and later call this one). */
  @Override
  public Stream<? extends Arguments> provideArguments(ParameterDeclarations parameters,
      ExtensionContext context) {
    return arguments(context);
  }

  /** Supplies the arguments (JUnit before 5.13 calls this one). */
  @Override
  @Deprecated
  public Stream<? extends Arguments> provideArguments(ExtensionContext context) {
    return arguments(context);
  }

  private static Stream<? extends Arguments> arguments(ExtensionContext context) {
    Method method = context.getRequiredTestMethod();
    Function<GoldItems.Item, Arguments> toArguments = takesArticle(method)
        ? GoldArgumentsProvider::withArticle : GoldArgumentsProvider::alone;
    return GoldItems.of(method, TestCorpus.of(context).corpus()).stream().map(toArguments);
  }

  /** Tells whether the method's second parameter asks for the gold item's article. */
  private static boolean takesArticle(Method method) {
    Parameter[] parameters = method.getParameters();
    return parameters.length > 1 && parameters[1].getType() == Article.class
        && !AnnotationSupport.isAnnotated(parameters[1], ArticleId.class);
  }

  private static Arguments alone(GoldItems.Item item) {
    return Arguments.of(Named.of(item.name(), item.payload()));
  }

  private static Arguments withArticle(GoldItems.Item item) {
    return Arguments.of(Named.of(item.name(), item.payload()),
        Named.of(item.article().id(), item.article()));
  }
}
