package com.example;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import io.github.newscorpus.junit.GoldQuotes;
import io.github.newscorpus.model.Quote;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.EventConditions;
import org.junit.platform.testkit.engine.TestExecutionResultConditions;

/** Checks that a gold source without junit-jupiter-params fails with what to add, not a NoClassDefFoundError. */
class GoldWithoutParamsTest {

  /** Without junit-jupiter-params there is no @ParameterizedTest to write; a consumer tries @Test. */
  static class Misused {
    @Test
    @GoldQuotes
    void everyQuote(Quote gold) {}
  }

  @Test
  void saysWhatIsMissing() {
    EngineTestKit.engine("junit-jupiter").selectors(selectClass(Misused.class)).execute()
        .testEvents().assertThatEvents().haveExactly(1, EventConditions.finishedWithFailure(
            TestExecutionResultConditions.message("@GoldQuotes on com.example.GoldWithoutParamsTest$Misused"
                + ".everyQuote needs junit-jupiter-params, which is not on the test class path: add the "
                + "test dependency org.junit.jupiter:junit-jupiter-params:" + System.getProperty("junit.version")
                + " and make the method a @ParameterizedTest")));
  }
}
