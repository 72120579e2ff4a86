package org.kesher.cases.entity;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The one format of the address a resident answers a case's mail to: the replies mailbox with the
 * case's reply token after a "+", {@code replies+TOKEN@city.example}. Mail to it comes back to that
 * case; nothing else names a case in a mail.
 */
public final class ReplyAddress {

  /** A reply token as {@link CaseFile} makes them: a UUID. */
  private static final String TOKEN =
      "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}";

  private ReplyAddress() {}

  /** The replies mailbox's address with a case's token in it; empty when it is no address. */
  public static Optional<String> withToken(String mailbox, String token) {
    int at = mailbox == null ? -1 : mailbox.indexOf('@');
    if (at <= 0) {
      return Optional.empty();
    }
    return Optional.of(mailbox.substring(0, at) + "+" + token + mailbox.substring(at));
  }

  /** The token in {@code recipient} when it is the mailbox's address with one, else empty. */
  public static Optional<String> tokenIn(String mailbox, String recipient) {
    int at = mailbox.indexOf('@');
    String local = mailbox.substring(0, at).toLowerCase(Locale.ROOT);
    String domain = mailbox.substring(at + 1).toLowerCase(Locale.ROOT);
    var m =
        Pattern.compile(
                "^" + Pattern.quote(local) + "\\+(" + TOKEN + ")@" + Pattern.quote(domain) + "$",
                Pattern.CASE_INSENSITIVE)
            .matcher(recipient.strip());
    return m.matches() ? Optional.of(m.group(1).toLowerCase(Locale.ROOT)) : Optional.empty();
  }
}
