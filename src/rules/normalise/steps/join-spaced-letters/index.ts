/**
 * Joins spaced-out words ("l e a k", "n.u.d.e.s", "l•e•a•k•e•d"): three or more single letters in a row, each
 * gap exactly the same ("l . e . a . k" too). A wider gap ends the word, so "l e a k e d  v i d e o" stays two
 * words. A "single" that follows an apostrophe ends a word ("A's"), so it is none; and may repeat its letter
 * (l ee a k), since repeats collapse later anyway. Two singles are left alone, so "I am a b" survives.
 */
import { LEET_JOINER, LETTER, LETTERISH, SPACING, WORD, classOf } from "../../classes.ts";
import { type Units, widthOf } from "../../units.ts";

const SPACE = 0x20;
const MIN_RUN = 3;

// Reused between calls: a post has at most a few hundred singles, a feed millions of posts.
let starts: Int32Array = new Int32Array(256);
let ends: Int32Array = new Int32Array(256);
let drop = new Uint8Array(1024);

/** The gap itself, or null when something other than spaces and separators sits in it. */
function gapKind(units: Units, from: number, to: number): string | null {
  let kind = "";
  for (let i = from; i < to; i++) {
    const code = units.codes[i] ?? 0;
    if (!isGap(code)) return null;
    kind += String.fromCharCode(code);
  }
  return kind;
}

/** A letter after one of these ends a word ("A's", "it’s"): it is no spaced-out single. */
const APOSTROPHES = new Set([0x27, 0x2019, 0x2bc, 0x60, 0xb4]);

const isGap = (code: number) => code === SPACE || (classOf(code) & SPACING) !== 0;

function findSingles(units: Units): number {
  let count = 0;
  let previousIsWord = false;
  for (let i = 0; i < units.length; ) {
    const code = units.codePointAt(i);
    const width = widthOf(code);
    const bits = classOf(code);
    if (!previousIsWord && (bits & LETTER) !== 0) {
      let end = i + width;
      while (end < units.length && units.codePointAt(end) === code) end += width;
      const opens = i === 0 || !APOSTROPHES.has(units.codes[i - 1] ?? 0);
      if (opens && (end >= units.length || (classOf(units.codePointAt(end)) & WORD) === 0)) {
        if (count === starts.length) {
          starts = grown(starts);
          ends = grown(ends);
        }
        starts[count] = i;
        ends[count] = end;
        count++;
      }
      i = end;
      previousIsWord = true;
      continue;
    }
    previousIsWord = (bits & WORD) !== 0;
    i += width;
  }
  return count;
}

function grown(array: Int32Array): Int32Array {
  const bigger = new Int32Array(array.length * 2);
  bigger.set(array);
  return bigger;
}

/**
 * A joiner (v!deo) between a run's end and another letter would let the leetspeak step read the joined word
 * differently next time, so the run stops short of it.
 */
function joinerAt(units: Units, joiner: number, beyond: number): boolean {
  return (
    joiner >= 0 &&
    beyond >= 0 &&
    beyond < units.length &&
    (classOf(units.codes[joiner] ?? 0) & LEET_JOINER) !== 0 &&
    (classOf(units.codePointAt(beyond)) & LETTERISH) !== 0
  );
}

/** Returns whether any unit was dropped. */
export function joinSpacedLetters(units: Units): boolean {
  const count = findSingles(units);
  if (count < MIN_RUN) return false;
  if (drop.length < units.length) drop = new Uint8Array(units.length * 2);
  drop.fill(0, 0, units.length);
  let dropped = false;

  let first = 0;
  while (first < count - 1) {
    const kind = gapKind(units, ends[first] ?? 0, starts[first + 1] ?? 0);
    if (kind === null) {
      first++;
      continue;
    }
    let last = first + 1;
    while (last < count - 1 && gapKind(units, ends[last] ?? 0, starts[last + 1] ?? 0) === kind) last++;
    let from = first;
    let to = last;
    while (from <= to && joinerAt(units, (starts[from] ?? 0) - 1, (starts[from] ?? 0) - 2)) from++;
    while (to >= from && joinerAt(units, ends[to] ?? 0, (ends[to] ?? 0) + 1)) to--;
    if (to - from + 1 >= MIN_RUN) {
      for (let k = from; k < to; k++) {
        for (let gap = ends[k] ?? 0; gap < (starts[k + 1] ?? 0); gap++) drop[gap] = 1;
      }
      dropped = true;
    }
    // A run stops where the separator changes; its last single may open the next run (a a a-b-c).
    first = last;
  }
  if (dropped) compact(units);
  return dropped;
}

function compact(units: Units): void {
  const { codes, start, end } = units;
  let kept = 0;
  for (let i = 0; i < units.length; i++) {
    if (drop[i] !== 0) continue;
    codes[kept] = codes[i] ?? 0;
    start[kept] = start[i] ?? 0;
    end[kept] = end[i] ?? 0;
    kept++;
  }
  units.length = kept;
}
