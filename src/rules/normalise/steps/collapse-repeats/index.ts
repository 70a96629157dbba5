/**
 * Collapses stretched letters (leeeaaaked, nuuuudes, vazouuuu) and whitespace runs to one. A letter doubled
 * only once stays: real words double letters ("good", "kelly", "mms"), and folding those would make short
 * terms collide ("xxx" would become "x", the name of a site). Digits keep their repeats (2000 ≠ 20).
 * A dropped unit widens the kept one, so a quote still covers the whole stretched word.
 */
import { LETTER, classOf } from "../../classes.ts";
import { type Units, widthOf } from "../../units.ts";

const SPACE = 0x20;
/** Letters repeated this many times or more are stretched, not spelled. */
const STRETCHED = 3;

/** Returns whether any unit was dropped. */
export function collapseRepeats(units: Units): boolean {
  const { codes, start, end, length } = units;
  let kept = 0;
  for (let i = 0; i < length; ) {
    // Most units are a BMP character unlike the next, kept as they are with no class to look up: find where
    // that stops and move the whole stretch down at once (a post's first blank line would otherwise make every
    // later unit a copy of three values).
    let plain = i;
    for (; plain < length; plain++) {
      const unit = codes[plain] ?? 0;
      if ((unit >= 0xd800 && unit <= 0xdfff) || (plain + 1 < length && codes[plain + 1] === unit)) break;
    }
    if (plain > i) {
      if (kept !== i) {
        codes.copyWithin(kept, i, plain);
        start.copyWithin(kept, i, plain);
        end.copyWithin(kept, i, plain);
      }
      kept += plain - i;
      i = plain;
      if (i >= length) break;
    }
    const code = units.codePointAt(i);
    const width = widthOf(code);
    let runEnd = i + width;
    let run = 1;
    const collapsible = code === SPACE || (classOf(code) & LETTER) !== 0;
    if (collapsible) {
      while (runEnd < length && units.codePointAt(runEnd) === code) {
        runEnd += width;
        run++;
      }
    }
    // Keep the whole run, or only its first character widened over the rest.
    const keepTo = collapsible && (code === SPACE || run >= STRETCHED) ? i + width : runEnd;
    for (let k = i; k < keepTo; k++, kept++) {
      codes[kept] = codes[k] ?? 0;
      start[kept] = start[k] ?? 0;
      end[kept] = end[k] ?? 0;
    }
    if (keepTo < runEnd) end[kept - 1] = end[runEnd - 1] ?? 0;
    i = runEnd;
  }
  const changed = kept < length;
  units.length = kept;
  return changed;
}
