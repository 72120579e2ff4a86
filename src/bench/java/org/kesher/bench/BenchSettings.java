package org.kesher.bench;

import java.nio.file.Path;

/**
 * What a benchmark run does, from system properties ({@code -Dbench.cases=100000} and so on on the
 * Maven command line).
 *
 * @param dbUrl the server and database, without parameters; dropped and created unless {@code
 *     reuse}
 * @param reuse keep the database and the keys of the previous run (target/bench-keys.properties)
 *     instead of generating afresh
 */
record BenchSettings(
    String dbUrl,
    String dbUser,
    String dbPassword,
    int cases,
    int eventsPerCase,
    int requesters,
    int staff,
    boolean reuse,
    boolean http,
    int queryWarmups,
    int queryRuns,
    int pageWarmups,
    int pageRuns,
    int searchRuns,
    int mails,
    int mailSenders,
    boolean queue,
    Path baseDir) {

  static BenchSettings fromSystemProperties() {
    return new BenchSettings(
        System.getProperty("bench.db.url", "jdbc:mysql://127.0.0.1:3306/kesher_bench"),
        System.getProperty("bench.db.user", "root"),
        System.getProperty("bench.db.password", ""),
        Integer.getInteger("bench.cases", 1_000_000),
        Integer.getInteger("bench.events-per-case", 5),
        Integer.getInteger("bench.requesters", 200_000),
        Integer.getInteger("bench.staff", 300),
        Boolean.getBoolean("bench.reuse"),
        Boolean.parseBoolean(System.getProperty("bench.http", "true")),
        Integer.getInteger("bench.query-warmups", 5),
        Integer.getInteger("bench.query-runs", 50),
        Integer.getInteger("bench.page-warmups", 20),
        Integer.getInteger("bench.page-runs", 200),
        Integer.getInteger("bench.search-runs", 100),
        Integer.getInteger("bench.mails", 5000),
        Integer.getInteger("bench.mail-senders", 4),
        Boolean.parseBoolean(System.getProperty("bench.queue", "true")),
        Path.of(System.getProperty("bench.basedir", ".")).toAbsolutePath());
  }

  /** The URL with extra Connector/J parameters appended. */
  String url(String parameters) {
    return dbUrl + (dbUrl.contains("?") ? "&" : "?") + parameters;
  }

  String databaseName() {
    String path = dbUrl.substring(dbUrl.indexOf("//") + 2);
    path = path.substring(path.indexOf('/') + 1);
    int query = path.indexOf('?');
    return query < 0 ? path : path.substring(0, query);
  }

  /** The same server without a database, to drop and create it. */
  String serverUrl() {
    String name = databaseName();
    int at = dbUrl.indexOf("/" + name, dbUrl.indexOf("//") + 2);
    return dbUrl.substring(0, at + 1) + dbUrl.substring(at + 1 + name.length());
  }

  Path target() {
    return baseDir.resolve("target");
  }
}
