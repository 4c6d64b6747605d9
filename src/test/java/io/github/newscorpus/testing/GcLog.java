package io.github.newscorpus.testing;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads heap use from the lines {@code -Xlog:gc} prints, such as
 * {@code [0.321s][info][gc] GC(4) Pause Young (Normal) (G1 Evacuation Pause) 23M->2M(32M) 1.2ms}.
 */
public final class GcLog {

  private static final Pattern GC_LINE = Pattern.compile("GC\\(\\d+\\).* (\\d+)([KMG])->(\\d+)([KMG])\\(");

  private GcLog() {}

  /**
   * Returns the JVM option that logs collections to {@code file}: a file of its own, because the
   * log written to standard output could break into the middle of a line the program prints.
   */
  public static String option(java.nio.file.Path file) {
    return "-Xlog:gc:file=\"" + file + "\"";
  }

  /** Returns the largest heap use after a collection: the most that was live; 0 without any. */
  public static long maxLiveBytes(List<String> log) {
    return max(log, 3);
  }

  /** Returns the largest heap use before a collection: the peak; 0 without any. */
  public static long maxUsedBytes(List<String> log) {
    return max(log, 1);
  }

  private static long max(List<String> log, int group) {
    long max = 0;
    for (String line : log) {
      Matcher m = GC_LINE.matcher(line);
      if (m.find()) {
        max = Math.max(max, Long.parseLong(m.group(group)) << switch (m.group(group + 1)) {
          case "K" -> 10;
          case "M" -> 20;
          default -> 30;
        });
      }
    }
    return max;
  }
}
