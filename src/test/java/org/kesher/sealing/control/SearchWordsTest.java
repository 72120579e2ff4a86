package org.kesher.sealing.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The words of the blind word index: normalised in Hebrew, Arabic and English, and their stems. */
class SearchWordsTest {

  @Test
  void hebrewNiqqudAndCantillationAreRemoved() {
    assertEquals("שלומ", SearchWords.normalise("שָׁלוֹם"));
    assertEquals("בראשית", SearchWords.normalise("בְּרֵאשִׁ֖ית"));
    // a presentation form with dagesh and shin dot
    assertEquals("ש", SearchWords.normalise("\uFB2A"));
  }

  @Test
  void hebrewFinalLettersAreFolded() {
    assertEquals("כ מ נ פ צ", SearchWords.normalise("ך ם ן ף ץ"));
    assertEquals("ילדימ", SearchWords.normalise("ילדים"));
    assertEquals(SearchWords.normalise("ארץ"), SearchWords.normalise("ארצ"));
    assertEquals(List.of("שכנימ", "רעש"), SearchWords.searched("שכנים רעש"));
  }

  @Test
  void arabicHarakatAreRemovedAndAlefHamzaFormsFolded() {
    assertEquals("مدرسه", SearchWords.normalise("مَدْرَسَةٌ"));
    assertEquals("احمد", SearchWords.normalise("أحمد"));
    assertEquals("اسلام", SearchWords.normalise("إسلام"));
    assertEquals("امن", SearchWords.normalise("آمن"));
    assertEquals("استقبال", SearchWords.normalise("ٱستقبال"));
    assertEquals("مسوول", SearchWords.normalise("مسؤول"));
    assertEquals("مساييل", SearchWords.normalise("مسائيل"));
    assertEquals("مستشفي", SearchWords.normalise("مستشفى"));
    // ta marbuta is folded to ha: both spellings of a word's end meet
    assertEquals(SearchWords.normalise("مدرسة"), SearchWords.normalise("مدرسه"));
    // tatweel (kashida) is only stretching
    assertEquals("شارع", SearchWords.normalise("شـــارع"));
    // Arabic-Indic digits are digits
    assertEquals("12", SearchWords.normalise("١٢"));
  }

  @Test
  void latinLettersAreCaseFoldedAndAccentsRemoved() {
    assertEquals("cafe noise", SearchWords.normalise("Café NOISE"));
    assertEquals("herzl street 12", SearchWords.normalise("  Herzl   Street,12 "));
    assertEquals("abc", SearchWords.normalise("ＡＢＣ"));
  }

  @Test
  void punctuationSeparatesWordsButApostrophesAndGershayimInsideAWordDoNot() {
    assertEquals(List.of("זבוטינסקי", "12"), SearchWords.searched("ז'בוטינסקי 12"));
    assertEquals(List.of("זבוטינסקי"), SearchWords.searched("ז׳בוטינסקי"));
    assertEquals(List.of("עוס", "קהילתי"), SearchWords.searched("עו\"ס קהילתי"));
    assertEquals(List.of("עוס"), SearchWords.searched("עו״ס"));
    assertEquals(List.of("בית", "ספר"), SearchWords.searched("בית־ספר"));
    assertEquals(List.of("noise", "night"), SearchWords.searched("\"noise\" (night)!"));
    assertEquals(List.of("dont", "know"), SearchWords.searched("don't know"));
    assertEquals("", SearchWords.normalise("?!.,;:()"));
    assertEquals("", SearchWords.normalise(null));
  }

  @Test
  void mixedTextsKeepEachScriptsWords() {
    assertEquals(
        List.of("רעש", "מהשכנימ", "noise", "ضجيج", "الجيران", "12"),
        SearchWords.searched("רעש מהשכנים / noise / ضجيج الجيران 12"));
  }

