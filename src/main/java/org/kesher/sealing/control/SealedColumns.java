package org.kesher.sealing.control;

import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Every sealed column of Kesher's schema, by table, and the exact blind indexes computed from them:
 * what re-sealing and the index rebuild walk. {@code SealedColumnsTest} checks the list against
 * every entity field sealed by {@link SealedText} or {@link SealedBytes}, so a new sealed column
 * cannot be left out.
 */
public final class SealedColumns {

  /** A table's sealed columns, read in batches along its numeric primary key. */
  public record Table(String name, String idColumn, List<String> sealed, List<Index> indexes) {}

  /** An exact index column computed from a sealed column, normalised like the searches do. */
  public record Index(String column, String source, UnaryOperator<String> normalise) {}

  public static final List<Table> ALL =
      List.of(
          new Table(
              "case_file",
              "id",
              List.of("requester_name", "requester_phone", "requester_email", "answers"),
              List.of(
                  new Index("requester_name_bidx", "requester_name", Normalised::name),
                  new Index("requester_phone_bidx", "requester_phone", Normalised::phone),
                  new Index("requester_email_bidx", "requester_email", Normalised::email))),
          new Table("case_event", "id", List.of("body"), List.of()),
          new Table(
              "case_party",
              "id",
              List.of("party_name", "party_phone", "party_email", "invitation"),
              List.of()),
          new Table("case_attachment", "id", List.of("display_name", "content"), List.of()),
          new Table("mediation_outcome", "case_id", List.of("agreement"), List.of()),
          new Table(
              "emergency_registration",
              "id",
              List.of("household", "phone", "street", "house", "needs", "notes"),
              List.of()),
          new Table(
              "committee_member",
              "id",
              List.of("member_name", "member_phone", "member_email"),
              List.of()),
          new Table("building_step", "id", List.of("note"), List.of()),
          new Table(
              "mail_outbox",
              "id",
              List.of("recipient", "subject", "text_body", "html_body"),
              List.of(new Index("recipient_bidx", "recipient", Normalised::email))),
          new Table("break_glass", "id", List.of("reason", "review_note"), List.of()),
          new Table("staff_account", "id", List.of("totp_secret"), List.of()));

  private SealedColumns() {}
}
