package io.github.newscorpus.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ArticleIdsTest {

  @Test
  void admitsUpToTheLimitThenSaysItIsExhausted() {
    ArticleIds ids = new ArticleIds(2);
    assertTrue(ids.admit());
    assertTrue(ids.admit());
    assertFalse(ids.exhausted());
    assertFalse(ids.admit());
    assertTrue(ids.exhausted());
  }

  @Test
  void givesTheFirstPlaceOfAnIdClaimedAgain() {
    ArticleIds ids = new ArticleIds(10);
    assertNull(ids.claim("a", new ArticleIds.Place("x.jsonl", 2, 1, -1)));
    assertNull(ids.claim("b", new ArticleIds.Place("y.json", 4, 5, 0)));
    assertEquals("x.jsonl:2:1", ids.claim("a", new ArticleIds.Place("y.json", 9, 5, 1)).toString());
    assertEquals("y.json:4:5 (/articles/0)",
        ids.claim("b", new ArticleIds.Place("y.json", 9, 5, 1)).toString());
  }
}
