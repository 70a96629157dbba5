import { isSeparator } from "../text/chars.ts";
import { step } from "./automaton.ts";
import { isWordAt, isWordBefore } from "./boundary.ts";
import type { Match, MatcherTables } from "./index.ts";

// Most text is ASCII; a table spares the call per unit without redefining what a separator is.
const ASCII_SEPARATOR = Uint8Array.from({ length: 128 }, (_, unit) => (isSeparator(unit) ? 1 : 0));

/** Returns a scanner that walks the automaton once over the text, skipping separators as the patterns did. */
export function createScanner<T>({ automaton, startBoundary, endBoundary, payloads }: MatcherTables<T>): (text: string) => Match<T>[] {
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
          if (startBoundary[k] === 1 && isWordBefore(text, start)) continue;
          matches.push({ payload: payloads[k] as T, start, end });
        }
      }
    }
    return matches;
  };
}
