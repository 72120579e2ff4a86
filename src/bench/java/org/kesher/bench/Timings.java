package org.kesher.bench;

import java.util.Arrays;

/** Durations of repeated runs of one thing, in milliseconds. */
class Timings {

  private final String name;
  private final double[] millis;
  private int size;

  Timings(String name, int capacity) {
    this.name = name;
    this.millis = new double[capacity];
  }

  String name() {
    return name;
  }

  void add(long nanos) {
    millis[size++] = nanos / 1_000_000.0;
  }

  int count() {
    return size;
  }

  double percentile(double p) {
    double[] sorted = Arrays.copyOf(millis, size);
    Arrays.sort(sorted);
    if (size == 0) {
      return Double.NaN;
    }
    int rank = (int) Math.ceil(p / 100.0 * size);
    return sorted[Math.max(0, Math.min(size - 1, rank - 1))];
  }

  double p50() {
    return percentile(50);
  }

  double p95() {
    return percentile(95);
  }

  double max() {
    return percentile(100);
  }

  /** Timings that several threads add to. */
  static Timings shared(String name, int capacity) {
    return new Timings(name, capacity) {
      @Override
      synchronized void add(long nanos) {
        super.add(nanos);
      }

      @Override
      synchronized double percentile(double p) {
        return super.percentile(p);
      }
    };
  }
}
