/**
 * Character classes shared by the normaliser and the matcher, so both agree on what a word is.
 * Word characters are letters, marks and digits of any script (Devanagari vowel signs are marks).
 */
const WORD = /[\p{L}\p{M}\p{N}]/u;
const PICTOGRAPH = /\p{Extended_Pictographic}/u;
const MARK = /\p{M}/u;

const cache = new Map<number, number>();
const WORD_BIT = 1;
const PICTO_BIT = 2;
const MARK_BIT = 4;

function classOf(code: number): number {
  let bits = cache.get(code);
  if (bits === undefined) {
    const ch = String.fromCodePoint(code);
    bits = (WORD.test(ch) ? WORD_BIT : 0) | (PICTOGRAPH.test(ch) ? PICTO_BIT : 0) | (MARK.test(ch) ? MARK_BIT : 0);
    cache.set(code, bits);
  }
  return bits;
}

/** True for letters, marks and digits; takes a UTF-16 code unit or a code point. Surrogates count as word parts when they form a letter. */
export function isWordChar(code: number): boolean {
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || (code >= 65 && code <= 90);
  return (classOf(code) & WORD_BIT) !== 0;
}

/** Combining marks, such as Devanagari vowel signs: part of the letter before them. */
export function isMark(code: number): boolean {
  return code >= 0x300 && (classOf(code) & MARK_BIT) !== 0;
}

/** Emoji and other pictographs: never separators, since bait emoji such as 🔞 are signals themselves. */
export function isPictograph(code: number): boolean {
  return code >= 128 && (classOf(code) & PICTO_BIT) !== 0;
}

/** Whitespace and punctuation that may sit between the letters or words of a bait phrase (l.e.a.k, #full_video). */
export function isSeparator(code: number): boolean {
  return !isWordChar(code) && !isPictograph(code) && !(code >= 0xd800 && code <= 0xdfff);
}

/** Whitespace: the break between words that a match may span only where its pattern has one. */
export function isWhitespace(code: number): boolean {
  if (code < 128) return code === 32 || (code >= 9 && code <= 13);
  return code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000;
}
