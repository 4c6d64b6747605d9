package io.github.newscorpus.junit;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.List;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Fails a test that uses {@code @GoldQuotes}, {@code @GoldEntities}, {@code @GoldMentions} or
 * {@code @GoldSentences} without junit-jupiter-params on its class path, saying what to add,
 * before JUnit reports an unresolved parameter. Public only because JUnit instantiates it; the
 * annotations register it.
 */
@SuppressWarnings("exports") // JUnit is optional (requires static): its users have it
public final class GoldSourceCheck implements BeforeEachCallback {

  /** Creates the check; JUnit calls it. */
  public GoldSourceCheck() {}

  @Override
  public void beforeEach(ExtensionContext context) {
    Method method = context.getRequiredTestMethod();
    requireParams(method, method.getDeclaringClass().getClassLoader());
  }

  /**
   * Checks that {@code loader} sees junit-jupiter-params.
   *
   * @throws ExtensionConfigurationException naming the annotation, the method and the Maven
   *     coordinates to add, when it does not
   */
  static void requireParams(Method method, ClassLoader loader) {
    if (JupiterParams.parameterizedTest(loader).isPresent()) {
      return;
    }
    List<Class<? extends Annotation>> gold = GoldItems.present(method);
    String annotation = gold.isEmpty() ? "@Gold…" : "@" + gold.get(0).getSimpleName();
    throw new ExtensionConfigurationException(annotation + " on "
        + method.getDeclaringClass().getName() + "." + method.getName()
        + " needs junit-jupiter-params, which is not on the test class path: add the test dependency "
        + JupiterParams.coordinates() + " and make the method a @ParameterizedTest");
  }
}
