package io.github.newscorpus.junit;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.newscorpus.model.Sentence;
import java.lang.reflect.Method;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.params.ParameterizedTest;

class GoldSourceCheckTest {

  static class Samples {
    @ParameterizedTest
    @GoldSentences
    void sentences(Sentence s) {}
  }

  private static Method sentences() throws NoSuchMethodException {
    return Samples.class.getDeclaredMethod("sentences", Sentence.class);
  }

  @Test
  void passesWhenParamsIsThere() throws Exception {
    Method method = sentences();
    assertDoesNotThrow(() -> GoldSourceCheck.requireParams(method, getClass().getClassLoader()));
  }

  @Test
  void namesTheAnnotationTheMethodAndTheDependencyWhenParamsIsMissing() throws Exception {
    Method method = sentences();
    ExtensionConfigurationException e = assertThrows(ExtensionConfigurationException.class,
        () -> GoldSourceCheck.requireParams(method, new ParamsHidingLoader()));
    assertEquals("@GoldSentences on io.github.newscorpus.junit.GoldSourceCheckTest$Samples.sentences "
        + "needs junit-jupiter-params, which is not on the test class path: add the test dependency "
        + "org.junit.jupiter:junit-jupiter-params:" + Test.class.getPackage().getImplementationVersion()
        + " and make the method a @ParameterizedTest", e.getMessage());
  }
}
