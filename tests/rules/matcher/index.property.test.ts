import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compileMatcher, type Match, type PatternEntry } from "../../../src/rules/matcher/index.ts";
import { isMark, isPictograph, isSeparator, isWhitespace, isWordChar } from "../../../src/rules/text/chars.ts";

/**
 * The matcher's semantics written the slow, obvious way, as an oracle for the automaton: squash the text with
 * an index map, try every pattern at every position, check boundaries on whole code points of the real text.
 */
function referenceMatch<T>(patterns: readonly PatternEntry<T>[], text: string): Match<T>[] {
  const squashed: string[] = [];
  const index: number[] = [];
  for (let i = 0; i < text.length; i++) {
    if (!isSeparator(text.charCodeAt(i))) {
      squashed.push(text.charAt(i));
      index.push(i);
    }
  }
  const isWord = (codePoints: string[], at: number) => {
    const ch = codePoints.at(at);
    return ch !== undefined && isWordChar(ch.codePointAt(0) ?? 0);
  };
  const matches: Match<T>[] = [];
  for (const { pattern, payload } of patterns) {
    const openStart = pattern.startsWith("*");
    const openEnd = pattern.length > 1 && pattern.endsWith("*");
    const body = [...pattern.slice(openStart ? 1 : 0, openEnd ? -1 : undefined)].filter(
      (ch) => !isSeparator(ch.codePointAt(0) ?? 0),
    );
    const units = body.join("").split("");
    // Unit counts after which the pattern had a separator: the only places a match may span whitespace.
    const breaks = new Set<number>();
    let count = 0;
    for (const ch of pattern.slice(openStart ? 1 : 0, openEnd ? -1 : undefined)) {
      if (isSeparator(ch.codePointAt(0) ?? 0)) {
        if (count > 0) breaks.add(count);
      } else count += ch.length;
    }
    const needStart = !openStart && isWord(body, 0);
    const needEnd = !openEnd && isWord(body, -1);
    for (let p = 0; p + units.length <= squashed.length; p++) {
      if (units.some((u, j) => squashed[p + j] !== u)) continue;
      const start = index[p] ?? -1;
      const end = (index[p + units.length - 1] ?? -1) + 1;
      if (needStart && isWord([...text.slice(0, start)], -1)) continue;
      if (needEnd && isWord([...text.slice(end)], 0)) continue;
      const spansWrongly = units.some((_, j) => {
        if (j === 0) return false;
        const before = index[p + j - 1] ?? 0;
        const after = index[p + j] ?? 0;
        if (![...text.slice(before + 1, after)].some((ch) => isWhitespace(ch.codePointAt(0) ?? 0))) return false;
        if (j > 32 || breaks.has(j)) return false;
        const pictograph = (ch: string | undefined) => isPictograph(ch?.codePointAt(0) ?? 0);
        if (pictograph([...text.slice(0, before + 1)].at(-1)) || pictograph([...text.slice(after)][0])) return false;
        return !(oneLetter(text.slice(0, before + 1), -1) && oneLetter(text.slice(after), 1));
      });
      if (spansWrongly) continue;
      matches.push({ payload, start, end });
    }
  }
  return matches;
}

/** Whether the word at the end (-1) or start (1) of `s` is a single letter with its marks. */
function oneLetter(s: string, side: 1 | -1): boolean {
  const chars = [...s];
  const word: string[] = [];
  for (let i = side === 1 ? 0 : chars.length - 1; i >= 0 && i < chars.length; i += side) {
    const ch = chars[i] as string;
    if (isSeparator(ch.codePointAt(0) ?? 0)) break;
    word.push(ch);
  }
  return word.filter((ch) => !isMark(ch.codePointAt(0) ?? 0)).length === 1;
}

const byPosition = (a: Match<number>, b: Match<number>) => a.end - b.end || a.start - b.start;
const asSet = (matches: readonly Match<number>[]) =>
  matches.map((m) => `${m.payload}@${m.start}-${m.end}`).sort();

// Few distinct tokens so patterns actually occur, overlap and share prefixes; tokens keep surrogate pairs whole.
const LETTERS = ["a", "b", "l", "e", "क", "ी", "🔞", "\u{1d41a}"];
const TEXT_TOKENS = [...LETTERS, "a", "b", " ", ".", "-"];
const textArb = fc.array(fc.constantFrom(...TEXT_TOKENS), { maxLength: 40 }).map((t) => t.join(""));
const patternArb = fc
  .tuple(
    fc.boolean(),
    fc.array(fc.constantFrom(...LETTERS, " ", "."), { minLength: 1, maxLength: 5 }),
    fc.boolean(),
  )
  .map(([openStart, body, openEnd]) => `${openStart ? "*" : ""}${body.join("")}${openEnd ? "*" : ""}`)
  .filter((p) => [...p.replaceAll("*", "")].some((ch) => !isSeparator(ch.codePointAt(0) ?? 0)));

describe("matcher against a slow reference", () => {
  it("reports exactly the reference's matches, ordered by end then start", () => {
    fc.assert(
      fc.property(fc.array(patternArb, { minLength: 1, maxLength: 8 }), textArb, (patterns, text) => {
        const entries = patterns.map((pattern, payload) => ({ pattern, payload }));
        const actual = compileMatcher(entries).match(text);
        expect(asSet(actual)).toEqual(asSet(referenceMatch(entries, text)));
        expect(actual).toEqual([...actual].sort(byPosition));
      }),
      { numRuns: 2000 },
    );
  });

  it("agrees on texts built from the patterns themselves, where matches are dense", () => {
    fc.assert(
      fc.property(
        fc.array(patternArb, { minLength: 1, maxLength: 6 }),
        fc.array(fc.tuple(fc.nat(), fc.constantFrom("", " ", ".", "a", "-")), { maxLength: 8 }),
        (patterns, picks) => {
          const text = picks
            .map(([i, glue]) => `${(patterns[i % patterns.length] ?? "").replaceAll("*", "")}${glue}`)
            .join("");
          const entries = patterns.map((pattern, payload) => ({ pattern, payload }));
          expect(asSet(compileMatcher(entries).match(text))).toEqual(asSet(referenceMatch(entries, text)));
        },
      ),
      { numRuns: 2000 },
    );
  });
});
