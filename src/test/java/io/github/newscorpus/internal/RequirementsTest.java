package io.github.newscorpus.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class RequirementsTest {

  @Test
  void comparesVersionsByTheirNumbers() {
    assertTrue(Requirements.compare("2.21.8", "2.21.0") > 0);
    assertTrue(Requirements.compare("2.9.10", "2.21.0") < 0); // 9 < 21, not "9" > "2"
    assertEquals(0, Requirements.compare("2.21", "2.21.0"));
    assertEquals(0, Requirements.compare("2.21.0-rc1", "2.21.0"));
    assertTrue(Requirements.compare("3.0.0", "2.21.0") > 0);
    assertTrue(Requirements.compare("?", "2.21.0") < 0);
  }

  @Test
  void namesTheArtifactTheVersionFoundWhereAndTheVersionNeeded() {
    String where = Requirements.where(RequirementsTest.class);
    assertEquals(Optional.of("newscorpus needs com.fasterxml.jackson.core:jackson-core 2.21.0 or "
        + "later; found 2.18.4 at " + where), Requirements.tooOld(
            "com.fasterxml.jackson.core:jackson-core", "2.18.4", "2.21.0", RequirementsTest.class));
    assertEquals(Optional.empty(), Requirements.tooOld("com.fasterxml.jackson.core:jackson-core",
        "2.21.0", "2.21.0", RequirementsTest.class));
    assertTrue(where.startsWith("file:"), where);
  }

  @Test
  void findsNothingWrongWithTheJarsTheBuildDeclares() {
    assertEquals(Optional.empty(), Requirements.problems(RequirementsTest.class.getClassLoader()));
  }

  @Test
  void namesEveryJarALoaderWithoutThemLacks() {
    // the platform class loader sees the JDK only: all three jars are missing
    assertEquals(Optional.of("newscorpus needs com.fasterxml.jackson.core:jackson-core 2.18.0 or "
        + "later; it is not on the class path; newscorpus needs org.apache.commons:commons-text "
        + "1.7 or later; it is not on the class path; newscorpus needs "
        + "org.apache.commons:commons-lang3 3.0 or later; it is not on the class path. Another "
        + "dependency brings the older version and Maven picks the nearest: declare the version "
        + "needed in your own project's dependencies"),
        Requirements.problems(ClassLoader.getPlatformClassLoader()));
  }
}
