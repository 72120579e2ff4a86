package org.kesher.ground.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class SettingTest {

  @Test
  void namesTheEnvironmentVariableAsMicroProfileConfigMapsIt() {
    assertEquals("KESHER_DB_URL", Setting.DB_URL.environmentVariable());
    assertEquals("KESHER_DB_POOL_SIZE", Setting.DB_POOL_SIZE.environmentVariable());
  }

  @Test
  void acceptsGoodValues() {
    assertEquals(Optional.empty(), Setting.DB_URL.problemWith("jdbc:mysql://db:3306/kesher"));
    assertEquals(Optional.empty(), Setting.DB_URL.problemWith("jdbc:h2:file:./data/kesher"));
    assertEquals(Optional.empty(), Setting.DB_POOL_SIZE.problemWith("32"));
    assertEquals(Optional.empty(), Setting.PUBLIC_URL.problemWith("https://kesher.example.org"));
    assertEquals(Optional.empty(), Setting.DEMO.problemWith("FALSE"));
  }

  @Test
  void refusesImpossibleValuesWithALineNamingTheSetting() {
    String pool =
        Setting.DB_POOL_SIZE.problemWith("0").map(Setting.DB_POOL_SIZE::describe).orElseThrow();
    assertTrue(pool.startsWith("KESHER_DB_POOL_SIZE (kesher.db.pool-size) must be"), pool);
    assertTrue(Setting.DB_POOL_SIZE.problemWith("many").isPresent());
    assertTrue(Setting.DB_POOL_WAIT_MILLIS.problemWith("-5").isPresent());
    assertTrue(Setting.PUBLIC_URL.problemWith("localhost:8080").isPresent());
    assertTrue(Setting.DEMO.problemWith("yes").isPresent());
    assertTrue(Setting.DB_URL.problemWith("postgres://db/kesher").isPresent());
    assertTrue(
        Setting.DB_URL.problemWith("jdbc:mariadb://db/kesher").orElseThrow().contains("jdbc:mysql"),
        "MariaDB goes through Connector/J too");
  }

  @Test
  void theDatabaseKindFollowsTheUrl() {
    assertEquals(DatabaseKind.H2, DatabaseKind.of("jdbc:h2:file:./data/kesher"));
    assertEquals(DatabaseKind.MYSQL, DatabaseKind.of("JDBC:MYSQL://db/kesher"));
  }
}
