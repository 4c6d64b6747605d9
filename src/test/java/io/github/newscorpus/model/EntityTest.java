package io.github.newscorpus.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class EntityTest {

  @Test
  void ofHasNothingOptional() {
    Entity e = Entity.of("e-x", "X", EntityType.PERSON);
    assertEquals(List.of(), e.aliases());
    assertEquals(Optional.empty(), e.role());
    assertEquals(Optional.empty(), e.affiliation());
    assertEquals(Map.of(), e.externalIds());
    assertEquals(Optional.empty(), e.note());
  }

  @Test
  void withersReturnChangedCopies() {
    Entity base = Entity.of("e-cardin", "Benjamin L. Cardin", EntityType.PERSON);
    Entity full = base.withAliases(List.of("Cardin"))
        .withRole("Senator")
        .withAffiliation("e-committee")
        .withExternalId("wikidata", "Q0")
        .withNote("a note");
    assertEquals(List.of("Cardin"), full.aliases());
    assertEquals(Optional.of("Senator"), full.role());
    assertEquals(Optional.of("e-committee"), full.affiliation());
    assertEquals(Map.of("wikidata", "Q0"), full.externalIds());
    assertEquals(Optional.of("a note"), full.note());
    assertEquals(List.of(), base.aliases(), "the original is unchanged");
  }

  @Test
  void copiesAliasesOnTheWayIn() {
    List<String> aliases = new ArrayList<>(List.of("A"));
    Entity e = Entity.of("e-a", "A", EntityType.PERSON).withAliases(aliases);
    aliases.add("B");
    assertEquals(List.of("A"), e.aliases());
    assertThrows(UnsupportedOperationException.class, () -> e.aliases().add("C"));
  }

  @Test
  void rejectsBlankName() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Entity.of("e-x", " ", EntityType.PERSON));
    assertEquals("name must not be blank, got \" \"", e.getMessage());
  }

  @Test
  void rejectsNullType() {
    NullPointerException e =
        assertThrows(NullPointerException.class, () -> Entity.of("e-x", "X", null));
    assertEquals("type must not be null", e.getMessage());
  }

  @Test
  void rejectsBlankAliasesAndExternalIds() {
    Entity e = Entity.of("e-x", "X", EntityType.PERSON);
    assertEquals("alias must not be blank, got \"\"", assertThrows(IllegalArgumentException.class,
        () -> e.withAliases(List.of("X", ""))).getMessage());
    assertEquals("external id base must not be blank, got \"\"", assertThrows(
        IllegalArgumentException.class, () -> e.withExternalId("", "Q1")).getMessage());
    assertEquals("external id must not be blank, got \" \"", assertThrows(
        IllegalArgumentException.class, () -> e.withExternalId("wikidata", " ")).getMessage());
  }

  @Test
  void refusesALoneSurrogateInANameOrARole() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Entity.of("e", "A\ud800", EntityType.PERSON));
    assertEquals("name must be well-formed Unicode; it holds a lone surrogate (\\uD800) at "
        + "character 2", e.getMessage());
    // a pair is one character: the lone high surrogate after 👋 is the 2nd
    e = assertThrows(IllegalArgumentException.class,
        () -> Entity.of("e", "A", EntityType.PERSON).withRole("👋\ud800"));
    assertEquals("role must be well-formed Unicode; it holds a lone surrogate (\\uD800) at "
        + "character 2", e.getMessage());
  }

  @Test
  void printsIdNameAndTypeOnly() {
    Entity cardin = Entity.of("e-cardin", "Benjamin L. Cardin", EntityType.PERSON)
        .withAliases(List.of("Cardin")).withRole("Senator").withAffiliation("e-committee")
        .withExternalId("wikidata", "Q0").withNote("a note");
    assertEquals("Entity[e-cardin \"Benjamin L. Cardin\" PERSON]", cardin.toString());
  }
}
