/**
 * Reads digits and symbols standing for letters (l3@k, n00dz, s3xtap3, v!deo) while leaving numbers, mentions
 * and trailing punctuation alone ("iPhone 15", "@mia_leaks", "leaked!!"). Every decision depends only on facts
 * that resolving, joining and collapsing do not change (which characters are letters or leet, letter runs
 * counted without repeats), so normalising twice gives the same text.
 */
import { LEET_INSIDE, LEET_JOINER, LETTER, LETTERISH, WORD, classOf } from "../../classes.ts";
import { type Units, widthOf } from "../../units.ts";
import { INSIDE, JOINERS } from "./table.ts";

const AT = 0x40;
const TOKEN = WORD | LEET_INSIDE | LEET_JOINER;
/** Letters a word needs for its digits and symbols to be read as letters wherever they stand. */
const MIN_LETTERS_ANYWHERE = 2;

/** Returns whether any unit changed. */
export function resolveLeetspeak(units: Units): boolean {
  let changed = false;
  for (let i = 0; i < units.length; ) {
    let code = units.codePointAt(i);
    if ((classOf(code) & TOKEN) === 0) {
      i += widthOf(code);
      continue;
    }
    let end = i;
    let leet = false;
    for (; end < units.length; end += widthOf(code)) {
      code = units.codePointAt(end);
      const bits = classOf(code);
      if ((bits & TOKEN) === 0) break;
      leet ||= (bits & (LEET_INSIDE | LEET_JOINER)) !== 0;
    }
    if (leet) {
      if (resolveJoiners(units, i, end)) changed = true;
      if (resolveInside(units, i, end)) changed = true;
    }
    i = end;
  }
  return changed;
}

/**
 * A group is letter runs linked by single joiners (v!deo, l|e|a|k). Its joiners are letters when some run is a
 * word part (≥ 2 letters) and some run is short (≤ 2 distinct letters): spaced-out single letters stay
 * separators for the joining step, and two whole words glued by "!" (omg!leaked) stay two words. Counting the
 * short side without repeats keeps the decision the same once repeats are collapsed.
 */
function resolveJoiners(units: Units, from: number, to: number): boolean {
  let changed = false;
  for (let i = from; i < to; ) {
    const code = units.codePointAt(i);
    if ((classOf(code) & LETTERISH) === 0) {
      i += widthOf(code);
      continue;
    }
    const groupStart = i;
    let longest = 0;
    let shortest = Infinity;
    let joiners = 0;
    for (;;) {
      let run = 0;
      let distinct = 0;
      let previous = -1;
      for (let c = units.codePointAt(i); i < to; c = units.codePointAt(i)) {
        const bits = classOf(c);
        if ((bits & LETTERISH) === 0) break;
        const letter = (bits & LEET_INSIDE) !== 0 ? (INSIDE.get(c) ?? c) : c;
        run++;
        if (letter !== previous) distinct++;
        previous = letter;
        i += widthOf(c);
      }
      longest = Math.max(longest, run);
      shortest = Math.min(shortest, distinct);
      const joinerHere = i + 1 < to && (classOf(units.codes[i] ?? 0) & LEET_JOINER) !== 0;
      if (!joinerHere || (classOf(units.codePointAt(i + 1)) & LETTERISH) === 0) break;
      joiners++;
      i++;
    }
    if (joiners === 0 || longest < 2 || shortest > 2) continue;
    for (let k = groupStart; k < i; k++) {
      const code = units.codes[k] ?? 0;
      if ((classOf(code) & LEET_JOINER) !== 0) {
        units.codes[k] = JOINERS.get(code) ?? code;
        changed = true;
      }
    }
  }
  return changed;
}

/** True when units [from, to) could be an X or Reddit handle: letters, digits and '_' only. */
function isHandle(units: Units, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const code = units.codes[i] ?? 0;
    if ((classOf(code) & (LEET_INSIDE | LEET_JOINER)) !== 0 && !(code >= 0x30 && code <= 0x39)) return false;
  }
  return true;
}

/**
 * Digits and symbols between a word's first and last letter are letters; once a word has one, those at its
 * edges are too (s3xtap3). A word with two letters or more is read as leet wherever its digits stand
 * (5kanda1, nud35, 0n1yf4ns): authors swap letters at the start and end of words as readily as inside. Numbers
 * with a one-letter unit keep their digits (4k, h264, 5g); "mp4", "win10", "10pm" or "1st" read as "mpa",
 * "winio", "iopm", "ist", which no bait term is (no new flag on the dev, blind or bench posts; on the bench
 * leet recall rose from 27% to 54% with '9' read as 'g'). A leading "@" is a mention and stays, unless the
 * rest could be no handle (handles hold only letters, digits and '_'): "@l@m@t" is "alamat".
 */
function resolveInside(units: Units, from: number, to: number): boolean {
  let first = -1;
  let last = -1;
  let letters = 0;
  for (let i = from; i < to; ) {
    const code = units.codePointAt(i);
    if ((classOf(code) & LETTER) !== 0) {
      if (first < 0) first = i;
      last = i;
      letters++;
    }
    i += widthOf(code);
  }
  let inside = letters >= MIN_LETTERS_ANYWHERE;
  for (let i = first + 1; i < last && !inside; i++) inside = (classOf(units.codes[i] ?? 0) & LEET_INSIDE) !== 0;
  if (!inside) return false;
  const mention = units.codes[from] === AT && isHandle(units, from + 1, to);
  let changed = false;
  for (let i = from; i < to; i++) {
    const code = units.codes[i] ?? 0;
    if ((classOf(code) & LEET_INSIDE) !== 0 && !(i === from && mention)) {
      units.codes[i] = INSIDE.get(code) ?? code;
      changed = true;
    }
  }
  return changed;
}
