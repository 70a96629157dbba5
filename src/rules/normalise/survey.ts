/**
 * Most posts give the contextual steps nothing to do: no leetspeak, no spaced-out letters, no stretched
 * letters. One pass over the folded units finds which steps could change anything, so the others are skipped.
 * Every test here is a necessary condition of its step acting (read with the step), never a guess: a skipped
 * step would have left the units as they were.
 */
import { LEET_INSIDE, LEET_JOINER, LETTER, LETTERISH, MASK, SPACING, WORD, classOf } from "./classes.ts";
import type { Units } from "./units.ts";

/** resolveLeetspeak: a joiner between two letterish characters, or a leet character in a word with a letter. */
export const NEEDS_LEET = 1;
/**
 * joinSpacedLetters: three or more words made of one repeated letter in a row, with nothing but spaces and
 * spacing separators between them (the step also wants the same gap each time, and no apostrophe before).
 * Long posts hold "I", "a" and "y" often enough that counting singles anywhere would run the step on most.
 */
export const NEEDS_JOIN = 2;
/** collapseRepeats: a letter three times in a row, or two spaces. */
export const NEEDS_COLLAPSE = 4;
/** findReadings, which runs once after the other steps: a character that may hide a letter, right after a word's. */
export const NEEDS_READINGS = MASK;

const SPACE = 0x20;
const TOKEN = WORD | LEET_INSIDE | LEET_JOINER;
/** token & (token >> LEET_SHIFT) keeps the LETTER bit when a token holds both a letter and a leet character. */
const LEET_SHIFT = Math.log2(LEET_INSIDE / LETTER);
const MIN_LINKED = 3;
const STRETCHED = 3;

/**
 * Written for speed: one class read per character and, except where the character repeats the one before or
 * crosses a word's edge, a few bit operations (the first version, branch by branch, cost twice as much).
 */
export function survey(units: Units): number {
  const { codes, length } = units;
  let needs = 0;
  // Singles in the current chain, and whether only gap characters followed the chain's last one.
  let linked = 0;
  let gapsOnly = false;
  // Class bits of the current run of TOKEN characters, or'ed together.
  let token = 0;
  // LETTER while the current word (a run of WORD characters) is one letter repeated, else 0.
  let uniform = 0;
  let previousBits = 0;
  let beforeBits = 0;
  let previous = -1;
  let run = 0;
  for (let i = 0; i < length; ) {
    let code = codes[i] ?? 0;
    if (code >= 0xd800 && code <= 0xdfff) code = units.codePointAt(i);
    const bits = classOf(code);
    if ((bits & MASK) !== 0 && (previousBits & WORD) !== 0) needs |= NEEDS_READINGS;
    token = (bits & TOKEN) === 0 ? 0 : token | bits;
    if ((token & (token >> LEET_SHIFT) & LETTER) !== 0) needs |= NEEDS_LEET;
    if (code === previous) {
      run++;
      if (run >= (code === SPACE ? 2 : STRETCHED) && (code === SPACE || (bits & LETTER) !== 0)) needs |= NEEDS_COLLAPSE;
    } else {
      run = 1;
      if ((previousBits & LEET_JOINER) !== 0 && (bits & LETTERISH) !== 0 && (beforeBits & LETTERISH) !== 0) needs |= NEEDS_LEET;
      if (((bits ^ previousBits) & WORD) === 0) {
        if ((bits & WORD) !== 0) uniform = 0;
        else gapsOnly &&= (bits & SPACING) !== 0;
      } else if ((bits & WORD) !== 0) uniform = bits & LETTER;
      else {
        // A word ends here: a single joins the chain when only gaps came since the last one.
        linked = uniform === 0 ? 0 : gapsOnly ? linked + 1 : 1;
        if (linked >= MIN_LINKED) needs |= NEEDS_JOIN;
        gapsOnly = (bits & SPACING) !== 0;
      }
    }
    beforeBits = previousBits;
    previousBits = bits;
    previous = code;
    i += code > 0xffff ? 2 : 1;
  }
  if ((previousBits & WORD) !== 0 && uniform !== 0 && gapsOnly && linked + 1 >= MIN_LINKED) needs |= NEEDS_JOIN;
  return needs;
}
