package org.kesher.ground.control;

import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * A MicroProfile Config key of Kesher's and the rule its value must keep. Defaults live in {@code
 * META-INF/microprofile-config.properties}; the environment variable is the key in capitals with
 * dots and dashes as underscores, as MicroProfile Config maps it.
 */
public enum Setting {
  DB_URL("kesher.db.url", Setting::jdbcUrl),
  DB_USER("kesher.db.user", Setting::present),
  DB_PASSWORD("kesher.db.password", v -> Optional.empty()),
  DB_OWNER_USER("kesher.db.owner-user", v -> Optional.empty()),
  DB_OWNER_PASSWORD("kesher.db.owner-password", v -> Optional.empty()),
  DB_POOL_SIZE("kesher.db.pool-size", v -> wholeNumber(v, 1, 500)),
  DB_POOL_WAIT_MILLIS("kesher.db.pool-wait-millis", v -> wholeNumber(v, 100, 600_000)),
  PUBLIC_URL("kesher.public-url", Setting::httpUrl),
  DEMO("kesher.demo", Setting::bool),
  SUBMISSIONS_PER_HOUR("kesher.submissions-per-hour", v -> wholeNumber(v, 1, 1_000_000)),
  INTAKE_PARALLEL("kesher.intake.parallel", v -> wholeNumber(v, 1, 500)),
  SMTP_HOST("kesher.smtp.host", Setting::present),
  SMTP_PORT("kesher.smtp.port", v -> wholeNumber(v, 1, 65_535)),
  SMTP_USER("kesher.smtp.user", v -> Optional.empty()),
  SMTP_PASSWORD("kesher.smtp.password", v -> Optional.empty()),
  SMTP_TLS("kesher.smtp.tls", v -> oneOf(v, "none", "starttls", "tls")),
  MAIL_FROM("kesher.mail.from", Setting::mailAddress),
  MAIL_POLL_MILLIS("kesher.mail.poll-millis", v -> wholeNumber(v, 50, 3_600_000)),
  MAIL_RETRY_SECONDS("kesher.mail.retry-seconds", v -> wholeNumber(v, 1, 86_400)),
  MAIL_SENDERS("kesher.mail.senders", v -> wholeNumber(v, 1, 16)),
  MAIL_DEBUG("kesher.mail.debug", Setting::bool),
  MAIL_REPLY_ADDRESS(
      "kesher.mail.reply-address", v -> "none".equals(v) ? Optional.empty() : mailAddress(v)),
  IMAP_HOST("kesher.imap.host", Setting::present),
  IMAP_PORT("kesher.imap.port", v -> wholeNumber(v, 1, 65_535)),
  IMAP_USER("kesher.imap.user", v -> Optional.empty()),
  IMAP_PASSWORD("kesher.imap.password", v -> Optional.empty()),
  IMAP_TLS("kesher.imap.tls", v -> oneOf(v, "none", "starttls", "tls")),
  IMAP_POLL_MILLIS("kesher.imap.poll-millis", v -> wholeNumber(v, 100, 3_600_000)),
  AUDIT_KEEP_MONTHS("kesher.audit.keep-months", v -> wholeNumber(v, 24, 1200)),
  AUDIT_SEAL_HOUR("kesher.audit.seal-hour", v -> wholeNumber(v, 0, 23)),
  BREAK_GLASS_ROLES("kesher.break-glass.roles", Setting::breakGlassRoles),
  BREAK_GLASS_MINUTES("kesher.break-glass.minutes", v -> wholeNumber(v, 5, 1440)),
  TRUSTED_PROXIES("kesher.trusted-proxies", Setting::addresses);

  /** The roles that may be allowed to break the glass (a unit's head is a role here too). */
  public static final java.util.Set<String> BREAK_GLASS_ROLE_NAMES =
      java.util.Set.of(
          "UNIT_HEAD", "CASEWORKER", "INTAKE_COORDINATOR", "DEPARTMENT_MANAGER", "ADMINISTRATOR");

  private final String key;
  private final Function<String, Optional<String>> rule;

  Setting(String key, Function<String, Optional<String>> rule) {
    this.key = key;
    this.rule = rule;
  }

  public String key() {
    return key;
  }

  /** The environment variable that sets it, e.g. {@code KESHER_DB_URL}. */
  public String environmentVariable() {
    return key.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
  }

  /**
   * @return what is wrong with the value, if anything; a value that is not set is checked only
   *     where the setting has no default
   */
  public Optional<String> problemWith(String value) {
    if (value == null) {
      return Optional.empty();
    }
    return rule.apply(value.strip());
  }

  /** A line for the console that names the setting and the problem, without the value itself. */
  public String describe(String problem) {
    return environmentVariable() + " (" + key + ") " + problem;
  }

  private static Optional<String> present(String value) {
    return value.isEmpty() ? Optional.of("must not be empty") : Optional.empty();
  }

  private static Optional<String> jdbcUrl(String value) {
    try {
      DatabaseKind.of(value);
      return Optional.empty();
    } catch (IllegalArgumentException e) {
      return Optional.of(e.getMessage());
    }
  }

  private static Optional<String> wholeNumber(String value, int min, int max) {
    try {
      int n = Integer.parseInt(value);
      if (n >= min && n <= max) {
        return Optional.empty();
      }
    } catch (NumberFormatException e) {
      // falls through to the message below
    }
    return Optional.of(
        "must be a whole number from " + min + " to " + max + ", not '" + value + "'");
  }

  private static Optional<String> httpUrl(String value) {
    try {
      var uri = java.net.URI.create(value);
      if (("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))
          && uri.getHost() != null) {
        return Optional.empty();
      }
    } catch (IllegalArgumentException e) {
      // falls through to the message below
    }
    return Optional.of("must be an http:// or https:// address, not '" + value + "'");
  }

  private static Optional<String> oneOf(String value, String... allowed) {
    return java.util.Arrays.asList(allowed).contains(value)
        ? Optional.empty()
        : Optional.of("must be one of " + String.join(", ", allowed) + ", not '" + value + "'");
  }

  private static Optional<String> mailAddress(String value) {
    try {
      new jakarta.mail.internet.InternetAddress(value, true);
      return Optional.empty();
    } catch (jakarta.mail.internet.AddressException e) {
      return Optional.of("must be an email address, not '" + value + "'");
    }
  }

  private static Optional<String> addresses(String value) {
    if ("none".equals(value)) {
      return Optional.empty();
    }
    for (String address : value.split(",")) {
      if (!ClientAddress.isAddress(address.strip())) {
        return Optional.of(
            "must be 'none' or IP addresses separated by commas, not '" + address.strip() + "'");
      }
    }
    return Optional.empty();
  }

  private static Optional<String> breakGlassRoles(String value) {
    for (String role : value.split(",")) {
      if (!role.isBlank() && !BREAK_GLASS_ROLE_NAMES.contains(role.strip())) {
        return Optional.of(
            "must list roles among "
                + String.join(", ", new java.util.TreeSet<>(BREAK_GLASS_ROLE_NAMES))
                + ", not '"
                + role.strip()
                + "'");
      }
    }
    return Optional.empty();
  }

  private static Optional<String> bool(String value) {
    return "true".equalsIgnoreCase(value) || "false".equalsIgnoreCase(value)
        ? Optional.empty()
        : Optional.of("must be true or false, not '" + value + "'");
  }
}
