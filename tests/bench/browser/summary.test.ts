import { describe, expect, it } from "vitest";
import { firstBatchesMax, heapShare, latencyStats, longTaskStats, spread } from "../../../bench/browser/summary.ts";

describe("latencyStats", () => {
  it("takes nearest-rank percentiles and the maximum of unsorted latencies", () => {
    const values = Array.from({ length: 100 }, (_, i) => 100 - i);
    expect(latencyStats(values)).toEqual({ count: 100, p50: 50, p95: 95, p99: 99, max: 100 });
  });
  it("is NaN throughout for no latencies", () => {
    const stats = latencyStats([]);
    expect(stats.count).toBe(0);
    for (const v of [stats.p50, stats.p95, stats.p99, stats.max]) expect(v).toBeNaN();
  });
});

describe("longTaskStats", () => {
  it("counts long tasks, their longest and their sum", () => {
    expect(longTaskStats([{ duration: 60 }, { duration: 120 }, { duration: 51 }])).toEqual({ count: 3, longestMs: 120, totalMs: 231 });
    expect(longTaskStats([])).toEqual({ count: 0, longestMs: 0, totalMs: 0 });
  });
});

describe("firstBatchesMax", () => {
  it("takes the slowest post of the first batches only", () => {
    expect(firstBatchesMax([30, 900, 40, 2_000], [0, 0, 1, 2])).toBe(900);
    expect(firstBatchesMax([30, 900, 40, 2_000], [0, 0, 1, 2], 2)).toBe(900);
    expect(firstBatchesMax([30, 900, 40, 2_000], [0, 0, 1, 2], 3)).toBe(2_000);
  });
  it("is 0 when no post of those batches was judged", () => {
    expect(firstBatchesMax([50], [3])).toBe(0);
  });
});

describe("spread", () => {
  it("takes the lowest value as best and the median, leaving out runs that measured nothing", () => {
    expect(spread([12, Number.NaN, 8, 30])).toEqual({ best: 8, median: 12, runs: 3 });
  });
  it("is NaN with a run count of 0 when nothing was measured", () => {
    const s = spread([Number.NaN]);
    expect(s.best).toBeNaN();
    expect(s.median).toBeNaN();
    expect(s.runs).toBe(0);
  });
});

describe("heapShare", () => {
  it("subtracts the run without the extension from the run with it, at start, at end and in growth", () => {
    expect(heapShare({ before: 2_500, after: 6_000 }, { before: 1_000, after: 2_000 })).toEqual({ atStart: 1_500, atEnd: 4_000, growth: 2_500 });
  });
});
