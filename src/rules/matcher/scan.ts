import { isSeparator } from "../text/chars.ts";
import { follow, type Automaton } from "./automaton.ts";
import { isWordAt, isWordBefore } from "./boundary.ts";
import type { Match } from "./index.ts";

/** What scanning needs per keyword besides the automaton; indexed like the automaton's keywords. */
export interface KeywordInfo<T> {
  readonly payloads: readonly T[];
  readonly startBoundary: Uint8Array;
  readonly endBoundary: Uint8Array;
}

/** Returns a scanner that walks the automaton once over the text, skipping separators as the patterns did. */
export function createScanner<T>(automaton: Automaton, keywords: KeywordInfo<T>): (text: string) => Match<T>[] {
  const { edges, fail, depth, firstKeyword, nextKeyword, outputLink } = automaton;
  const { payloads, startBoundary, endBoundary } = keywords;
  // Text indices of the last maxDepth matched (non-separator) units, so a match's real start is one lookup away.
  let ringSize = 1;
  while (ringSize < automaton.maxDepth) ringSize *= 2;
  const ringMask = ringSize - 1;
  const ring = new Int32Array(ringSize);

  return (text) => {
    const matches: Match<T>[] = [];
    let state = 0;
    let seen = 0;
    for (let i = 0; i < text.length; i++) {
      const unit = text.charCodeAt(i);
      if (isSeparator(unit)) continue;
      ring[seen++ & ringMask] = i;
      state = follow(edges, fail, state, unit);
      const end = i + 1;
      // The longest keyword comes first on the output chain, so matches sharing an end come out by start.
      for (let s = (firstKeyword[state] ?? -1) !== -1 ? state : (outputLink[state] ?? -1); s !== -1; s = outputLink[s] ?? -1) {
        const start = ring[(seen - (depth[s] ?? 0)) & ringMask] ?? 0;
        for (let k = firstKeyword[s] ?? -1; k !== -1; k = nextKeyword[k] ?? -1) {
          if (startBoundary[k] === 1 && isWordBefore(text, start)) continue;
          if (endBoundary[k] === 1 && isWordAt(text, end)) continue;
          matches.push({ payload: payloads[k] as T, start, end });
        }
      }
    }
    return matches;
  };
}
