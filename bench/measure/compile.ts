import type { Contender, Detector } from "../contenders/contender.ts";
import { collector } from "./gc.ts";

/** JS heap plus ArrayBuffers: typed-array tables (an automaton's) live outside heapUsed. */
const held = () => {
  const m = process.memoryUsage();
  return m.heapUsed + m.arrayBuffers;
};

export interface Compiled {
  detector: Detector;
  compileMs: number;
  /** Memory held by the compiled matcher after a warm-up, in bytes. */
  heapBytes: number;
  /** False when no gc was at hand, so the heap figure includes garbage. */
  heapExact: boolean;
}

/** Copies held at once for the memory figure: one matcher's tables are small next to the heap's own jitter. */
const COPIES = 3;

/**
 * Compiles once unmeasured, so the time is of a warm compile (the first one also pays for loading and
 * optimising the compiler's own code), then times one compile and holds COPIES of it to read the memory.
 * Warm-ups run before the memory is read because regexps and V8's optimised code are built lazily, on first
 * use: the memory a running matcher holds includes them.
 */
export function compileMeasured(contender: Contender, terms: readonly string[], warmUp: readonly string[]): Compiled {
  const gc = collector();
  contender.compile(terms);
  gc?.();
  const before = held();
  const t0 = process.hrtime.bigint();
  const detector = contender.compile(terms);
  const compileMs = Number(process.hrtime.bigint() - t0) / 1e6;
  const copies = [detector, ...Array.from({ length: COPIES - 1 }, () => contender.compile(terms))];
  for (const copy of copies) for (const text of warmUp) copy.detect(text);
  gc?.();
  const heapBytes = Math.max(0, (held() - before) / copies.length);
  return { detector, compileMs, heapBytes, heapExact: gc !== null };
}
