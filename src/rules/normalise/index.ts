/**
 * The text normaliser: folds every obfuscation of a word (homoglyphs, font letters, zero-width splits, accents
 * and Zalgo, leetspeak, spacing, stretching) to one canonical form and keeps, for each unit of the result, the
 * range of the original text it came from, so matches can be quoted as the author wrote them.
 * Rule-pack terms go through the same function, so both sides always agree.
 */
import { foldInto } from "./fold.ts";
import { Units } from "./units.ts";
import { resolveLeetspeak } from "./steps/resolve-leetspeak/index.ts";
import { joinSpacedLetters } from "./steps/join-spaced-letters/index.ts";
import { collapseRepeats } from "./steps/collapse-repeats/index.ts";

export interface Normalised {
  /** Folded text: lowercase Latin for look-alikes, other scripts (Devanagari!) kept. */
  text: string;
  /** For each UTF-16 unit i of `text`: the original [start[i], end[i]) UTF-16 range that produced it. */
  start: Uint32Array;
  end: Uint32Array;
}

const CONTEXTUAL_STEPS = [resolveLeetspeak, joinSpacedLetters, collapseRepeats];
/** One scratch buffer for every call: normalising is synchronous, so calls never overlap. */
const scratch = new Units();

export function normalise(input: string): Normalised {
  foldInto(input, scratch);
  for (const step of CONTEXTUAL_STEPS) step(scratch);
  return {
    text: scratch.text(),
    start: scratch.start.slice(0, scratch.length),
    end: scratch.end.slice(0, scratch.length),
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
