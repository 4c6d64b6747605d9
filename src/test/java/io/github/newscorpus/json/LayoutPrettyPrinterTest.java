package io.github.newscorpus.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class LayoutPrettyPrinterTest {

  @Test
  void breaksFourLevelsAndKeepsDeeperContainersOnOneLine() throws IOException {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = new JsonFactory().createGenerator(out)) {
      g.setPrettyPrinter(new LayoutPrettyPrinter());
      g.writeStartObject();                 // 1
      g.writeArrayFieldStart("articles");   // 2
      g.writeStartObject();                 // 3
      g.writeArrayFieldStart("mentions");   // 4
      g.writeStartObject();                 // 5: one line
      g.writeNumberField("begin", 0);
      g.writeArrayFieldStart("xs");
      g.writeNumber(1);
      g.writeNumber(2);
      g.writeEndArray();
      g.writeEndObject();
      g.writeStartObject();
      g.writeEndObject();
      g.writeEndArray();
      g.writeArrayFieldStart("empty");
      g.writeEndArray();
      g.writeEndObject();
      g.writeEndArray();
      g.writeEndObject();
    }
    assertEquals("""
        {
          "articles": [
            {
              "mentions": [
                {"begin": 0, "xs": [1, 2]},
                {}
              ],
              "empty": []
            }
          ]
        }""", out.toString());
  }
}
