package io.github.newscorpus.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EntityNamesTest {

  private static final Entity PENA = Entity.of("e-pena", "Enrique Peña Nieto", EntityType.PERSON)
      .withAliases(List.of("Enrique Peña Nieto", "Peña Nieto"));
  private static final Entity JORGE = Entity.of("e-jorge", "Jorge Castañeda", EntityType.PERSON)
      .withAliases(List.of("Jorge Castañeda"));
  private static final Entity CLEMENTE =
      Entity.of("e-clemente", "Clemente Castañeda Hoeflich", EntityType.PERSON);
  private static final Entity GUZMAN = Entity.of("e-guzman", "Joaquin “El Chapo” Guzman",
      EntityType.PERSON).withAliases(List.of("Joaquin “El Chapo” Guzman", "El Chapo"));
  /** Two entities sharing an alias: the name match wins. */
  private static final Entity WASHINGTON_CITY = Entity.of("e-dc", "Washington", EntityType.LOCATION);
  private static final Entity WASHINGTON_STATE =
      Entity.of("e-wa", "Washington State", EntityType.LOCATION).withAliases(List.of("Washington"));

  private final EntityNames names = new EntityNames(
      List.of(PENA, JORGE, CLEMENTE, GUZMAN, WASHINGTON_CITY, WASHINGTON_STATE));

  @ParameterizedTest(name = "\"{0}\" → {1}")
  @CsvSource({
      "pena nieto, e-pena",
      "PEÑA NIETO, e-pena",
      "'  Enrique   Peña Nieto ', e-pena",
      "el chapo, e-guzman",
      "'Joaquin \"El Chapo\" Guzman', e-guzman",
      "E-CLEMENTE, e-clemente",
      "Washington, e-dc",
      "'ENRIQUE PENA NIETO.', e-pena",
  })
  void finds(String query, String id) {
    assertEquals(id, names.find(query).map(Entity::id).orElse("none"));
  }

  @Test
  void idWinsOverName() {
    Entity tricky = Entity.of("jorge castañeda", "Someone", EntityType.PERSON);
    assertEquals(Optional.of(tricky), new EntityNames(List.of(JORGE, tricky)).find("Jorge Castaneda"));
  }

  @Test
  void ambiguousAliasFindsNothingAndExpectNamesTheCandidates() {
    List<Entity> two = List.of(WASHINGTON_STATE,
        Entity.of("e-wa2", "Washington County", EntityType.LOCATION).withAliases(List.of("Washington")));
    EntityNames ambiguous = new EntityNames(two);
    assertEquals(Optional.empty(), ambiguous.find("washington"));
    NoSuchElementException e =
        assertThrows(NoSuchElementException.class, () -> ambiguous.expect("washington", "a1"));
    assertEquals("\"washington\" is ambiguous in article a1: it matches \"Washington State\" (e-wa), "
        + "\"Washington County\" (e-wa2); use an id", e.getMessage());
  }

  @Test
  void missSuggestsEntitiesThatHaveTheQueryAsAWord() {
    NoSuchElementException e =
        assertThrows(NoSuchElementException.class, () -> names.expect("Castaneda", "a1"));
    assertEquals("no entity matches \"Castaneda\" in article a1; closest: \"Jorge Castañeda\" "
        + "(e-jorge), \"Clemente Castañeda Hoeflich\" (e-clemente)", e.getMessage());
  }

  @Test
  void missWithNothingCloseSaysSo() {
    NoSuchElementException e =
        assertThrows(NoSuchElementException.class, () -> names.expect("Zzyzx", "a1"));
    assertEquals("no entity matches \"Zzyzx\" in article a1; no name is close to it", e.getMessage());
  }

  @Test
  void normalizeFoldsCaseAccentsQuotesAndSpaces() {
    assertEquals("pena nieto", EntityNames.normalize("  Peña\tNIETO "));
    assertEquals("joaquin \"el chapo\" guzman", EntityNames.normalize("Joaquin “El Chapo” Guzman"));
    assertEquals("trump's", EntityNames.normalize("Trump’s"));
    assertEquals("john f kelly", EntityNames.normalize("John F. Kelly"));
    assertEquals("us", EntityNames.normalize("U.S."));
  }

  @Test
  void rejectsNullQuery() {
    NullPointerException e = assertThrows(NullPointerException.class, () -> names.find(null));
    assertEquals("nameAliasOrId must not be null", e.getMessage());
  }
}
