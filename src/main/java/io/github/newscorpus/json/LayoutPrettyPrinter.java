package io.github.newscorpus.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.PrettyPrinter;
import java.io.IOException;

/**
 * Lays out a corpus for reading and diffing: the corpus, article and layer containers one entry
 * per line, indented by two spaces, and every annotation (anything nested deeper) on one line.
 */
final class LayoutPrettyPrinter implements PrettyPrinter {

  /** Containers nested this deep or less get one entry per line: corpus, articles, article, layer. */
  private static final int MULTILINE_DEPTH = 4;

  private int depth;

  private boolean multiline() {
    return depth <= MULTILINE_DEPTH;
  }

  private void newline(JsonGenerator g, int indent) throws IOException {
    g.writeRaw('\n');
    for (int i = 0; i < indent; i++) {
      g.writeRaw("  ");
    }
  }

  @Override
  public void writeRootValueSeparator(JsonGenerator g) throws IOException {
    g.writeRaw('\n');
  }

  @Override
  public void writeStartObject(JsonGenerator g) throws IOException {
    g.writeRaw('{');
    depth++;
  }

  @Override
  public void beforeObjectEntries(JsonGenerator g) throws IOException {
    if (multiline()) {
      newline(g, depth);
    }
  }

  @Override
  public void writeObjectFieldValueSeparator(JsonGenerator g) throws IOException {
    g.writeRaw(": ");
  }

  @Override
  public void writeObjectEntrySeparator(JsonGenerator g) throws IOException {
    separator(g);
  }

  @Override
  public void writeEndObject(JsonGenerator g, int nrOfEntries) throws IOException {
    end(g, nrOfEntries);
    g.writeRaw('}');
  }

  @Override
  public void writeStartArray(JsonGenerator g) throws IOException {
    g.writeRaw('[');
    depth++;
  }

  @Override
  public void beforeArrayValues(JsonGenerator g) throws IOException {
    if (multiline()) {
      newline(g, depth);
    }
  }

  @Override
  public void writeArrayValueSeparator(JsonGenerator g) throws IOException {
    separator(g);
  }

  @Override
  public void writeEndArray(JsonGenerator g, int nrOfValues) throws IOException {
    end(g, nrOfValues);
    g.writeRaw(']');
  }

  private void separator(JsonGenerator g) throws IOException {
    g.writeRaw(',');
    if (multiline()) {
      newline(g, depth);
    } else {
      g.writeRaw(' ');
    }
  }

  private void end(JsonGenerator g, int entries) throws IOException {
    boolean wasMultiline = multiline();
    depth--;
    if (wasMultiline && entries > 0) {
      newline(g, depth);
    }
  }
}
