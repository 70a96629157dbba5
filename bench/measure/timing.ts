import type { Detector } from "../contenders/contender.ts";

export interface Pass {
  /** Nanoseconds per post, in post order. */
  perPost: Float64Array;
  totalNs: number;
  /** How many posts matched: read, so no engine can drop the work as unused. */
  hits: number;
}

/** One timed pass over every post, each post timed on its own (hrtime costs tens of ns, far below a post). */
export function timePass(detector: Detector, texts: readonly string[]): Pass {
  const perPost = new Float64Array(texts.length);
  let totalNs = 0;
  let hits = 0;
  for (let i = 0; i < texts.length; i++) {
    const text = texts[i] as string;
    const t0 = process.hrtime.bigint();
    const hit = detector.detect(text);
    const ns = Number(process.hrtime.bigint() - t0);
    perPost[i] = ns;
    totalNs += ns;
    if (hit) hits++;
  }
  return { perPost, totalNs, hits };
}

/** The best of `repeats` timings of one call, in ms: for single large inputs, where one pass is one sample. */
export function bestOfMs(repeats: number, run: () => void): number {
  let best = Number.POSITIVE_INFINITY;
  for (let i = 0; i < repeats; i++) {
    const t0 = process.hrtime.bigint();
    run();
    best = Math.min(best, Number(process.hrtime.bigint() - t0) / 1e6);
  }
  return best;
}
