package org.kesher.bench;

import jakarta.json.Json;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Realistic bodies for {@code POST /api/v1/requests}: ten request types of the seeded catalogue
 * (sql/V2__catalogue_seed.sql) with their own fields, in Hebrew mostly, some Arabic and English,
 * with names, phones and emails that vary from body to body. Every body but the anonymous-capable
 * protection contact gives an email with {@code emailSafe: true}, so that the resident's mail is
 * written to the outbox.
 */
final class IntakeBodies {

  /** One body and what the limit program needs to write the same rows for it. */
  record Body(
      String type,
      String locality,
      String language,
      String name,
      String phone,
      String email,
      boolean emailSafe,
      String answersJson,
      String json) {}

  private static final String[] FIRST = {
    "יוסי", "מרים", "אחמד", "פאטמה", "David", "Sarah", "נועה", "מוחמד", "רחל", "Lina", "אבי",
    "סמיר", "Tamar", "Omar", "דנה", "Yael", "חנה", "עלי", "Michael", "Rania"
  };
  private static final String[] LAST = {
    "כהן", "לוי", "מזרחי", "חדאד", "Peretz", "Biton", "אבו-ריא", "Dahan", "פרידמן", "Nasser",
    "אגבאריה", "Shapiro", "גולן", "Khoury", "Azulay", "ברק"
  };

  private IntakeBodies() {}

  /** {@code perType} bodies of each of the ten types, interleaved. */
  static List<Body> all(int perType) {
    List<Body> bodies = new ArrayList<>();
    for (int k = 0; k < perType; k++) {
      for (int t = 0; t < 10; t++) {
        bodies.add(body(t, k));
      }
    }
    return bodies;
  }

  /** {@code count} bodies of one type ({@code type}, 0 to 9: the order of {@link #all}). */
  static List<Body> ofType(int type, int count) {
    List<Body> bodies = new ArrayList<>();
    for (int k = 0; k < count; k++) {
      bodies.add(body(type, k));
    }
    return bodies;
  }

