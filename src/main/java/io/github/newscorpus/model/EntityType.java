package io.github.newscorpus.model;

/**
 * Names the kind of real-world referent an {@link Entity} is. The set follows what news text
 * needs; {@code NORP} is OntoNotes' name for nationalities and political groups.
 */
public enum EntityType {
  /** A named person. */
  PERSON,
  /** A named company, government body, party, alliance, institution or think tank. */
  ORGANIZATION,
  /** A named country, state, city, region or continent, also when it stands for its government. */
  LOCATION,
  /** A nationality, or a political group named by a demonym or party adjective ("Mexican"). */
  NORP,
  /** A named law, treaty or trade agreement. */
  LAW,
  /** A named news outlet, news or photo agency, broadcaster or social-media platform. */
  MEDIA,
  /** A commercial brand, including one named inside a hashtag. */
  BRAND,
  /** A person or group the text quotes without naming; it has no name mentions. */
  UNNAMED_SOURCE
}
