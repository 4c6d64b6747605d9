package io.github.newscorpus.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.github.newscorpus.json.Schema.EntityField;
import io.github.newscorpus.json.Schema.QuoteField;
import org.junit.jupiter.api.Test;

class SchemaTest {

  @Test
  void namesFieldsInLowerCamelCaseBothWays() {
    assertEquals("speakerMention", Schema.QUOTE.json(QuoteField.SPEAKER_MENTION));
    assertEquals("externalIds", Schema.ENTITY.name(EntityField.EXTERNAL_IDS).getValue());
    assertEquals(QuoteField.SPEAKER_MENTION, Schema.QUOTE.find("speakerMention"));
    assertNull(Schema.QUOTE.find("speaker_mention"));
    assertNull(Schema.QUOTE.find("SPEAKER_MENTION"));
  }

  @Test
  void listsTheFieldsSortedForMessages() {
    assertEquals("[affiliation, aliases, externalIds, id, name, note, role, type]",
        Schema.ENTITY.expected());
    assertEquals("[articles, format]", Schema.CORPUS.expected());
  }
}
