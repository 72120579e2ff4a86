package org.kesher.access.control;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.passay.DictionaryRule;
import org.passay.LengthRule;
import org.passay.PasswordData;
import org.passay.PasswordValidator;
import org.passay.RuleResultDetail;
import org.passay.UsernameRule;

/**
 * What a staff password must be, through Passay: at least {@value #MIN_LENGTH} characters (and at
 * most {@value #MAX_LENGTH}), not containing the username (either way round, any case), and not on
 * the list of common and breached passwords ({@link CommonPasswords}). Each problem is answered as
 * a staff text key.
 */
public final class PasswordPolicy {

  public static final int MIN_LENGTH = 12;
  public static final int MAX_LENGTH = 200;

  private final PasswordValidator validator;

  public PasswordPolicy(CommonPasswords common) {
    this.validator =
        new PasswordValidator(
            new LengthRule(MIN_LENGTH, MAX_LENGTH),
            new UsernameRule(true, true),
            new DictionaryRule(common.dictionary()));
  }

  /** The policy with the list shipped in Kesher. */
  public static PasswordPolicy shipped() {
    return new PasswordPolicy(CommonPasswords.shipped());
  }

  /**
   * @return the staff text keys of what is wrong with the password, in the order of the rules;
   *     empty when it may be used
   */
  public List<String> problems(String username, String password) {
    if (password == null || password.isEmpty()) {
      return List.of("password.tooShort");
    }
    Set<String> keys = new LinkedHashSet<>();
    for (RuleResultDetail detail :
        validator
            .validate(new PasswordData(username == null ? "" : username, password))
            .getDetails()) {
      keys.add(
          switch (detail.getErrorCode()) {
            case LengthRule.ERROR_CODE_MIN -> "password.tooShort";
            case LengthRule.ERROR_CODE_MAX -> "password.tooLong";
            case UsernameRule.ERROR_CODE, UsernameRule.ERROR_CODE_REVERSED -> "password.username";
            default -> "password.common";
          });
    }
    return List.copyOf(keys);
  }
}
