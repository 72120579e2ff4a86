package org.kesher.access.boundary;

import java.text.MessageFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.kesher.access.boundary.StaffAdminPage.UnitChoice;
import org.kesher.access.control.AccountRefused;
import org.kesher.ground.boundary.StaffMessages;
import org.kesher.ground.control.Language;

/** The staff texts of the account pages' refusals, in the reader's language. */
final class AccountTexts {

  private AccountTexts() {}

  static String text(String key, Language language) {
    return StaffMessages.text(language.locale(), key);
  }

  /** The refusal's text, naming its units (as the given choices name them) where it has any. */
  static String refusal(AccountRefused refused, Language language, List<UnitChoice> units) {
    String text = text(refused.key(), language);
    if (refused.unitCodes().isEmpty()) {
      return text;
    }
    Map<String, String> names =
        units.stream().collect(Collectors.toMap(UnitChoice::code, UnitChoice::name, (a, b) -> a));
    String named =
        refused.unitCodes().stream()
            .map(code -> names.getOrDefault(code, code))
            .collect(Collectors.joining(", "));
    return new MessageFormat(text.replace("'", "''"), language.locale())
        .format(new Object[] {named});
  }
}
