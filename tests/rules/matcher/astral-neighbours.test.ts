import { describe, expect, it } from "vitest";
import { compileMatcher } from "../../../src/rules/matcher/index.ts";

const found = (pattern: string, text: string) => compileMatcher([{ pattern, payload: pattern }]).match(text).map((m) => `${m.start}-${m.end}`);

// Letters and digits outside the BMP are two code units each. The first and last of those units (U+10000 is
// 𐀀, a Linear B letter, written \ud800\udc00; U+1D7FF is 𝟿, a mathematical digit, written \ud835\udfff) are
// where a check on the wrong range would take the pair for no word char and let a term match inside a word.
describe("terms next to letters and digits written with two code units", () => {
  it.each(["\u{10000}", "\u{1d7ff}"])("does not match a term glued after %s", (letter) => {
    expect(found("leak", `${letter}leak`)).toEqual([]);
    expect(found("leak", `${letter} leak`)).toEqual(["3-7"]);
  });

  it.each(["\u{10000}", "\u{1d7ff}"])("does not match a term glued before %s", (letter) => {
    expect(found("leak", `leak${letter}`)).toEqual([]);
    expect(found("leak", `leak ${letter}`)).toEqual(["0-4"]);
  });

  it("matches such a letter as a term of its own only where it stands alone", () => {
    expect(found("\u{10000}", "x\u{10000}")).toEqual([]);
    expect(found("\u{10000}", "\u{10000}\u{10000}")).toEqual([]);
    expect(found("\u{10000}", "- \u{10000}!")).toEqual(["2-4"]);
  });
});

// Text cut in the middle of a pair (a preview truncated at a fixed length, a paste gone wrong) leaves a stray half.
// A stray half is no letter: it separates words, and it never turns the letter beside it into a boundary.
describe("terms next to a stray half of a surrogate pair", () => {
  it.each(["a", "\uff41"])("does not match a term glued to %j after a stray high half", (letter) => {
    expect(found("leak", `\ud835${letter}leak`)).toEqual([]);
  });

  it.each(["a", "\uff41"])("matches a term after %j and a stray low half, which part them", (letter) => {
    expect(found("leak", `${letter}\udc00leak`)).toEqual(["2-6"]);
  });
});
