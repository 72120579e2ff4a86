package org.kesher.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.kesher.cases.control.CaseWords;
import org.kesher.sealing.control.KeyRing;

/**
 * The free texts of the generated cases (a description and a street address) and their rows in the
 * blind word index, as Kesher writes them at intake ({@link CaseWords#hashes}). A description has 8
 * to 30 words: mostly common words of its language (a few hundred, drawn with a Zipf law, Hebrew
 * ones often with prefixes), and rarer words drawn from 20,000 invented ones; the address is one of
 * 120 streets (Zipf) and a house number.
 */
final class CaseTexts {

  private static final String[] HEBREW =
      ("בקשה עזרה רעש שכנים בניין ועד בית דירה משפחה ילדים הורים אמא אבא סבתא זקנה קשיש ניצולת"
              + " שואה זכויות קצבה ביטוח לאומי הנחה ארנונה מים חשמל תיקון נזילה רטיבות מדרגות מעלית"
              + " חניה זבל אשפה ניקיון גינה עץ כלב חתול לילה בוקר ערב שבוע חודש שנה פגישה טלפון מכתב"
              + " טופס מסמך אישור בקשתי פניתי ביקשתי קיבלתי שלחתי מחכה דחוף חשוב בעיה מצוקה קושי"
              + " בדידות תמיכה קבוצה מתנדב התנדבות חירום מיגון מקלט ממד גישור סכסוך ויכוח צעקות"
              + " אלימות פחד חרדה מחלה אשפוז לידה אבל שבעה תינוק בית ספר גן מורה תלמיד נוער מועדון"
              + " קהילה שכונה רחוב עירייה מועצה רווחה עובדת סוציאלית עוס לשכה תור מסגרת הסעה נגישות"
              + " כיסא גלגלים הליכון תרופות רופא מרפאה קופת חולים כסף חוב הוצאה לפועל משכורת עבודה"
              + " אבטלה דיור שכירות בעל הבית חוזה פינוי הריסה שיפוץ צבע קיר חלון דלת גג ביוב")
          .split(" ");
  private static final String[] ARABIC =
      ("طلب مساعدة ضجيج جيران بناية لجنة بيت شقة عائلة اولاد اهل ام اب جدة مسن حقوق مخصصات"
              + " تامين وطني تخفيض ارنونا ماء كهرباء تصليح تسرب رطوبة درج مصعد موقف نفايات نظافة"
              + " حديقة شجرة كلب ليل صباح مساء اسبوع شهر سنة لقاء هاتف رسالة نموذج وثيقة مستعجل"
              + " مشكلة ضائقة دعم مجموعة متطوع تطوع طوارئ ملجا وساطة خلاف عنف خوف مرض ولادة حداد"
              + " مدرسة روضة معلم طالب شباب نادي مجتمع حي شارع بلدية مجلس رفاه عاملة اجتماعية")
          .split(" ");
  private static final String[] ENGLISH =
      ("request help noise neighbours building committee house flat family children parents"
              + " mother father elderly rights allowance insurance discount water electricity repair"
              + " leak damp stairs lift parking rubbish garden tree dog night morning evening week"
              + " month meeting phone letter form document urgent problem support group volunteer"
              + " emergency shelter mediation dispute violence fear illness birth mourning school")
          .split(" ");
  private static final String[] HEBREW_PREFIXES = {"ה", "ו", "ב", "ל", "ש", "מ", "וה", "וב", "שה"};
  private static final String[] STREETS =
      ("הרצל|ויצמן|בן גוריון|ז'בוטינסקי|רוטשילד|אלנבי|בן יהודה|דיזנגוף|הנביאים|יפו|העצמאות"
              + "|הגפן|התאנה|הזית|הרימון|האלון|הברוש|האורן|הדקל|השקד|הכלנית|הנרקיס|הרקפת|החרצית"
              + "|רבי עקיבא|הרב קוק|הרמבם|ביאליק|טשרניחובסקי|אחד העם|שלום עליכם|יהודה הלוי|מוהליבר"
              + "|הנשיא|המלך דוד|שלמה המלך|הרב עוזיאל|קרן היסוד|קק\"ל|ההסתדרות|הפלמ\"ח|ההגנה|האצ\"ל"
              + "|שד' ירושלים|דרך חברון|דרך בית לחם|עמק רפאים|הנורית|המייסדים|החלוצים|הראשונים"
              + "|שבטי ישראל|הגליל|הגולן|הכרמל|הירדן|הנגב|הערבה|סוקולוב|בוגרשוב|פרישמן|גורדון"
              + "|מאפו|ארלוזורוב|ז'בוטינסקי|אבן גבירול|המסגר|הרכבת|התעשייה|המלאכה|החרושת|הבנים"
              + "|שارع الجليل|شارع المطران|شارع البشارة|شارع الكنيسة|شارع المدارس|شارع الجامع"
              + "|شارع السوق|شارع الزيتون|شارع الكرمل|شارع الناصرة|حي الورود|حي النور|شارع الأمل"
              + "|Herzl St|Weizmann St|Ben Gurion Blvd|Allenby St|Jaffa Rd|King David St")
          .split("\\|");

