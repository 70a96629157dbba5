/**
 * Reads digits and symbols standing for letters (l3@k, n00dz, s3xtap3, v!deo) while leaving numbers, mentions
 * and trailing punctuation alone ("iPhone 15", "@mia_leaks", "leaked!!"). Every decision depends only on facts
 * that resolving does not change (which characters are letters or leet, letter runs counted without repeats),
 * so normalising twice gives the same text.
 */
import { isWordChar } from "../../../text/chars.ts";
import { isLetter } from "../../letters.ts";
import { type Units, widthOf } from "../../units.ts";
import { INSIDE, JOINERS, isLeet, isLetterish } from "./table.ts";

const AT = 0x40;

function isTokenChar(code: number): boolean {
  return isWordChar(code) || isLeet(code);
}

export function resolveLeetspeak(units: Units): void {
  for (let i = 0; i < units.length; ) {
    const code = units.codePointAt(i);
    if (!isTokenChar(code)) {
      i += widthOf(code);
      continue;
    }
    let end = i;
    while (end < units.length && isTokenChar(units.codePointAt(end))) end += widthOf(units.codePointAt(end));
    resolveJoiners(units, i, end);
    resolveInside(units, i, end);
    i = end;
  }
}

/**
 * A group is letter runs linked by single joiners (v!deo, l|e|a|k). Its joiners are letters when some run is a
 * word part (≥ 2 letters) and some run is short (≤ 2 distinct letters): spaced-out single letters stay
 * separators for the joining step, and two whole words glued by "!" (omg!leaked) stay two words. Counting the
 * short side without repeats keeps the decision the same once repeats are collapsed.
 */
function resolveJoiners(units: Units, from: number, to: number): void {
  let groupStart = -1;
  let run = 0;
  let distinct = 0;
  let previous = -1;
  let longest = 0;
  let shortest = Infinity;
  let joiners = 0;
  const close = (groupEnd: number): void => {
    if (run > 0) {
      longest = Math.max(longest, run);
      shortest = Math.min(shortest, distinct);
    }
    if (groupStart >= 0 && joiners > 0 && longest >= 2 && shortest <= 2) {
      for (let k = groupStart; k < groupEnd; k++) {
        const letter = JOINERS.get(units.codes[k] ?? 0);
        if (letter !== undefined) units.codes[k] = letter;
      }
    }
  };
  for (let i = from; i <= to; ) {
    const code = i < to ? units.codePointAt(i) : -1;
    if (code >= 0 && isLetterish(code)) {
      if (groupStart < 0) groupStart = i;
      const letter = INSIDE.get(code) ?? code;
      run++;
      if (letter !== previous) distinct++;
      previous = letter;
    } else if (code >= 0 && JOINERS.has(code) && run > 0 && i + 1 < to && isLetterish(units.codePointAt(i + 1))) {
      longest = Math.max(longest, run);
      shortest = Math.min(shortest, distinct);
      run = 0;
      distinct = 0;
      previous = -1;
      joiners++;
    } else {
      close(i);
      groupStart = -1;
      run = 0;
      distinct = 0;
      previous = -1;
      longest = 0;
      shortest = Infinity;
      joiners = 0;
    }
    i += code > 0 ? widthOf(code) : 1;
  }
}

/**
 * Digits and symbols between a word's first and last letter are letters; once a word has one, those at its
 * edges are too (s3xtap3). A leading "@" is a mention and stays.
 */
function resolveInside(units: Units, from: number, to: number): void {
  let first = -1;
  let last = -1;
  for (let i = from; i < to; ) {
    const code = units.codePointAt(i);
    if (isLetter(code)) {
      if (first < 0) first = i;
      last = i;
    }
    i += widthOf(code);
  }
  if (first < 0) return;
  let inside = false;
  for (let i = first; i < last; i++) inside ||= INSIDE.has(units.codes[i] ?? 0);
  if (!inside) return;
  for (let i = from; i < to; i++) {
    const letter = INSIDE.get(units.codes[i] ?? 0);
    if (letter !== undefined && !(i === from && units.codes[i] === AT)) units.codes[i] = letter;
  }
}
