package org.kesher.catalogue.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.kesher.ground.control.Language;

class LanguageTest {

  @Test
  void picksTheFirstSpokenLanguageOfTheBrowserElseHebrew() {
    assertEquals(Language.AR, Language.fromAcceptLanguage("ar-IL,ar;q=0.9,en;q=0.8"));
    assertEquals(Language.RU, Language.fromAcceptLanguage("ru-RU,ru;q=0.9,en;q=0.5"));
    assertEquals(Language.AM, Language.fromAcceptLanguage("am-ET,am;q=0.9"));
    assertEquals(Language.EN, Language.fromAcceptLanguage("de-DE,de;q=0.9,en;q=0.5"));
    assertEquals(Language.HE, Language.fromAcceptLanguage("fr"));
    assertEquals(Language.HE, Language.fromAcceptLanguage(null));
    assertEquals(Language.HE, Language.fromAcceptLanguage(";;;q=bad"));
    assertEquals(Optional.of(Language.HE), Language.fromCode("iw"));
    assertEquals(Optional.empty(), Language.fromCode("xx"));
  }

  @Test
  void hebrewAndArabicAreRightToLeft() {
    assertEquals("rtl", Language.HE.direction());
    assertEquals("rtl", Language.AR.direction());
    assertEquals("ltr", Language.EN.direction());
    assertEquals("ltr", Language.RU.direction());
    assertEquals("ltr", Language.AM.direction());
    assertEquals(List.of(Language.HE, Language.AR, Language.EN), Language.required());
  }

  @Test
  void aMissingTranslationFallsBackToHebrew() {
    var text = new LocalizedText("שלום", "", "hello");
    assertEquals("שלום", text.in(Language.AR));
    assertEquals("hello", text.in(Language.EN));
    assertEquals("שלום", text.in(Language.AM), "no Amharic given: Hebrew");
  }
}
