package io.github.newscorpus.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Runs a {@code .test} file of the W3C Web Annotation test suite (vendored under
 * {@code src/test/resources/w3c-annotation-tests/}, see the README there) on a JSON value, as the
 * suite's own harness, JSONtest, does: each assertion is a draft-04 JSON Schema, validated here
 * with networknt's validator; {@code expectedResult} says whether the value must be valid or
 * invalid; {@code onUnexpectedResult} says whether an unexpected result fails ({@code fail…}) or
 * not ({@code pass…}: an optional feature absent) and whether the assertions after it in its list
 * still run ({@code …AndContinue}), are skipped ({@code …AndSkip}) or every remaining one is
 * ({@code …AndAbort}); a nested list runs as a group; a condition object (one with
 * {@code assertions}) combines its assertions' results with {@code compareWith} {@code and} or
 * {@code or}; an object with {@code assertionFile} is that file with its own keys overriding.
 */
final class W3cTestSuite {

  /** Where the suite's files are on the class path. */
  private static final String ROOT = "/w3c-annotation-tests/";
  /** A base IRI for the schemas: their {@code $ref}s name files of {@code definitions/}. */
  private static final String BASE = "https://w3c-annotation-tests.invalid/";
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(
      SpecVersion.VersionFlag.V4,
      b -> b.schemaMappers(m -> m.mapPrefix(BASE, "classpath:w3c-annotation-tests/definitions/")));

  /**
   * Holds one assertion's outcome.
   *
   * @param assertion the assertion's file, or {@code inline} for one written in the test
   * @param failed whether it counts as a failure: an unexpected result under {@code fail…}
   * @param skipped whether an earlier assertion's {@code …AndSkip} or {@code …AndAbort} skipped it
   * @param errors the validator's messages, empty when the value was valid
   */
  record Outcome(String assertion, String assertionType, boolean failed, boolean skipped,
      String errorMessage, List<String> errors) {
    @Override
    public String toString() {
      return assertion + " (" + assertionType + "): " + errorMessage + " " + errors;
    }
  }

  private enum Action { CONTINUE, SKIP, ABORT }

  private final String test;
  private final JsonNode assertions;
  private final Map<String, JsonSchema> schemas = new HashMap<>();

  private W3cTestSuite(String test, JsonNode assertions) {
    this.test = test;
    this.assertions = assertions;
  }

  /** Loads a {@code .test} file such as {@code annotations/annotationMusts.test}. */
  static W3cTestSuite load(String test) {
    return new W3cTestSuite(test, json(test).get("assertions"));
  }

  /** Returns the outcome of every assertion of the test on {@code content}, in order. */
  List<Outcome> run(JsonNode content) {
    List<Outcome> outcomes = new ArrayList<>();
    run(assertions, content, outcomes);
    return outcomes;
  }

  /** Returns the outcomes that count as failures. */
  List<Outcome> failures(JsonNode content) {
    return run(content).stream().filter(Outcome::failed).toList();
  }

  private Action run(JsonNode list, JsonNode content, List<Outcome> outcomes) {
    Action action = Action.CONTINUE;
    for (JsonNode entry : list) {
      if (entry.isArray()) {
        if (action == Action.CONTINUE && run(entry, content, outcomes) == Action.ABORT) {
          action = Action.ABORT;
        }
        continue;
      }
      String name = entry.isTextual() ? entry.asText()
          : entry.has("assertionFile") ? entry.get("assertionFile").asText() : "inline";
      JsonNode assertion = assertion(entry);
      if (action != Action.CONTINUE) {
        outcomes.add(new Outcome(name, type(assertion), false, true, "skipped", List.of()));
        continue;
      }
      List<String> errors = new ArrayList<>();
      boolean valid = valid(assertion, content, errors);
      boolean expected = valid == assertion.path("expectedResult").asText("valid").equals("valid");
      String on = assertion.path("onUnexpectedResult").asText("failAndContinue");
      outcomes.add(new Outcome(name, type(assertion), !expected && on.startsWith("fail"), false,
          assertion.path("errorMessage").asText(""), errors));
      if (!expected) {
        action = on.endsWith("AndAbort") ? Action.ABORT
            : on.endsWith("AndSkip") ? Action.SKIP : Action.CONTINUE;
      }
    }
    return action;
  }

  private static String type(JsonNode assertion) {
    return assertion.path("assertionType").asText("must");
  }

  /** Validates {@code content}: a condition object by its assertions, any other by its schema. */
  private boolean valid(JsonNode assertion, JsonNode content, List<String> errors) {
    if (assertion.has("assertions")) {
      boolean or = assertion.path("compareWith").asText("and").equals("or");
      boolean result = !or;
      for (JsonNode child : assertion.get("assertions")) {
        JsonNode a = assertion(child);
        List<String> childErrors = new ArrayList<>();
        boolean ok = valid(a, content, childErrors)
            == a.path("expectedResult").asText("valid").equals("valid");
        errors.addAll(childErrors);
        result = or ? result || ok : result && ok;
      }
      return result;
    }
    String key = assertion.toString();
    JsonSchema schema = schemas.computeIfAbsent(key, k -> FACTORY.getSchema(
        SchemaLocation.of(BASE + "assertion-" + schemas.size() + ".json"), strip(assertion)));
    Set<ValidationMessage> messages = schema.validate(content);
    errors.addAll(messages.stream().map(ValidationMessage::getMessage).collect(Collectors.toList()));
    return messages.isEmpty();
  }

  /** Returns the schema without its draft-04 {@code id}, so that it resolves against the base. */
  private static JsonNode strip(JsonNode assertion) {
    ObjectNode copy = assertion.deepCopy();
    copy.remove("id");
    return copy;
  }

  /** Returns an entry as an assertion object: a file loaded, or an object with overrides. */
  private JsonNode assertion(JsonNode entry) {
    if (entry.isTextual()) {
      return json(resolve(entry.asText()));
    }
    if (entry.has("assertionFile")) {
      ObjectNode loaded = (ObjectNode) json(resolve(entry.get("assertionFile").asText()));
      entry.properties().forEach(f -> {
        if (!f.getKey().equals("assertionFile")) {
          loaded.set(f.getKey(), f.getValue());
        }
      });
      return loaded;
    }
    return entry;
  }

  /** Resolves a reference as JSONtest does: with a slash, from the root; without, beside the test. */
  private String resolve(String reference) {
    return reference.contains("/") ? reference
        : test.substring(0, test.lastIndexOf('/') + 1) + reference;
  }

  private static JsonNode json(String path) {
    try (InputStream in = W3cTestSuite.class.getResourceAsStream(ROOT + path)) {
      if (in == null) {
        throw new IllegalArgumentException("no file " + ROOT + path + " on the class path");
      }
      return MAPPER.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
