/**
 * Collapses stretched letters (leeeaaaked, nuuuudes) and whitespace runs to one. Deliberately lossy — "good"
 * becomes "god" — because rule-pack terms are folded the same way. Digits keep their repeats (2000 ≠ 20).
 * A dropped unit widens the kept one, so a quote still covers the whole stretched word.
 */
import { LETTER, classOf } from "../../classes.ts";
import { type Units, widthOf } from "../../units.ts";

const SPACE = 0x20;

export function collapseRepeats(units: Units): void {
  const { codes, start, end } = units;
  let kept = 0;
  let previous = -1;
  for (let i = 0; i < units.length; ) {
    const code = units.codePointAt(i);
    const width = widthOf(code);
    if (code === previous && (code === SPACE || (classOf(code) & LETTER) !== 0)) {
      end[kept - 1] = end[i + width - 1] ?? 0;
    } else if (kept === i) {
      kept += width; // nothing dropped yet: the unit is already in place
    } else {
      for (let k = i; k < i + width; k++, kept++) {
        codes[kept] = codes[k] ?? 0;
        start[kept] = start[k] ?? 0;
        end[kept] = end[k] ?? 0;
      }
    }
    previous = code;
    i += width;
  }
  units.length = kept;
}
