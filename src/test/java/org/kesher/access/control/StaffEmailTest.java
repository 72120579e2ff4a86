package org.kesher.access.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StaffEmailTest {

  @Test
  void aPlainAddressIsKeptWithItsDomainInSmallLetters() {
    assertEquals(
        Optional.of("Dana.Levi@example.org"), StaffEmail.parse("  Dana.Levi@Example.ORG "));
    assertEquals(
        Optional.of("dana+kesher@mail.city.gov.il"),
        StaffEmail.parse("dana+kesher@Mail.City.gov.il"));
  }

  @Test
  void nothingTypedMeansNoAddress() {
    assertEquals(Optional.empty(), StaffEmail.parse(null));
    assertEquals(Optional.empty(), StaffEmail.parse("   "));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "dana",
        "dana@",
        "@example.org",
        "dana@example",
        "dana@@example.org",
        "dana levi@example.org",
        "Dana <dana@example.org>",
        "dana@example.org, yossi@example.org",
        "dana@-example.org",
        "dana..levi@example.org",
        "dana@example.org\nBcc: x@example.org"
      })
  void anythingElseIsRefusedWithTheStaffText(String typed) {
    var refused = assertThrows(IllegalArgumentException.class, () -> StaffEmail.parse(typed));
    assertEquals(StaffEmail.INVALID, refused.getMessage());
  }
}
