package org.kesher.cases.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.kesher.cases.entity.CaseReference;

/**
 * Hands out case references, {@code KS-<year>-<number>}, from blocks reserved in the database. The
 * year is Israel's calendar year. Numbers are unique across nodes; a restart may skip some.
 */
@ApplicationScoped
public class ReferenceNumbers {

  static final ZoneId ISRAEL = ZoneId.of("Asia/Jerusalem");
  static final int BLOCK = 20;

  @Inject ReferenceBlocks blocks;

  Clock clock = Clock.systemUTC();

  private int year;
  private long next;
  private long end;

  public synchronized CaseReference next() {
    int now = ZonedDateTime.now(clock.withZone(ISRAEL)).getYear();
    if (now != year || next >= end) {
      long first = reserve(now);
      year = now;
      next = first;
      end = first + BLOCK;
    }
    return new CaseReference(year, next++);
  }

  private long reserve(int forYear) {
    try {
      return blocks.reserve(forYear, BLOCK);
    } catch (ReferenceBlocks.ReferenceCounterRace raced) {
      return blocks.reserve(forYear, BLOCK);
    }
  }
}
