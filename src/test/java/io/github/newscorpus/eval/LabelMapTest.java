package io.github.newscorpus.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.newscorpus.model.EntityType;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LabelMapTest {

  @Test
  void conllLabelsNameThreeTypesAndMiscNone() {
    assertEquals(Optional.of(EntityType.PERSON), LabelMap.CONLL_2003.type("PER"));
    assertEquals(Optional.of(EntityType.ORGANIZATION), LabelMap.CONLL_2003.type("org"));
    assertEquals(Optional.of(EntityType.LOCATION), LabelMap.CONLL_2003.type(" LOC "));
    assertEquals(Optional.empty(), LabelMap.CONLL_2003.type("MISC"));
    assertEquals(List.of("LOC", "MISC", "ORG", "PER"), LabelMap.CONLL_2003.labels());
    assertEquals(List.of("MISC"), LabelMap.CONLL_2003.withoutCounterpart());
  }

  @Test
  void ontoNotesGpeIsLocationAndTwelveLabelsHaveNoCounterpart() {
    assertEquals(Optional.of(EntityType.LOCATION), LabelMap.ONTONOTES_5.type("GPE"));
    assertEquals(Optional.of(EntityType.LOCATION), LabelMap.ONTONOTES_5.type("LOC"));
    assertEquals(Optional.of(EntityType.NORP), LabelMap.ONTONOTES_5.type("NORP"));
    assertEquals(Optional.of(EntityType.LAW), LabelMap.ONTONOTES_5.type("LAW"));
    assertEquals(Optional.empty(), LabelMap.ONTONOTES_5.type("DATE"));
    assertEquals(18, LabelMap.ONTONOTES_5.labels().size());
    assertEquals(List.of("CARDINAL", "DATE", "EVENT", "FAC", "LANGUAGE", "MONEY", "ORDINAL",
        "PERCENT", "PRODUCT", "QUANTITY", "TIME", "WORK_OF_ART"),
        LabelMap.ONTONOTES_5.withoutCounterpart());
  }

  @Test
  void anUnknownLabelFailsNamingTheMapAndItsLabels() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> LabelMap.CONLL_2003.type("GPE"));
    assertEquals("unknown entity label \"GPE\" for CoNLL-2003 labels; expected one of LOC, MISC, "
        + "ORG, PER", e.getMessage());
  }

  @Test
  void defaultKnowsOurNamesAndBothTagSets() {
    assertEquals(Optional.of(EntityType.MEDIA), LabelMap.DEFAULT.type("media"));
    assertEquals(Optional.of(EntityType.PERSON), LabelMap.DEFAULT.type("PER"));
    assertEquals(Optional.of(EntityType.LOCATION), LabelMap.DEFAULT.type("GPE"));
    assertEquals(Optional.empty(), LabelMap.DEFAULT.type("MISC"));
    assertEquals(Optional.empty(), LabelMap.DEFAULT.type("CARDINAL"));
    // 8 type names, CoNLL's PER, ORG, LOC, MISC, and the 18 OntoNotes labels less the 5 already
    // there (PERSON, NORP, LAW, ORG, LOC)
    assertEquals(8 + 4 + 18 - 5, LabelMap.DEFAULT.labels().size());
  }

  @Test
  void ownMapsAreCheckedForBlankAndRepeatedLabels() {
    LabelMap own = LabelMap.of("own", Map.of("Human", EntityType.PERSON), Set.of("Thing"));
    assertEquals(Optional.of(EntityType.PERSON), own.type("HUMAN"));
    assertEquals(Optional.empty(), own.type("thing"));
    IllegalArgumentException twice = assertThrows(IllegalArgumentException.class,
        () -> LabelMap.of("own", Map.of("X", EntityType.PERSON), Set.of("x ")));
    assertEquals("label \"x \" is given twice", twice.getMessage());
    IllegalArgumentException blank = assertThrows(IllegalArgumentException.class,
        () -> LabelMap.of("own", Map.of(" ", EntityType.PERSON), Set.of()));
    assertEquals("a label must not be blank", blank.getMessage());
  }

  @Test
  void joiningMapsThatDisagreeFails() {
    LabelMap own = LabelMap.of("own", Map.of("ORG", EntityType.MEDIA), Set.of());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> LabelMap.CONLL_2003.and(own));
    assertEquals("label \"ORG\" means ORGANIZATION in CoNLL-2003 but MEDIA in own", e.getMessage());
    assertEquals("LabelMap[CoNLL-2003 and own, 5 labels]",
        LabelMap.CONLL_2003.and(LabelMap.of("own", Map.of("ORG", EntityType.ORGANIZATION),
            Set.of("THING"))).toString());
  }
}
