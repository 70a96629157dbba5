/**
 * The rule engine's matcher: every term of every pack in one Aho–Corasick automaton, run once over a post.
 *
 * Text and patterns arrive already normalised (lowercase, look-alikes folded, repeats collapsed), so this
 * module compares plain UTF-16 code units. Semantics:
 *
 * - Squashed matching. Separators (`isSeparator` in text/chars.ts: whitespace and punctuation, not letters,
 *   digits, marks, pictographs or surrogate halves) are skipped in patterns and in the text alike, so
 *   "full video" matches "full-video", "full_video", "#fullvideo" and "full. video", and "onlyfans leak"
 *   matches "#on lyfans leak". Split hashtags and spaced-out letters (l.e.a.k) are caught this way; the price
 *   is that in spaced-out text a term also matches the tail of a longer word ("b l e a k" holds "leak").
 * - Whitespace is a word break, and a match may span one only where its pattern has a separator, or inside a
 *   hashtag someone split ("#on lyfans"): otherwise two ordinary words would join into a bait word ("por no",
 *   "of leak" + "ed"). Punctuation inside a word (Only_Fans, p.o.r.n) may still be skipped anywhere.
 * - Word boundaries, judged on the real text. The code point before `start` and the one at `end` must not be
 *   word chars (`isWordChar`), or be beyond the text. Only pattern ends that are word chars need a boundary:
 *   "🔞" or "👇🔗" match glued to words. A leading `*` lifts the start boundary and a trailing `*` the end
 *   boundary: "leak*" matches "leaked", "*leak" matches "onlyfansleak", "*leak*" matches anywhere. A `*`
 *   anywhere else is an error.
 * - match() reports every match, overlapping and nested ones too, ordered by `end`, then `start`; matches of
 *   duplicate patterns come in input order. `start` is the index of the first matched code unit (never a
 *   skipped separator), `end` the index after the last one.
 * - A pattern with nothing left once separators are skipped is an error: it would match everywhere.
 *
 * Cost: one pass per text, no regex and no backtracking: O(text + matches), plus at word ends the keywords that
 * end there but fail their start boundary (at most one per keyword length). Mid-word, keywords that need an end
 * boundary are not even visited. Surrogate pairs are two units to the automaton, so pictograph patterns work,
 * while boundaries look at whole code points.
 */
import { buildAutomaton, type Automaton } from "./automaton.ts";
import { parsePattern, type ParsedPattern } from "./pattern.ts";
import { createScanner } from "./scan.ts";
import type { Reading } from "../normalise/index.ts";

export interface PatternEntry<T> {
  /** Normalised pattern; may start and/or end with `*`. */
  pattern: string;
  payload: T;
}

export interface Match<T> {
  payload: T;
  /** UTF-16 index of the first matched unit in the text. */
  start: number;
  /** UTF-16 index after the last matched unit (exclusive). */
  end: number;
}

/**
 * What a matcher is made of, as plain data that survives structured cloning: typed arrays, plus the payloads.
 * Keyword k (numbered like the input patterns) needs a word boundary before it where startBoundary[k] is 1,
 * after it where endBoundary[k] is 1.
 */
export interface MatcherTables<T> {
  automaton: Automaton;
  startBoundary: Uint8Array;
  endBoundary: Uint8Array;
  /** Where keyword k's pattern had separators (ParsedPattern.breaks): the only places its match may span a space. */
  breaks: Uint32Array;
  payloads: T[];
}

export interface Matcher<T> {
  /** `readings`: units of the text that may stand for other letters (see normalise), tried each way. */
  match(text: string, readings?: readonly Reading[]): Match<T>[];
  /** Number of patterns compiled in, duplicates included. */
  readonly size: number;
  readonly tables: MatcherTables<T>;
}

export function compileMatcher<T>(patterns: readonly PatternEntry<T>[]): Matcher<T> {
  return matcherFrom(tablesOf(patterns.map((entry) => ({ parsed: parsePattern(entry.pattern), payload: entry.payload }))));
}

/** The tables of a matcher for patterns parsed before (the engine parses each once, to skip what it cannot use). */
export function tablesOf<T>(patterns: readonly { parsed: ParsedPattern; payload: T }[]): MatcherTables<T> {
  const parsed = patterns.map((entry) => entry.parsed);
  return {
    automaton: buildAutomaton(parsed),
    startBoundary: Uint8Array.from(parsed, (p) => (p.startBoundary ? 1 : 0)),
    endBoundary: Uint8Array.from(parsed, (p) => (p.endBoundary ? 1 : 0)),
    breaks: Uint32Array.from(parsed, (p) => p.breaks),
    payloads: patterns.map((entry) => entry.payload),
  };
}

/** A matcher over tables compiled before, perhaps in an earlier life of the worker: no automaton is built. */
export function matcherFrom<T>(tables: MatcherTables<T>): Matcher<T> {
  return { match: createScanner(tables), size: tables.payloads.length, tables };
}
