/**
 * Steps 1–5 depend on one code point alone, so they are composed into a single fold and memoised per code point:
 * each distinct character of a feed pays for normalize() and the regexes once, then costs a table look-up.
 */
import { removeIgnorables } from "./steps/remove-ignorables/index.ts";
import { foldCompatibility } from "./steps/fold-compatibility/index.ts";
import { stripCombiningMarks } from "./steps/strip-combining-marks/index.ts";
import { mapConfusables } from "./steps/map-confusables/index.ts";
import { mapEnclosedLetters } from "./steps/map-enclosed-letters/index.ts";
import { Units, widthOf } from "./units.ts";

const STEPS = [removeIgnorables, foldCompatibility, stripCombiningMarks, mapConfusables, mapEnclosedLetters];
/** A step's output can need an earlier step again (a decomposition yielding a look-alike); a few rounds settle it. */
const MAX_ROUNDS = 4;

function foldUncached(ch: string): string {
  let folded = ch;
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const next = STEPS.reduce((text, step) => step(text), folded);
    if (next === folded) break;
    folded = next;
  }
  return folded;
}

const ASCII = Array.from({ length: 128 }, (_, code) => foldUncached(String.fromCharCode(code)));
const bmp = Array.from<string | undefined>({ length: 0x10000 });
const astral = new Map<number, string>();

/** Lone surrogates are not text; replacing them stops two halves from pairing up once what parted them is gone. */
const REPLACEMENT = "\ufffd";

export function foldCodePoint(code: number): string {
  if (code < 128) return ASCII[code] ?? "";
  if (code >= 0xd800 && code <= 0xdfff) return REPLACEMENT;
  if (code < 0x10000) {
    let folded = bmp[code];
    if (folded === undefined) {
      folded = foldUncached(String.fromCharCode(code));
      bmp[code] = folded;
    }
    return folded;
  }
  let folded = astral.get(code);
  if (folded === undefined) {
    folded = foldUncached(String.fromCodePoint(code));
    astral.set(code, folded);
  }
  return folded;
}

/**
 * For BMP code points whose fold is one BMP unit, that unit + 1 (0 = not known yet, -1 = fold is something
 * else): most of a post takes this path, a single typed-array read per character.
 */
const SINGLE_UNKNOWN = 0;
const NOT_SINGLE = -1;
const singleUnit = new Int32Array(0x10000);

function singleUnitOf(code: number): number {
  let single = singleUnit[code] ?? SINGLE_UNKNOWN;
  if (single === SINGLE_UNKNOWN) {
    const folded = foldCodePoint(code);
    const unit = folded.charCodeAt(0);
    single = folded.length === 1 && (unit < 0xd800 || unit > 0xdfff) ? unit + 1 : NOT_SINGLE;
    singleUnit[code] = single;
  }
  return single;
}

/**
 * Folds `input` into `units`. A character that folds to nothing (a combining mark, a zero-width space) widens the
 * previous unit's range, so quoting a match keeps the marks that decorated its last letter.
 */
export function foldInto(input: string, units: Units): void {
  units.length = 0;
  units.reserve(input.length);
  let length = 0;
  for (let i = 0; i < input.length; ) {
    const unit = input.charCodeAt(i);
    const single = unit < 0xd800 || unit > 0xdfff ? singleUnitOf(unit) : NOT_SINGLE;
    // Fast path: never more units than input read so far, so the reserved room suffices.
    if (single > 0) {
      units.codes[length] = single - 1;
      units.start[length] = i;
      units.end[length] = i + 1;
      length++;
      i++;
      continue;
    }
    const code = input.codePointAt(i) ?? 0;
    const next = i + widthOf(code);
    const folded = foldCodePoint(code);
    if (folded.length === 0) {
      if (length > 0) units.end[length - 1] = next;
    } else {
      units.reserve(length + folded.length + input.length - i);
      for (let k = 0; k < folded.length; k++, length++) {
        units.codes[length] = folded.charCodeAt(k);
        units.start[length] = i;
        units.end[length] = next;
      }
    }
    i = next;
  }
  units.length = length;
}
