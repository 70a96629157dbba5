/**
 * Finds the units whose letter is not known for sure: a masked letter (n*des, l**ked, le#ked, n💥des) could be
 * any letter, a leetspeak '1' read as 'i' may as well be an 'l' (1eaked, v1deo), and the digits of a word
 * the leetspeak step left as a number may be letters ("sc4ndal m0 70", "735 photos nu35"). The text keeps them as
 * they are, so the learned check and the quotes see what was written; the matcher tries every letter they
 * allow (matcher/scan.ts). Unlike the other steps this one changes no unit, so it runs once, after them.
 */
import { LETTER, MASK, WORD, classOf } from "../../classes.ts";
import { foldCodePoint } from "../../fold.ts";
import { type Units, widthOf } from "../../units.ts";
import { INSIDE } from "../resolve-leetspeak/table.ts";
import { AMBIGUOUS } from "./table.ts";

/** Units of the normalised text that stand for one letter among several. */
export interface Reading {
  /** Index of the reading's first unit in the normalised text. */
  readonly at: number;
  /** Units it takes: 2 for a pictograph beyond the BMP. */
  readonly width: number;
  /** The letters it may be; empty for a mask, which may be any letter. */
  readonly letters: string;
  /**
   * A digit of a number-like word ("70", "t1"): it may be a letter, or just a number, so a match through it must
   * show more letters than it guesses ("tg" is not found in "79", "scandal mo to" is in "sc4ndal m0 70").
   */
  readonly digit: boolean;
}

/** Longer runs of masks are censoring or decoration, not one hidden letter each. */
const MAX_MASK_RUN = 3;

const I = 0x69;
const L = 0x6c;
const isDigit = (code: number) => code >= 0x30 && code <= 0x39;

/** The letters a digit may stand for, or undefined ('2' and '6' stand for none). */
function lettersOfDigit(code: number): string | undefined {
  const ambiguous = AMBIGUOUS.get(code);
  if (ambiguous !== undefined) return ambiguous;
  const letter = INSIDE.get(code);
  return letter === undefined ? undefined : String.fromCharCode(letter);
}

/**
 * `leetRead`: whether the leetspeak step read some character as a letter. Digits of number-like words are read
 * only in a post that writes leetspeak or masks elsewhere too: in most posts "10" and "15" are numbers.
 */
export function findReadings(units: Units, input: string, leetRead: boolean): Reading[] {
  const readings: Reading[] = [];
  for (let i = 0; i < units.length; ) {
    const code = codeAt(units, i);
    if ((classOf(code) & (WORD | MASK)) === 0) i += widthOf(code);
    else i = readWord(units, input, i, readings);
  }
  return leetRead || readings.some((r) => !r.digit) ? readings : [];
}

/** The code point at unit i: most units are one, so the pairing is left to the rare high surrogate. */
function codeAt(units: Units, i: number): number {
  const unit = units.codes[i] ?? 0;
  return unit >= 0xd800 && unit <= 0xdbff ? units.codePointAt(i) : unit;
}

/** Whether the letter at unit i, an i or an l, was written as a character that reads as several letters. */
function ambiguousAt(units: Units, input: string, i: number): string | undefined {
  const written = input.charCodeAt(units.start[i] ?? 0);
  const unit = units.codes[i] ?? 0;
  // Nearly always the letter itself, in either case.
  if (written === unit || written === unit - 0x20) return undefined;
  return AMBIGUOUS.get(foldCodePoint(input.codePointAt(units.start[i] ?? 0) ?? 0).charCodeAt(0));
}

/** Reads one word (letters, digits and marks, with masks between them) from `from`; returns where it ends. */
function readWord(units: Units, input: string, from: number, out: Reading[]): number {
  const { codes, length } = units;
  const first = out.length;
  let shown = 0;
  let hidden = 0;
  let i = from;
  let afterLetter = false;
  let digits = 0;
  let numberLike = true;
  while (i < length) {
    const code = codeAt(units, i);
    const bits = classOf(code);
    if ((bits & WORD) !== 0) {
      if (isDigit(code)) {
        digits++;
        numberLike &&= lettersOfDigit(code) !== undefined;
      } else if ((bits & LETTER) === 0) numberLike = false;
      else {
        shown++;
        if (code === I || code === L) {
          const letters = ambiguousAt(units, input, i);
          if (letters !== undefined) out.push({ at: i, width: 1, letters, digit: false });
        }
      }
      afterLetter = (bits & LETTER) !== 0;
      i += widthOf(code);
      continue;
    }
    if ((bits & MASK) === 0) break;
    numberLike = false;
    let end = i;
    let run = 0;
    for (let c = code; end < length && (classOf(c) & MASK) !== 0; c = codeAt(units, end)) {
      end += widthOf(c);
      run++;
    }
    const afterBits = end < length ? classOf(codeAt(units, end)) : 0;
    if (!afterLetter || (afterBits & LETTER) === 0 || run > MAX_MASK_RUN) {
      // A mask run at a word's edge ends the word ("f*** this", "***", "leaked**").
      if (i === from) i = end;
      break;
    }
    for (let k = i; k < end; ) {
      const width = widthOf(codeAt(units, k));
      out.push({ at: k, width, letters: "", digit: false });
      k += width;
    }
    hidden += run;
    i = end;
  }
  if (hidden > 0 && hidden >= shown) {
    // A word must show more letters than it hides to be guessed ("c**i" could be many, "c toi" among them):
    // keep its '1's, drop its masks.
    let kept = first;
    for (let k = first; k < out.length; k++) {
      const r = out[k] as Reading;
      if (r.letters !== "") out[kept++] = r;
    }
    out.length = kept;
  }
  if (digits > 0 && numberLike && shown <= 1 && i - from > 1) {
    // The leetspeak step reads digits as letters only beside two letters; here they may still be letters. A
    // lone digit is a count or a list's number ("1) download" is no Tagalog "i-download").
    out.length = first;
    for (let k = from; k < i; k++) {
      const letters = lettersOfDigit(codes[k] ?? 0);
      if (letters !== undefined) out.push({ at: k, width: 1, letters, digit: true });
    }
  }
  return Math.max(i, from + 1);
}
