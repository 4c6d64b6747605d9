package io.github.newscorpus.junit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;

class JupiterParamsTest {

  @Retention(RetentionPolicy.RUNTIME)
  @ParameterizedTest
  @interface MyParameterizedTest {}

  static class Samples {
    @ParameterizedTest
    void direct() {}

    @MyParameterizedTest
    void composed() {}

    @Test
    void plain() {}
  }

  @Test
  void findsParameterizedTestThroughALoaderThatSeesIt() {
    assertEquals(Optional.of(ParameterizedTest.class),
        JupiterParams.parameterizedTest(getClass().getClassLoader()));
  }

  @Test
  void findsNothingThroughALoaderThatCannotSeeIt() {
    assertEquals(Optional.empty(), JupiterParams.parameterizedTest(new ParamsHidingLoader()));
  }

  @Test
  void recognisesParameterizedTestsDirectlyAndThroughAMetaAnnotation() throws Exception {
    assertTrue(JupiterParams.isParameterizedTest(Samples.class.getDeclaredMethod("direct")));
    assertTrue(JupiterParams.isParameterizedTest(Samples.class.getDeclaredMethod("composed")));
    assertFalse(JupiterParams.isParameterizedTest(Samples.class.getDeclaredMethod("plain")));
  }

  @Test
  void givesTheCoordinatesWithTheApisVersion() {
    String version = Test.class.getPackage().getImplementationVersion();
    assertNotNull(version);
    assertEquals("org.junit.jupiter:junit-jupiter-params:" + version, JupiterParams.coordinates());
  }
}
