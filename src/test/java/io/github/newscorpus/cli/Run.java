package io.github.newscorpus.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Holds what one in-process run of the tool gave: its exit code and what it wrote to standard
 * output and standard error.
 */
record Run(int code, String out, String err) {

  /** Runs the tool with {@code args}, in this process, capturing both streams. */
  static Run of(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.commandLine(new PrintWriter(out), new PrintWriter(err)).execute(args);
    return new Run(code, out.toString(), err.toString());
  }

  /** Returns the lines of standard output. */
  List<String> lines() {
    return out.lines().toList();
  }

  /** Returns standard output parsed as JSON. */
  JsonNode json() {
    try {
      return new ObjectMapper().readTree(out);
    } catch (IOException e) {
      throw new UncheckedIOException("not JSON: " + out, e);
    }
  }

  /** Asserts success: exit code 0 and nothing on standard error. */
  Run succeeded() {
    assertEquals("", err, "standard error");
    assertEquals(0, code, "exit code; stderr: " + err);
    return this;
  }

  /**
   * Asserts a failure: {@code code}, nothing on standard output, and exactly {@code line} (one
   * line, no stack trace) on standard error.
   */
  Run failed(int expectedCode, String line) {
    assertEquals(line + System.lineSeparator(), err, "standard error");
    assertEquals(expectedCode, code, "exit code");
    assertEquals("", out, "standard output");
    assertFalse(err.contains("\tat "), "no stack trace");
    return this;
  }

  /** Asserts that standard error is one line that starts with {@code prefix}; returns it. */
  String oneErrorLine(int expectedCode, String prefix) {
    assertEquals(expectedCode, code, "exit code; stderr: " + err);
    assertEquals(1, err.lines().count(), "one line: " + err);
    assertTrue(err.startsWith(prefix), err);
    assertFalse(err.contains("Exception") || err.contains("\tat "), "no stack trace: " + err);
    return err.strip();
  }

  /** Copies the small test corpus (two people, one quote, an emoji) into {@code dir}; returns its path. */
  static Path smallCorpus(Path dir, String name) throws IOException {
    Path file = dir.resolve(name);
    try (InputStream in = Run.class.getResourceAsStream("/json/small" + (name.endsWith(".jsonl") ? ".jsonl" : ".json"))) {
      Files.copy(in, file);
    }
    return file;
  }
}
