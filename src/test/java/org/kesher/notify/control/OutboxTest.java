package org.kesher.notify.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class OutboxTest {

  @Test
  void administratorsSeeMaskedAddressesAndNoTrackingCode() {
    assertEquals("d***@mail.example", Outbox.masked("dana.levi@mail.example"));
    assertEquals("***", Outbox.masked("not-an-address"));
    assertEquals(
        "Your tracking code: ####-####-####-####.",
        Outbox.withoutCodes("Your tracking code: K7PX-2M9Q-A4RT-ZZ3B."));
  }
}
