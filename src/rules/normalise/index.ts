/**
 * The text normaliser: folds every obfuscation of a word (homoglyphs, font letters, zero-width splits, accents
 * and Zalgo, leetspeak, spacing, stretching) to one canonical form and keeps, for each unit of the result, the
 * range of the original text it came from, so matches can be quoted as the author wrote them.
 * Rule-pack terms go through the same function, so both sides always agree.
 */
import { foldInto } from "./fold.ts";
import { Units } from "./units.ts";
import { NEEDS_COLLAPSE, NEEDS_JOIN, NEEDS_LEET, NEEDS_READINGS, survey } from "./survey.ts";
import { resolveLeetspeak } from "./steps/resolve-leetspeak/index.ts";
import { joinSpacedLetters } from "./steps/join-spaced-letters/index.ts";
import { collapseRepeats } from "./steps/collapse-repeats/index.ts";
import { findReadings, type Reading } from "./steps/resolve-masks/index.ts";

export type { Reading };

export interface Normalised {
  /** Folded text: lowercase Latin for look-alikes, other scripts (Devanagari!) kept. */
  readonly text: string;
  /** For each UTF-16 unit i of `text`: the original [start[i], end[i]) UTF-16 range that produced it. */
  readonly start: Uint32Array;
  readonly end: Uint32Array;
  /** Units that may stand for other letters (masks, a leetspeak '1'), by index: the matcher tries each. */
  readonly readings: readonly Reading[];
}

/** In order; each runs only when the survey of the units as they stand says it could change something. */
const CONTEXTUAL_STEPS = [
  { step: resolveLeetspeak, need: NEEDS_LEET },
  { step: joinSpacedLetters, need: NEEDS_JOIN },
  { step: collapseRepeats, need: NEEDS_COLLAPSE },
];
const NO_READINGS: readonly Reading[] = Object.freeze([]);
/** One scratch buffer for every call: normalising is synchronous, so calls never overlap. */
const scratch = new Units();
/** Counts calls, so a result can tell whether the scratch still holds its offsets. */
let generation = 0;

/**
 * Rounds at most: a step can give an earlier one work (joined letters "a a l@" make the word "aal@", long enough
 * for leetspeak), so the steps run again until none changes anything, which makes normalising idempotent. Each
 * change only shortens the text or turns a symbol into a letter, so this ends; the cap is a guard.
 */
const MAX_ROUNDS = 4;

/** What normaliseInto reports, as bits: the leetspeak step read a letter; a mask is left after a letter. */
const LEET_READ = 1;
const MASKED = 2;

function normaliseInto(input: string, units: Units): number {
  foldInto(input, units);
  let needs = survey(units);
  let leetRead = false;
  for (let round = 0, changed = true; changed && round < MAX_ROUNDS; round++) {
    changed = false;
    for (const { step, need } of CONTEXTUAL_STEPS) {
      if ((needs & need) === 0 || !step(units)) continue;
      leetRead ||= step === resolveLeetspeak;
      needs = survey(units);
      changed = true;
    }
  }
  return (leetRead ? LEET_READ : 0) | ((needs & NEEDS_READINGS) !== 0 ? MASKED : 0);
}

/**
 * The offsets are copied out of the scratch only when first read: most posts match nothing, so most never
 * need them, and two typed-array copies per post cost more than the rest of normalising. A result read after
 * a later call has reused the scratch normalises its input again (the same input gives the same offsets).
 */
class LazyNormalised implements Normalised {
  #start: Uint32Array | undefined;
  #end: Uint32Array | undefined;

  constructor(
    readonly text: string,
    readonly readings: readonly Reading[],
    private readonly input: string,
    private readonly generation: number,
  ) {}

  get start(): Uint32Array {
    return this.#offsets()[0];
  }

  get end(): Uint32Array {
    return this.#offsets()[1];
  }

  #offsets(): [Uint32Array, Uint32Array] {
    if (this.#start === undefined || this.#end === undefined) {
      let units = scratch;
      if (this.generation !== generation) {
        units = new Units();
        normaliseInto(this.input, units);
      }
      this.#start = units.start.slice(0, units.length);
      this.#end = units.end.slice(0, units.length);
    }
    return [this.#start, this.#end];
  }
}

export function normalise(input: string): Normalised {
  const found = normaliseInto(input, scratch);
  const readings = found === 0 ? NO_READINGS : findReadings(scratch, input, (found & LEET_READ) !== 0);
  return new LazyNormalised(scratch.text(), readings, input, ++generation);
}

/**
 * The part of a normalised text that came from the original from `from` on, as if that part alone had been
 * normalised (offsets count from `from`). The engine reads a display name as the first line of a post; the
 * learned check reads only the post, whose words it was trained on.
 */
export function tailFrom(n: Normalised, from: number): Normalised {
  let k = 0;
  while (k < n.text.length && (n.start[k] ?? 0) < from) k++;
  return {
    text: n.text.slice(k),
    start: n.start.subarray(k).map((v) => v - from),
    end: n.end.subarray(k).map((v) => v - from),
    readings: n.readings.filter((r) => r.at >= k).map((r) => ({ ...r, at: r.at - k })),
  };
}

/** Original [from, to) for the normalised range [from, to) — for quoting matches. */
export function originalRange(n: Normalised, from: number, to: number): [number, number] {
  const length = n.text.length;
  const lo = Math.min(Math.max(Math.trunc(from) || 0, 0), length);
  const hi = Math.min(Math.max(Math.trunc(to) || 0, lo), length);
  if (lo === hi) {
    const at = lo < length ? (n.start[lo] ?? 0) : length > 0 ? (n.end[length - 1] ?? 0) : 0;
    return [at, at];
  }
  return [n.start[lo] ?? 0, n.end[hi - 1] ?? 0];
}
