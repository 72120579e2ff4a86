package org.kesher.cases.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReplyAddressTest {

  private static final String TOKEN = "0f8fad5b-d9cb-469f-a165-70867728950e";

  @Test
  void theTokenGoesAfterAPlusAndComesBackFromTheSameAddressOnly() {
    String address = ReplyAddress.withToken("replies@city.example", TOKEN).orElseThrow();
    assertEquals("replies+" + TOKEN + "@city.example", address);
    assertEquals(Optional.of(TOKEN), ReplyAddress.tokenIn("replies@city.example", address));
    assertEquals(
        Optional.of(TOKEN),
        ReplyAddress.tokenIn(
            "Replies@City.example", " REPLIES+" + TOKEN.toUpperCase() + "@city.EXAMPLE "),
        "case and spaces do not matter");
    assertEquals(
        Optional.empty(),
        ReplyAddress.tokenIn("replies@city.example", "other+" + TOKEN + "@city.example"));
    assertEquals(
        Optional.empty(),
        ReplyAddress.tokenIn("replies@city.example", "replies+" + TOKEN + "@other.example"));
    assertEquals(
        Optional.empty(),
        ReplyAddress.tokenIn("replies@city.example", "replies+not-a-token@city.example"));
  }

  @Test
  void aMailboxThatIsNoAddressGivesNone() {
    assertEquals(Optional.empty(), ReplyAddress.withToken("none", TOKEN));
    assertEquals(Optional.empty(), ReplyAddress.withToken("@city.example", TOKEN));
    assertEquals(Optional.empty(), ReplyAddress.withToken(null, TOKEN));
  }
}
