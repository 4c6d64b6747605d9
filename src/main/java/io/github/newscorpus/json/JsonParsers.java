package io.github.newscorpus.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import io.github.newscorpus.ReadLimits;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Makes Jackson's byte parsers for a read: within the {@link ReadLimits}, leaving their input
 * open when closed. Jackson checks nesting and the lengths of strings, numbers and names as it
 * parses; here those checks throw {@link LimitBroken}, which says which limit broke, so that no
 * message text need be read to tell.
 */
final class JsonParsers {

  /** The longest number the parser reads; no valid number of the format has more than 10 digits. */
  static final int MAX_NUMBER_LENGTH = 1_000;
  /** The longest field name the parser reads; the format's longest is 14 characters. */
  static final int MAX_NAME_LENGTH = 50_000;
  /** Says that reading stopped at a limit, so that fewer problems than there are may be listed. */
  static final String STOPPED = "; reading stopped here";

  private static final JsonFactory DEFAULT = factory(ReadLimits.defaults());
  private static final Pattern PLACE = Pattern.compile("\\s*\\((?:start marker|for \\w+ "
      + "starting) at \\[Source: [^\\]]*\\]\\)|\\s*at \\[Source: [^\\]]*\\]");
  private static final Pattern ADVICE = Pattern.compile(": enable `[^`]*` to allow"
      + "|\\s*\\(consider enabling `[^`]*`[^()]*(?:\\([^()]*\\))?\\)"
      + "|\\s*\\(not recognized as one since Feature '\\w+' not enabled for parser\\)");

  /** Names the limits Jackson checks. */
  enum Limit { NESTING, STRING, NUMBER, NAME }

  /** Signals that Jackson found a limit broken; carries which one, and no stack trace. */
  static final class LimitBroken extends StreamConstraintsException {
    private static final long serialVersionUID = 1L;

    private final transient Limit limit;

    LimitBroken(Limit limit) {
      super(limit.name());
      this.limit = limit;
      setStackTrace(new StackTraceElement[0]);
    }

    Limit limit() {
      return limit;
    }
  }

  /** Jackson's constraints, each check throwing a {@link LimitBroken}. */
  private static final class Constraints extends StreamReadConstraints {
    private static final long serialVersionUID = 1L;

    Constraints(ReadLimits limits) {
      super(limits.maxNestingDepth(), -1L, MAX_NUMBER_LENGTH, limits.maxStringLength(),
          MAX_NAME_LENGTH, -1L);
    }

    @Override
    public void validateNestingDepth(int depth) throws StreamConstraintsException {
      check(depth, _maxNestingDepth, Limit.NESTING);
    }

    @Override
    public void validateStringLength(int length) throws StreamConstraintsException {
      check(length, _maxStringLen, Limit.STRING);
    }

    @Override
    public void validateIntegerLength(int length) throws StreamConstraintsException {
      check(length, _maxNumLen, Limit.NUMBER);
    }

    @Override
    public void validateFPLength(int length) throws StreamConstraintsException {
      check(length, _maxNumLen, Limit.NUMBER);
    }

    @Override
    public void validateNameLength(int length) throws StreamConstraintsException {
      check(length, _maxNameLen, Limit.NAME);
    }

    private static void check(int value, int max, Limit limit) throws LimitBroken {
      if (value > max) {
        throw new LimitBroken(limit);
      }
    }
  }

  /** Says that the parser refused field names whose hash codes collide, as an attack's do. */
  static final String SYMBOL_TABLE_FULL = "not read: too many field names share a hash code, "
      + "as in a denial-of-service attack" + STOPPED;

  private JsonParsers() {}

  /**
   * Returns whether {@code e} is the parser's refusal of field names whose hash codes collide
   * (thrown by its symbol table), rather than a fault of this library.
   */
  static boolean isSymbolTableFull(IllegalStateException e) {
    StackTraceElement[] trace = e.getStackTrace();
    return trace.length > 0
        && trace[0].getClassName().startsWith("com.fasterxml.jackson.core.sym.");
  }

  /** Returns the factory of parsers within {@code limits}; the same one for the defaults. */
  static JsonFactory factory(ReadLimits limits) {
    if (limits.equals(ReadLimits.defaults()) && DEFAULT != null) {
      return DEFAULT;
    }
    return JsonFactory.builder()
        .streamReadConstraints(new Constraints(limits))
        .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
        .build();
  }

  /**
   * Returns Jackson's description of a syntax error without the places it adds, which count
   * bytes and lines of its own input (a JSON Lines line is line 1 to it), and without its advice
   * to enable features of its own, which a reader of the format cannot.
   */
  static String message(JsonProcessingException e) {
    String message = String.valueOf(e.getOriginalMessage());
    return ADVICE.matcher(PLACE.matcher(message).replaceAll("")).replaceAll("");
  }

  /** Returns {@code name (value)}, the value grouped by thousands: {@code maxArticles (1,000)}. */
  static String named(String name, long value) {
    return String.format(Locale.ROOT, "%s (%,d)", name, value);
  }

  /** Describes the broken limit as {@code ReadLimits} names it, for {@code limits}. */
  static String describe(Limit limit, ReadLimits limits) {
    return switch (limit) {
      case NESTING -> "arrays and objects nest deeper than "
          + named("maxNestingDepth", limits.maxNestingDepth());
      case STRING -> "a string is longer than "
          + named("maxStringLength", limits.maxStringLength()) + " characters";
      case NUMBER -> String.format(Locale.ROOT, "a number is longer than %,d characters, the most"
          + " the parser reads", MAX_NUMBER_LENGTH);
      case NAME -> String.format(Locale.ROOT, "a field name is longer than %,d characters, the"
          + " most the parser reads", MAX_NAME_LENGTH);
    } + STOPPED;
  }
}
