package io.github.newscorpus.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class CorpusJsonTest {

  @Test
  void writesWhatItReadsByteForByte() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    CorpusJson.write(Small.articles(Small.JSON), out);
    assertEquals(Small.JSON, out.toString(StandardCharsets.UTF_8));
  }

  @Test
  void writesAnEmptyCorpusWithItsFormat() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    CorpusJson.write(List.of(), out);
    assertEquals("{\n  \"format\": \"newscorpus/1\",\n  \"articles\": []\n}\n",
        out.toString(StandardCharsets.UTF_8));
  }
}