  private static Body body(int type, int k) {
    int n = type * 1_000 + k;
    String name = FIRST[n % FIRST.length] + " " + LAST[(n / 3) % LAST.length];
    String phone = String.format("05%d-%07d", n % 9, 3_000_000 + n * 37);
    String email = "resident." + n + "@mail.example";
    String language = k % 7 == 3 ? "ar" : k % 7 == 5 ? "en" : "he";
    Map<String, Object> answers = new LinkedHashMap<>();
    String code;
    String locality = null;
    switch (type) {
      case 0 -> {
        code = "RIGHTS_INFO";
        answers.put(
            "topic", pick(k, "HOLOCAUST_SURVIVOR", "SENIOR_CITIZEN", "DISABILITY", "HOUSING"));
        answers.put(
            "description",
            "אמי בת 84, ניצולת שואה, גרה לבד בקומה שלישית בלי מעלית. רציתי לדעת אילו הטבות מגיעות"
                + " לה בארנונה ובתחבורה, והאם יש סיוע בהתאמת הדירה. פנייה מס' "
                + k);
      }
      case 1 -> {
        code = "MEDIATION";
        answers.put("other_party_name", "משפחת " + LAST[(k + 5) % LAST.length]);
        answers.put("other_party_address", "רחוב הרצל " + (k % 80 + 1) + ", דירה " + (k % 12 + 1));
        answers.put(
            "relationship", pick(k, "SAME_BUILDING", "NEIGHBOURING_BUILDING", "SAME_STREET"));
        answers.put(
            "dispute_description",
            "כבר חצי שנה יש רעש חזק בלילות מהדירה מעלינו, בעיקר בין 23:00 ל-02:00. דיברנו איתם"
                + " פעמיים ופנינו גם לוועד הבית, ללא שינוי. נשמח לגישור לפני שנגיע למשטרה.");
        answers.put("other_party_aware", k % 2 == 0);
      }
      case 2 -> {
        code = "HOUSE_COMMITTEE";
        answers.put("building_address", "שדרות ירושלים " + (k % 120 + 1) + ", יפו");
        answers.put("issue", pick(k, "FOUND_COMMITTEE", "COMMITTEE_SUPPORT", "DEFAULTING_OWNER"));
        answers.put(
            "description",
            "בבניין 24 דירות ואין ועד בית כבר שלוש שנים. חדר המדרגות מוזנח והמעלית מתקלקלת. אנחנו"
                + " כמה שכנים שרוצים להקים ועד ולא יודעים מאיפה מתחילים.");
      }
      case 3 -> {
        code = "EMERGENCY_TEAM";
        locality = pick(k, "ALUMA", "EVEN_SHMUEL", "MERKAZ_SHAPIRA", "EIN_TZURIM");
        answers.put("registration_kind", pick(k, "JOIN_TEAM", "REGISTER_SPECIAL_NEEDS"));
        answers.put("team_area", pick(k, "LOGISTICS", "WELFARE_EDUCATION", "SECURITY_MEDICAL"));
        answers.put(
            "special_needs",
            "אבי מרותק לכיסא גלגלים ותלוי במכשיר חמצן; בשעת חירום צריך עזרה בהגעה למרחב המוגן.");
        answers.put("household_size", 2 + k % 6);
      }
      case 4 -> {
        code = "CRISIS_SUPPORT";
        answers.put("crisis_kind", pick(k, "ILLNESS", "MOURNING", "BIRTH"));
        answers.put("family_size", 3 + k % 5);
        answers.put(
            "description",
            "השכנים שלנו, משפחה עם שלושה ילדים קטנים, עוברים תקופה קשה אחרי אשפוז של האם. הם"
                + " צריכים עזרה בארוחות ובהסעות לגן בשבועות הקרובים.");
      }
      case 5 -> {
        code = "SELF_HELP";
        locality = pick(k, "HAIFA", "NAZARETH", "JERUSALEM", "RAMAT_GAN", "BEER_SHEVA");
        answers.put("wish", pick(k, "FIND_GROUP", "FOUND_GROUP"));
        answers.put("topic", "הורים לילדים על הרצף האוטיסטי");
        answers.put("description", "מחפשת קבוצה שנפגשת בערבים, קרוב לתחבורה ציבורית.");
      }
      case 6 -> {
        code = "VOLUNTEER";
        answers.put(
            "skills",
            "מורה לאנגלית בגמלאות, נהנית לעבוד עם ילדים ובני נוער, יש לי רכב ואוכל לעזור בהסעות.");
        answers.put("availability", List.of("WEEKDAY_MORNINGS", "WEEKENDS"));
        answers.put("areas", List.of(pick(k, "SENIORS", "INTERGENERATIONAL", "EMERGENCY")));
        answers.put("professional_background", "הוראה, 30 שנה");
      }
      case 7 -> {
        code = "SENIORS";
        answers.put(
            "programme",
            pick(k, "GOLDEN_PARLIAMENT", "PARTICIPATORY_COUNCIL", "INTERGENERATIONAL"));
        answers.put(
            "description", "בן 72, פנסיונר, רוצה להשתתף בפעילות ולהכיר אנשים חדשים בשכונה.");
      }
      case 8 -> {
        code = "GENERAL";
        answers.put("subject", "ספסלים ותאורה בגינה הציבורית");
        answers.put(
            "description",
            "בגינה ברחוב העצמאות אין ספסלים בצל והתאורה לא עובדת כבר חודש. הורים וקשישים לא יכולים"
                + " לשבת שם אחר הצהריים.");
      }
      default -> {
        code = "PROTECTION_CONTACT";
        locality = pick(k, "ALUMA", "EVEN_SHMUEL", "MERKAZ_SHAPIRA", "EIN_TZURIM");
        answers.put(
            "description",
            "אני מודאגת מילד בן 8 בבניין שלנו שנשאר לבד בבית עד שעות הלילה, ולפעמים שומעים צעקות.");
        answers.put("concerns_child", true);
        answers.put("safe_contact_time", "רק בטלפון, בימי חול אחרי 16:00");
      }
    }
    boolean protection = code.equals("PROTECTION_CONTACT");
    String answersJson = json(answers);
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("requestType", code);
    if (locality != null) {
      body.put("locality", locality);
    }
    body.put("language", language);
    body.put("name", name);
    body.put("phone", phone);
    if (!protection) {
      body.put("email", email);
      body.put("emailSafe", true);
    }
    body.put("consent", true);
    body.put("answers", answers);
    return new Body(
        code,
        locality,
        language,
        name,
        phone,
        protection ? null : email,
        !protection,
        answersJson,
        json(body));
  }

  private static String pick(int k, String... options) {
    return options[k % options.length];
  }

  /**
   * A map (of strings, numbers, booleans, lists and maps) as JSON, written by Parsson. A double is
   * kept to three decimals, and one that is not a number (a rate over no time) is written as null.
   */
  static String json(Map<String, ?> value) {
    return Json.createObjectBuilder(plain(value)).build().toString();
  }

  @SuppressWarnings("unchecked")
  private static <T> T plain(T value) {
    if (value instanceof Double d) {
      return (T)
          (d.isNaN() || d.isInfinite()
              ? null
              : java.math.BigDecimal.valueOf(d).setScale(3, java.math.RoundingMode.HALF_UP));
    }
    if (value instanceof Map<?, ?> map) {
      Map<String, Object> copy = new LinkedHashMap<>();
      map.forEach((k, v) -> copy.put(String.valueOf(k), plain(v)));
      return (T) copy;
    }
    if (value instanceof List<?> list) {
      List<Object> copy = new ArrayList<>();
      list.forEach(v -> copy.add(plain(v)));
      return (T) copy;
    }
    return value;
  }
}
