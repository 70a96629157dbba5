import { isMark, isPictograph, isSeparator, isWhitespace } from "../text/chars.ts";
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
 */
function gapsAllowed(text: string, start: number, end: number, breaks: number): boolean {
  let units = 0;
  for (let i = start; i < end; i++) {
    const unit = text.charCodeAt(i);
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

/** Returns a scanner that walks the automaton once over the text, skipping separators as the patterns did. */
export function createScanner<T>({ automaton, startBoundary, endBoundary, breaks, payloads }: MatcherTables<T>): (text: string) => Match<T>[] {
  const { trie, fail, firstKeyword, nextKeyword, outputFrom, openEndFrom } = automaton;
  const { depth } = trie;
  // Text indices of the last matched (non-separator) units, enough for the deepest state, so a match's real
  // start is one read away however many separators it spans.
  let ringSize = 1;
  while (ringSize < depth.reduce((max, d) => Math.max(max, d), 0)) ringSize *= 2;
  const ringMask = ringSize - 1;
  const ring = new Int32Array(ringSize);

  return (text) => {
    const matches: Match<T>[] = [];
    let state = 0;
    let seen = 0;
    for (let i = 0; i < text.length; i++) {
      const unit = text.charCodeAt(i);
      if (unit < 128 ? ASCII_SEPARATOR[unit] === 1 : isSeparator(unit)) continue;
      ring[seen++ & ringMask] = i;
      state = step(automaton, state, unit);
      if (outputFrom[state] === -1) continue;
      const end = i + 1;
      const midWord = isWordAt(text, end);
      const chain = midWord ? openEndFrom : outputFrom;
      // Deeper states come first, so matches sharing an end come out ordered by start.
      for (let s = chain[state] ?? -1; s !== -1; s = chain[fail[s] ?? 0] ?? -1) {
        const start = ring[(seen - (depth[s] ?? 0)) & ringMask] ?? 0;
        for (let k = firstKeyword[s] ?? -1; k !== -1; k = nextKeyword[k] ?? -1) {
          if (midWord && endBoundary[k] === 1) continue;
          if (startBoundary[k] === 1 && continuesWord(text, start)) continue;
          if (end - start > (depth[s] ?? 0) && !gapsAllowed(text, start, end, breaks[k] ?? 0)) continue;
          matches.push({ payload: payloads[k] as T, start, end });
        }
      }
    }
    return matches;
  };
}
