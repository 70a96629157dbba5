import type { Reading } from "../normalise/index.ts";
import { isMark, isPictograph, isSeparator, isWhitespace, isWordChar } from "../text/chars.ts";
import { step } from "./automaton.ts";
import { continuesWord, isWordAt } from "./boundary.ts";
import type { Match, MatcherTables } from "./index.ts";

// Most text is ASCII; a table spares the call per unit without redefining what a separator is.
const ASCII_SEPARATOR = Uint8Array.from({ length: 128 }, (_, unit) => (isSeparator(unit) ? 1 : 0));

const HASH = 0x23;
/** How far back a gap looks for the '#' that makes it a split hashtag: hashtags are short. */
const MAX_HASHTAG = 64;

/** True when the whitespace at `gap` follows a word written as a hashtag ("#on lyfans"). */
function splitsHashtag(text: string, gap: number): boolean {
  for (let i = gap - 1; i >= 0 && i >= gap - MAX_HASHTAG; i--) {
    const unit = text.charCodeAt(i);
    if (unit === HASH) return true;
    if (isWhitespace(unit)) return false;
  }
  return false;
}

const isLowSurrogate = (unit: number) => unit >= 0xdc00 && unit <= 0xdfff;

/**
 * True when the word that ends before `from` (step -1) or starts at `from` (step 1) is one letter with its marks.
 * Letters spaced apart to dodge filters ("ली क") have one on each side of every gap; the normaliser joins only
 * single Latin letters. One long word beside one letter ("xpost /r") is no spacing.
 */
function singleLetter(text: string, from: number, step: 1 | -1): boolean {
  let letters = 0;
  for (let i = from; i >= 0 && i < text.length; i += step) {
    const unit = text.charCodeAt(i);
    if (isSeparator(unit)) break;
    if (!isMark(unit) && !isLowSurrogate(unit) && ++letters > 1) return false;
  }
  return letters === 1;
}

/**
 * Whether each whitespace gap inside a match falls where its pattern had a separator (bit i of `breaks`: after
 * pattern unit i), splits a hashtag, spaces out single letters or sits beside a pictograph. Runs only for matches that span separators, which are rare.
 * `read` holds, at each reading's first unit, how many units it takes: those count as one matched unit.
 */
function gapsAllowed(text: string, start: number, end: number, breaks: number, read: Uint8Array): boolean {
  let units = 0;
  for (let i = start; i < end; i++) {
    const unit = text.charCodeAt(i);
    const width = (read[i] ?? 0) & WIDTH;
    if (width > 0) {
      // A masked letter is one unit of the match, whatever it is written with.
      units++;
      i += width - 1;
      continue;
    }
    if (!(unit < 128 ? ASCII_SEPARATOR[unit] === 1 : isSeparator(unit))) {
      units++;
      continue;
    }
    let spaced = false;
    const gap = i;
    for (; i < end && isSeparator(text.charCodeAt(i)); i++) spaced ||= isWhitespace(text.charCodeAt(i));
    i--;
    if (!spaced || units > 32 || ((breaks >>> (units - 1)) & 1) === 1) continue;
    if (splitsHashtag(text, gap) || (singleLetter(text, gap - 1, -1) && singleLetter(text, i + 1, 1))) continue;
    // Pictographs are no words to join: "👇 🔗" is "👇🔗".
    const before = text.codePointAt(gap - 1 - (isLowSurrogate(text.charCodeAt(gap - 1)) ? 1 : 0)) ?? 0;
    if (!isPictograph(before) && !isPictograph(text.codePointAt(i + 1) ?? 0)) return false;
  }
  return true;
}

/** In the scan's table of readings: the units a reading takes, and whether it is a digit of a number-like word. */
const WIDTH = 3;
const DIGIT = 4;
/** The table of a text without readings: every index reads as none. */
const NO_READINGS = new Uint8Array(0);

/** Whether a reading ends right before index i. */
const readBefore = (read: Uint8Array, i: number) => ((read[i - 1] ?? 0) & WIDTH) === 1 || ((read[i - 2] ?? 0) & WIDTH) === 2;

