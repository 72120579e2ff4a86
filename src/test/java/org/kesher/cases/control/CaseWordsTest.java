package org.kesher.cases.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.kesher.sealing.control.KeyRing;
import org.kesher.sealing.control.SearchWords;

/** What a case's word index is written from, and the hashes it holds. */
class CaseWordsTest {

  private final KeyRing ring = new KeyRing(Map.of(1, new byte[32]), new byte[32]);

  @Test
  void onlyTheFreeTextAnswersAreIndexed() {
    String answers =
        "{\"description\":\"רעש מהשכנים\",\"building_address\":\"הרצל 12\","
            + "\"relation\":\"SAME_STREET\",\"visit_date\":\"2026-12-01\",\"people\":3,"
            + "\"urgent\":true,\"topics\":[\"A\",\"B\"]}";
    assertEquals(
        List.of("רעש מהשכנים", "הרצל 12"),
        CaseWords.textAnswers(answers, Set.of("description", "building_address", "topics")));
    assertEquals(List.of(), CaseWords.textAnswers("{}", Set.of("description")));
    assertEquals(List.of(), CaseWords.textAnswers(null, Set.of("description")));
  }

  @Test
  void aCaseHoldsEachWordAndStemOnceAsAHash() {
    Set<Long> hashes = CaseWords.hashes(ring, List.of("רעש ברחוב הרצל", "הרצל 12, רעש"));
    // רעש, ברחוב, רחוב (ר is no prefix: no more), הרצל, רצל, 12
    assertEquals(6, hashes.size());
    for (String searched : List.of("רעש", "רחוב", "ברחוב", "הרצל", "12")) {
      for (String word : SearchWords.searched(searched)) {
        assertTrue(hashes.contains(ring.wordIndex(word)), searched);
      }
    }
  }

  @Test
  void textsWithoutWordsHoldNothing() {
    assertEquals(Set.of(), CaseWords.hashes(ring, List.of("", " , . ", "של את")));
  }
}
