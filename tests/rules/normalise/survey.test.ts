import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { foldInto } from "../../../src/rules/normalise/fold.ts";
import { normalise } from "../../../src/rules/normalise/index.ts";
import { NEEDS_COLLAPSE, NEEDS_JOIN, NEEDS_LEET, survey } from "../../../src/rules/normalise/survey.ts";
import { Units } from "../../../src/rules/normalise/units.ts";
import { collapseRepeats } from "../../../src/rules/normalise/steps/collapse-repeats/index.ts";
import { joinSpacedLetters } from "../../../src/rules/normalise/steps/join-spaced-letters/index.ts";
import { resolveLeetspeak } from "../../../src/rules/normalise/steps/resolve-leetspeak/index.ts";

const surveyOf = (text: string): number => {
  const units = new Units();
  foldInto(text, units);
  return survey(units);
};

/** Every step run on every input, round after round until none changes anything, with no survey to skip any. */
function unskipped(input: string): { text: string; start: number[]; end: number[] } {
  const units = new Units();
  foldInto(input, units);
  for (let changed = true; changed; ) changed = [resolveLeetspeak, joinSpacedLetters, collapseRepeats].map((step) => step(units)).some(Boolean);
  return { text: units.text(), start: [...units.start.subarray(0, units.length)], end: [...units.end.subarray(0, units.length)] };
}

/** The characters each step acts on, so random strings give the survey's every branch work. */
const tricky = fc.constantFrom(
  ..."aaelkdnsuv01345@$!|€  .-_•'*\n".split(""),
  "\u0430", "ᴇ", "𝐥", "🅻", "\u0301", "\u200b", "\ud800", "\udc00", "𐐀", "😀", "ल", "ी", "्",
);
/** Runs of single letters ("l e a", "a.a.a.k") between random text, so exactly three singles come up too. */
const spaced = fc
  .tuple(
    fc.string({ unit: tricky, maxLength: 8 }),
    fc.array(fc.constantFrom("a", "l", "e", "k", "aa", "3", "ab"), { minLength: 2, maxLength: 5 }),
    fc.constantFrom(" ", ".", " . ", "  "),
    fc.string({ unit: tricky, maxLength: 8 }),
  )
  .map(([before, letters, gap, after]) => `${before} ${letters.join(gap)} ${after}`);
const anyString = fc.oneof(fc.string({ unit: tricky, maxLength: 40 }), fc.string({ unit: "binary", maxLength: 40 }), spaced);

describe("survey", () => {
  it.each([
    ["plain words", "leaked video here", 0],
    ["a number is no leetspeak", "iphone 15 specs", 0],
    ["a digit inside a word", "l3ak", NEEDS_LEET],
    ["a joiner between letters", "v!deo", NEEDS_LEET],
    ["a joiner after a whole word", "leak!", 0],
    ["three single letters", "l e a k", NEEDS_JOIN],
    ["two single letters", "a b cd", 0],
    ["three single letters apart", "I saw a cat, x and y", 0],
    ["three single letters between other gaps", "a, b, c", 0],
    ["three single letters in a row at the end", "so a.a.a", NEEDS_JOIN],
    ["a doubled letter", "good", 0],
    ["a stretched letter", "goood", NEEDS_COLLAPSE],
    ["two spaces", "a  bc", NEEDS_COLLAPSE],
    ["stretched digits", "2000", 0],
  ])("%s", (_case, text, needs) => {
    expect(surveyOf(text)).toBe(needs);
  });

  it("skips only steps that would have changed nothing", () => {
    fc.assert(
      fc.property(anyString, (input) => {
        const n = normalise(input);
        expect({ text: n.text, start: [...n.start], end: [...n.end] }).toEqual(unskipped(input));
      }),
      { numRuns: 5000 },
    );
  });
});
