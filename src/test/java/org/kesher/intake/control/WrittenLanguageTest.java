package org.kesher.intake.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.kesher.ground.control.Language;

class WrittenLanguageTest {

  @Test
  void eachScriptGivesItsLanguage() {
    assertEquals(Language.HE, WrittenLanguage.of("שלום, אני צריכה עזרה עם הזכויות של אמי"));
    assertEquals(Language.AR, WrittenLanguage.of("مرحبا، أحتاج إلى مساعدة بخصوص حقوق والدتي"));
    assertEquals(Language.EN, WrittenLanguage.of("Hello, I need help with my mother's rights"));
  }

  @Test
  void latinAddressesAndLinksInAHebrewOrArabicMailDoNotMakeItEnglish() {
    assertEquals(
        Language.HE, WrittenLanguage.of("שלום, ראו את הקישור https://city.example/forms/help"));
    assertEquals(
        Language.AR, WrittenLanguage.of("مرحبا، هذا بريدي name@mail.example شكرا جزيلا لكم"));
  }

  @Test
  void hebrewWhenUnsure() {
    assertEquals(Language.HE, WrittenLanguage.of(null));
    assertEquals(Language.HE, WrittenLanguage.of(""));
    assertEquals(Language.HE, WrittenLanguage.of("050-1234567 !!! 2026"));
    assertEquals(Language.HE, WrittenLanguage.of("שלום hello"), "Latin not clearly ahead");
  }

  @Test
  void arabicWithDiacriticsAndHebrewWithNiqqudAreStillTheirLanguages() {
    assertEquals(Language.AR, WrittenLanguage.of("السَّلَامُ عَلَيْكُمْ"));
    assertEquals(Language.HE, WrittenLanguage.of("שָׁלוֹם עֲלֵיכֶם"));
  }

  @Test
  void russianAndAmharicByTheirScripts() {
    assertEquals(Language.RU, WrittenLanguage.of("Привет, нужна помощь"));
    assertEquals(
        Language.RU, WrittenLanguage.of("Здравствуйте, мой адрес ulitsa.example/help, спасибо"));
    assertEquals(Language.AM, WrittenLanguage.of("ሰላም፣ እርዳታ እፈልጋለሁ።"));
    assertEquals(Language.HE, WrittenLanguage.of("שלום רב, Привет"), "more Hebrew letters");
  }
}
