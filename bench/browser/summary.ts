import { median, percentile } from "../measure/stats.ts";

export interface LatencyStats {
  count: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
}

/** Nearest-rank percentiles of latencies (ms); NaN throughout when there are none. */
export function latencyStats(values: readonly number[]): LatencyStats {
  const sorted = Float64Array.from(values).sort();
  return {
    count: sorted.length,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    max: sorted.length > 0 ? (sorted[sorted.length - 1] ?? Number.NaN) : Number.NaN,
  };
}

export interface LongTaskStats {
  count: number;
  longestMs: number;
  totalMs: number;
}

export function longTaskStats(entries: readonly { duration: number }[]): LongTaskStats {
  return {
    count: entries.length,
    longestMs: entries.reduce((max, e) => Math.max(max, e.duration), 0),
    totalMs: entries.reduce((sum, e) => sum + e.duration, 0),
  };
}

/** The largest latency among posts of the first `batches` batches: how long waking a stopped worker took. */
export function firstBatchesMax(latencies: readonly number[], batchOf: readonly number[], batches = 1): number {
  return latencies.reduce((max, ms, i) => ((batchOf[i] ?? Number.POSITIVE_INFINITY) < batches ? Math.max(max, ms) : max), 0);
}

export interface Spread {
  /** The lowest value over the runs: on a shared machine noise only ever adds. */
  best: number;
  median: number;
  runs: number;
}

/** Best and median of one measure over the runs, NaN values (nothing measured) left out. */
export function spread(values: readonly number[]): Spread {
  const measured = values.filter((v) => !Number.isNaN(v));
  return { best: measured.length > 0 ? Math.min(...measured) : Number.NaN, median: median(measured), runs: measured.length };
}

/** What the content script adds to the JS heap: with minus without the extension, same page and posts. */
export interface HeapShare {
  /** After the page's own posts were judged, before the stream. */
  atStart: number;
  /** After the stream: what the content script holds with all streamed posts on the page. */
  atEnd: number;
  /** The extension run's growth over the stream minus the baseline's: what the posts themselves cost us. */
  growth: number;
}

export function heapShare(withExt: { before: number; after: number }, without: { before: number; after: number }): HeapShare {
  return {
    atStart: withExt.before - without.before,
    atEnd: withExt.after - without.after,
    growth: withExt.after - withExt.before - (without.after - without.before),
  };
}
