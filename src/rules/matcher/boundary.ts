import { isWordChar } from "../text/chars.ts";

// Boundaries are judged on whole code points: a letter outside the BMP (𝐚) is two code units, and neither half
// alone is a letter, so a unit-wise check would see a boundary inside the word.

function isHigh(unit: number): boolean {
  return unit >= 0xd800 && unit <= 0xdbff;
}

function isLow(unit: number): boolean {
  return unit >= 0xdc00 && unit <= 0xdfff;
}

/** True when the code point starting at index i is a word char; false at the end of the text. */
export function isWordAt(text: string, i: number): boolean {
  return i < text.length && isWordChar(text.codePointAt(i) ?? 0);
}

/** True when the code point ending just before index i is a word char; false at the start of the text. */
export function isWordBefore(text: string, i: number): boolean {
  if (i <= 0) return false;
  const last = text.charCodeAt(i - 1);
  if (isLow(last) && i >= 2 && isHigh(text.charCodeAt(i - 2))) return isWordChar(text.codePointAt(i - 2) ?? 0);
  return isWordChar(last);
}

const APOSTROPHES = new Set([0x27, 0x2019, 0x2bc]);

/**
 * True when a match starting at index i would start inside a word: right after a word char, or after an
 * apostrophe glued to one. Elisions are one word ("j'ai" is not "ai", "l'ia" not "ia"), so short terms do not
 * match in the middle of them; a pack that means "l'ia" writes it so.
 */
export function continuesWord(text: string, i: number): boolean {
  if (isWordBefore(text, i)) return true;
  return i >= 2 && APOSTROPHES.has(text.charCodeAt(i - 1)) && isWordBefore(text, i - 1);
}
