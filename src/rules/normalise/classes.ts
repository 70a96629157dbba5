/**
 * What the contextual steps need to know about a character, as bits in one lazily filled table, so each unit
 * costs one array read however many questions a step asks about it.
 */
import { isPictograph, isWordChar } from "../text/chars.ts";
import { INSIDE, JOINERS } from "./steps/resolve-leetspeak/table.ts";
import { SPACING_SEPARATORS } from "./steps/join-spaced-letters/separators.ts";
import { MASKS } from "./steps/resolve-masks/table.ts";

/** Letters of any script (not marks, not digits). */
export const LETTER = 1;
/** Letters, marks and digits, as the matcher sees words. */
export const WORD = 2;
/** Digits and symbols that stand for a letter inside a word (l3@k). */
export const LEET_INSIDE = 4;
/** Punctuation that stands for a letter between letters (v!deo). */
export const LEET_JOINER = 8;
/** May stand between spaced-out letters (l.e.a.k). */
export const SPACING = 16;
/** May hide one letter between letters of a word (n*des, n💥des). */
export const MASK = 32;
/** Letters and the characters that may become letters without a joiner: what a word's letter runs are made of. */
export const LETTERISH = LETTER | LEET_INSIDE;

const KNOWN = 128;
const LETTER_PATTERN = /\p{L}/u;
const bmp = new Uint8Array(0x10000);
const astral = new Map<number, number>();

function compute(code: number): number {
  const ch = String.fromCodePoint(code);
  return (
    (LETTER_PATTERN.test(ch) ? LETTER : 0) |
    (isWordChar(code) ? WORD : 0) |
    (INSIDE.has(code) ? LEET_INSIDE : 0) |
    (JOINERS.has(code) ? LEET_JOINER : 0) |
    (SPACING_SEPARATORS.has(code) || code === 0x20 ? SPACING : 0) |
    (MASKS.has(code) || isPictograph(code) ? MASK : 0)
  );
}

export function classOf(code: number): number {
  if (code < 0x10000) {
    const known = bmp[code] ?? 0;
    if (known !== 0) return known & ~KNOWN;
    const bits = compute(code);
    bmp[code] = bits | KNOWN;
    return bits;
  }
  let bits = astral.get(code);
  if (bits === undefined) {
    bits = compute(code);
    astral.set(code, bits);
  }
  return bits;
}
