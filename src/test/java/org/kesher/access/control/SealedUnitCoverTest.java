package org.kesher.access.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SealedUnitCoverTest {

  private static final long SOCIAL = 2;
  private static final long PROTECTION = 6;
  private static final long MEDIATION = 4;
  private static final Set<Long> SEALED = Set.of(SOCIAL, PROTECTION);

  @Test
  void theLastHeadOfASealedUnitMayNotStepDown() {
    assertEquals(
        Set.of(SOCIAL), SealedUnitCover.strandedBy(SEALED, Map.of(), Set.of(SOCIAL), Set.of()));
  }

  @Test
  void aHeadMayStepDownWhenAnotherHeadRemains() {
    assertEquals(
        Set.of(), SealedUnitCover.strandedBy(SEALED, Map.of(SOCIAL, 1L), Set.of(SOCIAL), Set.of()));
  }

  @Test
  void aUnitWithoutSealedTypesMayLoseItsHead() {
    assertEquals(
        Set.of(), SealedUnitCover.strandedBy(SEALED, Map.of(), Set.of(MEDIATION), Set.of()));
  }

  @Test
  void stayingHeadIsNoLoss() {
    assertEquals(
        Set.of(),
        SealedUnitCover.strandedBy(SEALED, Map.of(), Set.of(SOCIAL), Set.of(SOCIAL, MEDIATION)));
  }

  @Test
  void everyStrandedUnitIsNamed() {
    assertEquals(
        Set.of(SOCIAL, PROTECTION),
        SealedUnitCover.strandedBy(
            SEALED, Map.of(MEDIATION, 0L), Set.of(SOCIAL, PROTECTION, MEDIATION), Set.of()));
  }

  @Test
  void aUnitAlreadyWithoutAHeadDoesNotBlockOtherChanges() {
    assertEquals(
        Set.of(), SealedUnitCover.strandedBy(SEALED, Map.of(), Set.of(), Set.of(MEDIATION)));
  }
}