/** Whether a match shows more letters than it reads from digits of number-like words ("tg" is not "79"). */
function showsEnough(text: string, start: number, end: number, read: Uint8Array): boolean {
  let shown = 0;
  let digits = 0;
  for (let i = start; i < end; i++) {
    const bits = read[i] ?? 0;
    if ((bits & DIGIT) !== 0) digits++;
    else if (bits === 0 && isWordChar(text.charCodeAt(i))) shown++;
  }
  return digits === 0 || shown > digits;
}

/**
 * How many automaton states the scan follows at once through readings; beyond it the others are dropped. Two
 * masked letters in a row ("l**ked") open every way the terms continue there.
 */
const MAX_STATES = 1024;
/**
 * Steps and trie edges the readings scan may take per unit of text, and in all beyond that: real posts use a
 * small part of it, and a text crafted to open many states at once ends the scan there, so its cost stays
 * linear in the text whatever the text is.
 */
export const READINGS_WORK_PER_UNIT = 128;
export const READINGS_WORK_BASE = 16_384;
const isLetterUnit = (unit: number) => isWordChar(unit) && !(unit >= 0x30 && unit <= 0x39) && !(unit >= 0xd800 && unit <= 0xdfff);

/**
 * Returns a scanner that walks the automaton once over the text, skipping separators as the patterns did. Given
 * readings (units that may stand for other letters), it walks the text a second time following every letter
 * each reading allows, and adds the matches that pass through a reading.
 */