  @Test
  void functionWordsAndSingleCharactersAreLeftOut() {
    assertEquals(List.of("בקשה"), SearchWords.searched("של את ב בקשה"));
    assertEquals(List.of("طلب"), SearchWords.searched("في من طلب"));
    assertEquals(List.of("request", "help"), SearchWords.searched("The request for a help"));
    assertEquals(List.of(), SearchWords.searched("של ו ה"));
  }

  @Test
  void searchedWordsComeOnceInTheOrderTyped() {
    assertEquals(List.of("רעש", "לילה"), SearchWords.searched("רעש לילה רעש"));
  }

  @Test
  void hebrewPrefixesAreTriedOffUpToThreeWithAStemOfTwoLettersAtLeast() {
    assertEquals(List.of("בבית", "בית", "ית"), SearchWords.stems("ובבית"));
    assertEquals(List.of("כשהגיע", "שהגיע", "הגיע"), SearchWords.stems("וכשהגיע"));
    assertEquals(List.of("גנ"), SearchWords.stems("בגנ"));
    assertEquals(List.of(), SearchWords.stems("גנ"));
    assertEquals(List.of(), SearchWords.stems("רעש"));
    // a word that starts with a prefix letter of its own keeps its whole form too
    assertTrue(SearchWords.indexed("מרכז").contains("מרכז"));
    assertTrue(SearchWords.indexed("מרכז").contains("רכז"));
  }

  @Test
  void arabicArticlesAndConjunctionAreTriedOff() {
    assertEquals(List.of("مدرسه", "المدرسه"), SearchWords.stems("والمدرسه"));
    assertEquals(List.of("شارع"), SearchWords.stems("الشارع"));
    assertEquals(List.of("بيت"), SearchWords.stems("بالبيت"));
    assertEquals(List.of("بيت"), SearchWords.stems("للبيت"));
    assertEquals(List.of("بيت"), SearchWords.stems("وبيت"));
    // و before a stem of two letters is part of the word
    assertEquals(List.of(), SearchWords.stems("ولد"));
  }

  @Test
  void theIndexKeepsEveryWordAndItsStemsSoASearchForTheStemFindsThem() {
    Set<String> indexed = SearchWords.indexed("הגענו לבית הכנסת ברחוב הרצל");
    for (String searched : List.of("בית", "לבית", "כנסת", "רחוב", "ברחוב", "הרצל")) {
      assertTrue(indexed.containsAll(SearchWords.searched(searched)), searched + " in " + indexed);
    }
    Set<String> arabic = SearchWords.indexed("مشكلة في المدرسة والشارع");
    for (String searched : List.of("مدرسة", "المدرسة", "شارع", "الشارع", "مشكله")) {
      assertTrue(arabic.containsAll(SearchWords.searched(searched)), searched + " in " + arabic);
    }
    // a word typed with its prefix is looked for as typed
    assertFalse(SearchWords.indexed("בית").contains("הבית"));
  }

  @Test
  void aStemThatIsAFunctionWordIsNotKept() {
    assertFalse(SearchWords.indexed("ושל").contains("של"));
    assertTrue(SearchWords.indexed("ושל").contains("ושל"));
  }

  @Test
  void wordHashesAreKeyedAndApartFromTheRequesterIndexes() {
    var ring = new KeyRing(java.util.Map.of(1, new byte[32]), new byte[32]);
    byte[] otherIndexKey = new byte[32];
    otherIndexKey[0] = 1;
    var other = new KeyRing(java.util.Map.of(1, new byte[32]), otherIndexKey);
    assertEquals(ring.wordIndex("רעש"), ring.wordIndex("רעש"));
    assertNotEquals(ring.wordIndex("רעש"), ring.wordIndex("רעשׁ".substring(0, 2)));
    assertNotEquals(ring.wordIndex("רעש"), other.wordIndex("רעש"));
    // the requester index of the same text is another value, under another derived key
    String requesterIndex = ring.blindIndex("רעש");
    assertNotEquals(requesterIndex.substring(0, 16), Long.toHexString(ring.wordIndex("רעש")));
  }
}