  private final KeyRing ring;
  private final SplittableRandom random;
  private final String[] rare;
  private final double[] hebrew;
  private final double[] arabic;
  private final double[] english;
  private final double[] rareWeights;
  private final double[] streets;
  private final Map<String, long[]> cached = new HashMap<>();

  CaseTexts(KeyRing ring, long seed) {
    this.ring = ring;
    this.random = new SplittableRandom(seed);
    this.rare = new String[20_000];
    String letters = "אבגדהוזחטיכלמנסעפצקרשת";
    var words = new SplittableRandom(seed + 1);
    for (int i = 0; i < rare.length; i++) {
      StringBuilder w = new StringBuilder();
      int length = 4 + words.nextInt(4);
      for (int k = 0; k < length; k++) {
        w.append(letters.charAt(words.nextInt(letters.length())));
      }
      rare[i] = w.toString();
    }
    this.hebrew = zipf(HEBREW.length, 1.0);
    this.arabic = zipf(ARABIC.length, 1.0);
    this.english = zipf(ENGLISH.length, 1.0);
    this.rareWeights = zipf(rare.length, 0.8);
    this.streets = zipf(STREETS.length, 0.7);
  }

  /** A case's texts: its description and its street address. */
  record Texts(String description, String street, String address) {

    List<String> all() {
      return List.of(description, address);
    }
  }

  Texts next(String language) {
    int n = 8 + random.nextInt(23);
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < n; i++) {
      if (i > 0) {
        text.append(' ');
      }
      if (random.nextInt(100) < 75) {
        boolean ar = language.equals("ar");
        boolean en = language.equals("en");
        String[] words = ar ? ARABIC : en ? ENGLISH : HEBREW;
        String word = words[pick(ar ? arabic : en ? english : hebrew)];
        if (words == HEBREW && random.nextInt(100) < 35) {
          word = HEBREW_PREFIXES[random.nextInt(HEBREW_PREFIXES.length)] + word;
        }
        text.append(word);
      } else {
        text.append(rare[pick(rareWeights)]);
      }
    }
    String street = STREETS[pick(streets)];
    return new Texts(text.toString(), street, street + " " + (1 + random.nextInt(120)));
  }

  /** The rows of a case in the word index: distinct hashes, in ascending order. */
  long[] hashes(Texts texts) {
    List<Long> all = new ArrayList<>();
    for (String text : texts.all()) {
      for (String token : text.split(" ")) {
        for (long h : cached.computeIfAbsent(token, this::tokenHashes)) {
          all.add(h);
        }
      }
    }
    return all.stream().mapToLong(Long::longValue).sorted().distinct().toArray();
  }

  private long[] tokenHashes(String token) {
    return CaseWords.hashes(ring, List.of(token)).stream().mapToLong(Long::longValue).toArray();
  }

  /** The hashes as Kesher computes them at intake, uncached: to time that work. */
  long[] hashesUncached(Texts texts) {
    return CaseWords.hashes(ring, texts.all()).stream().mapToLong(Long::longValue).toArray();
  }

  private int pick(double[] cumulative) {
    int at = Arrays.binarySearch(cumulative, random.nextDouble());
    return Math.min(cumulative.length - 1, at < 0 ? -at - 1 : at);
  }

  private static double[] zipf(int n, double s) {
    double[] c = new double[n];
    double sum = 0;
    for (int i = 0; i < n; i++) {
      sum += 1 / Math.pow(i + 1, s);
      c[i] = sum;
    }
    for (int i = 0; i < n; i++) {
      c[i] /= sum;
    }
    return c;
  }
}
