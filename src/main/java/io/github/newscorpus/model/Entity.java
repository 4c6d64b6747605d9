package io.github.newscorpus.model;

import io.github.newscorpus.internal.Messages;
import io.github.newscorpus.internal.Show;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Holds one real-world referent of an article: a person, an organisation, a place, or a quoted
 * source that the text does not name.
 *
 * <p>Immutable and null-hostile; lists are copied on the way in.
 *
 * @param id unique within its article, such as {@code e-cardin}
 * @param name the fullest form the text gives, or a description for an unnamed source
 * @param type what kind of referent it is
 * @param aliases every surface form of its name mentions, in order of first use; may be empty
 * @param role its office or function in the text's words, such as "Secretary of State"
 * @param affiliation the id of the entity (country, organisation, outlet) the text ties it to
 * @param externalIds knowledge-base ids by knowledge base name, such as {@code wikidata}; never
 *     invented, often empty
 * @param note how something about the entity was inferred, where it was
 */
public record Entity(
    String id,
    String name,
    EntityType type,
    List<String> aliases,
    Optional<String> role,
    Optional<String> affiliation,
    Map<String, String> externalIds,
    Optional<String> note) {

  /** Checks every component and copies the collections. */
  public Entity {
    Checks.nonBlank(id, "id");
    Checks.nonBlank(name, "name");
    Checks.notNull(type, "type");
    aliases = List.copyOf(aliases);
    aliases.forEach(alias -> Checks.nonBlank(alias, "alias"));
    Checks.notNull(role, "role").ifPresent(r -> Checks.wellFormed(r, "role"));
    Checks.notNull(affiliation, "affiliation").ifPresent(a -> Checks.wellFormed(a, "affiliation"));
    externalIds = Map.copyOf(externalIds);
    externalIds.forEach((base, value) -> {
      Checks.nonBlank(base, "external id base");
      Checks.nonBlank(value, "external id");
    });
    Checks.notNull(note, "note").ifPresent(n -> Checks.wellFormed(n, "note"));
  }

  /** Returns an entity with no aliases, role, affiliation, external ids or note. */
  public static Entity of(String id, String name, EntityType type) {
    return new Entity(
        id, name, type, List.of(), Optional.empty(), Optional.empty(), Map.of(), Optional.empty());
  }

  /** Returns a copy with the given aliases. */
  public Entity withAliases(List<String> newAliases) {
    return new Entity(id, name, type, newAliases, role, affiliation, externalIds, note);
  }

  /** Returns a copy with the given role. */
  public Entity withRole(String newRole) {
    return new Entity(
        id, name, type, aliases, Optional.of(newRole), affiliation, externalIds, note);
  }

  /** Returns a copy affiliated with the entity that has id {@code entityId}. */
  public Entity withAffiliation(String entityId) {
    return new Entity(id, name, type, aliases, role, Optional.of(entityId), externalIds, note);
  }

  /** Returns a copy that also has id {@code value} in knowledge base {@code base}; both non-blank. */
  public Entity withExternalId(String base, String value) {
    Map<String, String> ids = new TreeMap<>(externalIds);
    ids.put(base, value);
    return new Entity(id, name, type, aliases, role, affiliation, ids, note);
  }

  /** Returns a copy with the given note on how something about it was inferred. */
  public Entity withNote(String newNote) {
    return new Entity(
        id, name, type, aliases, role, affiliation, externalIds, Optional.of(newNote));
  }

  /** Returns the id, name and type, such as {@code Entity[e-cardin "Benjamin L. Cardin" PERSON]}. */
  @Override
  public String toString() {
    return "Entity[" + Show.id(id) + " " + Messages.excerpt(name) + " " + type + "]";
  }
}
