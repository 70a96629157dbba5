import { describe, expect, it } from "vitest";
import { continuesWord, isWordAt, isWordBefore } from "../../../src/rules/matcher/boundary.ts";

describe("word edges", () => {
  it("sees a word character at an index, and none past the end", () => {
    expect(isWordAt("ab", 1)).toBe(true);
    expect(isWordAt("ab", 2)).toBe(false);
    expect(isWordAt("a b", 1)).toBe(false);
    expect(isWordAt("𝐚", 0)).toBe(true);
  });

  it("sees a whole letter before an index, even one written with two code units", () => {
    expect(isWordBefore("ab", 0)).toBe(false);
    expect(isWordBefore("ab", 1)).toBe(true);
    expect(isWordBefore("a b", 2)).toBe(false);
    expect(isWordBefore("𝐚b", 2)).toBe(true);
    expect(isWordBefore("🔞b", 2)).toBe(false);
    // A low surrogate with no high one before it is no letter.
    expect(isWordBefore("\udc1a", 1)).toBe(false);
    expect(isWordBefore("x\udc1a", 2)).toBe(false);
  });

  it.each([
    ["j'ai", 2, true],
    ["j\u2019ai", 2, true],
    ["j\u02bcai", 2, true],
    ["'ai", 1, false],
    [" 'ai", 2, false],
    ["j-ai", 2, false],
    ["jai", 1, true],
    ["ai", 0, false],
  ])("in %j a match at %i continues a word: %s", (text, i, expected) => {
    expect(continuesWord(text, i)).toBe(expected);
  });
});