export function createScanner<T>({ automaton, startBoundary, endBoundary, breaks, payloads }: MatcherTables<T>): (text: string, readings?: readonly Reading[]) => Match<T>[] {
  const { trie, fail, firstKeyword, nextKeyword, outputFrom, openEndFrom } = automaton;
  const { depth, childStart, unitInto } = trie;
  // Text indices of the last matched (non-separator) units, enough for the deepest state, so a match's real
  // start is one read away however many separators it spans.
  let ringSize = 1;
  while (ringSize < depth.reduce((max, d) => Math.max(max, d), 0)) ringSize *= 2;
  const ringMask = ringSize - 1;
  const ring = new Int32Array(ringSize);
  // The readings scan's states now and next, and which it has already taken at this unit: added[s] === stamp.
  const statesA = new Int32Array(MAX_STATES);
  const statesB = new Int32Array(MAX_STATES);
  const added = new Int32Array(trie.size);
  let stamp = 0;

  /**
   * Adds the keywords that end at `end` in `state` and meet their boundaries and gaps. Scanning readings, it
   * adds only those that pass through one (at or after `lastReading`), once each.
   */
  function collect(text: string, state: number, end: number, seen: number, matches: Match<T>[], read: Uint8Array, reported: Set<string> | null, lastReading: number): void {
    // A masked letter is part of its word: "do**" holds no "do" and no "dox".
    const midWord = isWordAt(text, end) || (read[end] ?? 0) !== 0;
    const chain = midWord ? openEndFrom : outputFrom;
    // Deeper states come first, so matches sharing an end come out ordered by start.
    for (let s = chain[state] ?? -1; s !== -1; s = chain[fail[s] ?? 0] ?? -1) {
      const start = ring[(seen - (depth[s] ?? 0)) & ringMask] ?? 0;
      for (let k = firstKeyword[s] ?? -1; k !== -1; k = nextKeyword[k] ?? -1) {
        if (midWord && endBoundary[k] === 1) continue;
        if (startBoundary[k] === 1 && (continuesWord(text, start) || readBefore(read, start))) continue;
        if (end - start > (depth[s] ?? 0) && !gapsAllowed(text, start, end, breaks[k] ?? 0, read)) continue;
        if (reported !== null) {
          const key = `${k}:${start}`;
          if (lastReading < start || reported.has(key) || !showsEnough(text, start, end, read)) continue;
          reported.add(key);
        }
        matches.push({ payload: payloads[k] as T, start, end });
      }
    }
  }

  function scan(text: string): Match<T>[] {
    const matches: Match<T>[] = [];
    let state = 0;
    let seen = 0;
    for (let i = 0; i < text.length; i++) {
      const unit = text.charCodeAt(i);
      if (unit < 128 ? ASCII_SEPARATOR[unit] === 1 : isSeparator(unit)) continue;
      ring[seen++ & ringMask] = i;
      state = step(automaton, state, unit);
      if (outputFrom[state] !== -1) collect(text, state, i + 1, seen, matches, NO_READINGS, null, -1);
    }
    return matches;
  }

  /**
   * Follows a set of states instead of one: a reading moves each state along every letter it allows (a mask
   * along every letter a term continues with there). The set stays small, since each state is a prefix of some
   * term the text could be read as; MAX_STATES and the work budget bound it however the text is crafted.
   */
  function scanReadings(text: string, readings: readonly Reading[]): Match<T>[] {
    const read = new Uint8Array(text.length);
    for (const r of readings) read[r.at] = r.width | (r.digit ? DIGIT : 0);
    const matches: Match<T>[] = [];
    const reported = new Set<string>();
    let states = statesA;
    let next = statesB;
    let count = 1;
    let nextCount = 0;
    states[0] = 0;
    const add = (s: number) => {
      if (nextCount < MAX_STATES && added[s] !== stamp) {
        added[s] = stamp;
        next[nextCount++] = s;
      }
    };
    let seen = 0;
    let r = 0;
    let lastReading = -1;
    let work = READINGS_WORK_PER_UNIT * text.length + READINGS_WORK_BASE;
    for (let i = 0; i < text.length && work > 0; ) {
      const unit = text.charCodeAt(i);
      const width = (read[i] ?? 0) & WIDTH;
      if (width === 0 && (unit < 128 ? ASCII_SEPARATOR[unit] === 1 : isSeparator(unit))) {
        i++;
        continue;
      }
      if (++stamp === 0x7fffffff) {
        // A long-lived worker could count past what the table holds.
        added.fill(0);
        stamp = 1;
      }
      nextCount = 0;
      if (width === 0) {
        work -= count;
        for (let k = 0; k < count; k++) add(step(automaton, states[k] ?? 0, unit));
      } else {
        lastReading = i;
        while ((readings[r]?.at ?? i) < i) r++;
        const letters = readings[r]?.letters ?? "";
        if (letters !== "") {
          work -= count * letters.length;
          for (let k = 0; k < count; k++) for (let l = 0; l < letters.length; l++) add(step(automaton, states[k] ?? 0, letters.charCodeAt(l)));
        } else {
          // A hidden letter continues a word already begun: it extends the terms that began where a word did,
          // and starts none (the root's edges) nor any term inside a word.
          for (let k = 0; k < count; k++) {
            for (let t = states[k] ?? 0; t !== 0 && work > 0; t = fail[t] ?? 0) {
              const start = ring[(seen - (depth[t] ?? 0)) & ringMask] ?? 0;
              if (continuesWord(text, start) || readBefore(read, start)) continue;
              const last = Math.min(childStart[t + 1] ?? 0, (childStart[t] ?? 0) + work);
              work -= last - (childStart[t] ?? 0) + 1;
              for (let c = childStart[t] ?? 0; c < last; c++) if (isLetterUnit(unitInto[c] ?? 0)) add(c);
            }
          }
          add(0);
        }
      }
      [states, next] = [next, states];
      count = nextCount;
      ring[seen++ & ringMask] = i;
      const end = i + Math.max(width, 1);
      work -= count;
      for (let k = 0; k < count; k++) {
        const state = states[k] ?? 0;
        if (outputFrom[state] !== -1) collect(text, state, end, seen, matches, read, reported, lastReading);
      }
      i = end;
    }
    return matches;
  }

  return (text, readings = []) => {
    const matches = scan(text);
    if (readings.length === 0) return matches;
    return [...matches, ...scanReadings(text, readings)].sort((a, b) => a.end - b.end || a.start - b.start);
  };
}
