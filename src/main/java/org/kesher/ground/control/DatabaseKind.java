package org.kesher.ground.control;

import java.util.Locale;

/** The databases Kesher runs on, told apart by their JDBC URL. */
public enum DatabaseKind {
  /** The embedded default, in MySQL mode. */
  H2,
  /** MySQL 8 or MariaDB 10.11, through Connector/J. */
  MYSQL;

  /**
   * @throws IllegalArgumentException naming what is wrong, when the URL is missing or is not one
   *     Kesher can use
   */
  public static DatabaseKind of(String url) {
    if (url == null || url.isBlank()) {
      throw new IllegalArgumentException("is empty");
    }
    String lower = url.toLowerCase(Locale.ROOT);
    if (lower.startsWith("jdbc:h2:")) {
      return H2;
    }
    if (lower.startsWith("jdbc:mysql:") || lower.startsWith("jdbc:mariadb:")) {
      if (lower.startsWith("jdbc:mariadb:")) {
        throw new IllegalArgumentException(
            "must use Connector/J: write jdbc:mysql://host:3306/kesher, also for MariaDB");
      }
      return MYSQL;
    }
    throw new IllegalArgumentException(
        "must start with jdbc:mysql:// (MySQL 8 or MariaDB) or jdbc:h2: (embedded)");
  }
}
