import { describe, expect, it } from "vitest";
import { normalise, originalRange, tailFrom } from "../../../src/rules/normalise/index.ts";

const text = (input: string): string => normalise(input).text;

/** The original words behind the first occurrence of `term` in the normalised text. */
function quote(input: string, term: string): string {
  const n = normalise(input);
  const at = n.text.indexOf(term);
  expect(at, `"${term}" in "${n.text}"`).toBeGreaterThanOrEqual(0);
  const [from, to] = originalRange(n, at, at + term.length);
  return input.slice(from, to);
}

describe("normalise folds every obfuscation of a word to one form", () => {
  it.each([
    ["zero-width splits", "l\u200be\u200ca\u200dk\u2060e\ufeffd", "leaked"],
    ["soft hyphen and bidi controls", "le\u00adak\u202ee\u2066d\u2069\u200f", "leaked"],
    ["Cyrillic homoglyphs", "\u0441\u0435\u0445 \u0442\u0430\u0440\u0435", "cex tape"],
    ["Greek homoglyphs", "\u03c1\u03bfr\u03b7 \u03bd\u03b9d\u03b5\u03bf", "porn video"],
    ["mixed-script word", "l\u0435\u0430k\u0435d", "leaked"],
    ["math bold", "𝐥𝐞𝐚𝐤", "leak"],
    ["math italic", "𝑙𝑒𝑎𝑘", "leak"],
    ["math sans-serif bold", "𝗹𝗲𝗮𝗸", "leak"],
    ["math script", "𝓁ℯ𝒶𝓀", "leak"],
    ["math double-struck", "𝕝𝕖𝕒𝕜", "leak"],
    ["math monospace", "𝚕𝚎𝚊𝚔", "leak"],
    ["fullwidth", "ＬＥＡＫ", "leak"],
    ["circled", "ⓛⓔⓐⓚ", "leak"],
    ["squared", "🄻🄴🄰🄺", "leak"],
    ["negative squared", "🅻🅴🅰🅺", "leak"],
    ["negative circled", "🅛🅔🅐🅚", "leak"],
    ["regional indicators", "🇱🇪🇦🇰", "leak"],
    ["small capitals", "ʟᴇᴀᴋᴇᴅ ᴠɪᴅᴇᴏ", "leaked video"],
    ["accents", "vídeo vazado", "video vazado"],
    ["Zalgo", "l̷̢̛e̸̡͔a̶̰͝k̵̳̈́", "leak"],
    ["strike-through", "l\u0336e\u0336a\u0336k\u0336", "leak"],
    ["leetspeak", "l3@k3d n00dz", "leaked noodz"],
    ["spaced letters", "n u d e s", "nudes"],
    ["stretched letters", "leeeaaaked nuuuudes", "leaked nudes"],
    ["everything at once", "Ｆ𝐑𝐄𝐄 ʟ ᴇ ᴀ k \u0435 d v\u200bi\u0301d3\u043e!!", "free leaked video!!"],
  ])("%s", (_trick, input, expected) => {
    expect(text(input)).toBe(expected);
  });

  it("collapses every kind of whitespace run to one space", () => {
    expect(text("full\n\n\tvideo\u00a0\u2003here")).toBe("full video here");
  });

  it("keeps Devanagari words with their vowel signs, anusvara and virama", () => {
    expect(text("लीक वीडियो")).toBe("लीक वीडियो");
    expect(text("नंगी")).toBe("नंगी");
    expect(text("प्राइवेट")).toBe("प्राइवेट");
  });

  it.each([
    ["iPhone 15 specs leaked", "iphone 15 specs leaked"],
    ["memory leak in v2.3.1", "memory leak in v2.3.1"],
    ["gas leak!!", "gas leak!!"],
    ["Join t.me/abc for 2024 updates", "join t.me/abc for 2024 updates"],
    ["@mia_leaks posted at 10:30", "@mia_leaks posted at 10:30"],
  ])("keeps the meaning of hard negatives: %s", (input, expected) => {
    expect(text(input)).toBe(expected);
  });

  it("leaves a plain lowercase word without repeats untouched", () => {
    expect(text("leak")).toBe("leak");
  });

  it("never maps digits through the look-alike table (0 and 1 are leetspeak's call)", () => {
    expect(text("100 200")).toBe("100 200");
  });
});

describe("originalRange quotes what the author wrote", () => {
  it.each([
    ["posted l3@k now", "leak", "l3@k"],
    ["the 𝐥𝐞𝐚𝐤 is out", "leak", "𝐥𝐞𝐚𝐤"],
    ["see l̷̢e̸a̶k̵ now", "leak", "l̷̢e̸a̶k̵"],
    ["new l e a k e d clip", "leaked", "l e a k e d"],
    ["so leeeaaaked!!", "leaked", "leeeaaaked"],
    ["ｆｕｌｌ ｖｉｄｅｏ here", "full video", "ｆｕｌｌ ｖｉｄｅｏ"],
    ["🇱🇪🇦🇰 alert", "leak", "🇱🇪🇦🇰"],
  ])("in %j, %j quotes %j", (input, term, expected) => {
    expect(quote(input, term)).toBe(expected);
  });

  it("clamps ranges outside the text and handles empty ranges", () => {
    const n = normalise("ab leak");
    expect(originalRange(n, -5, 100)).toEqual([0, 7]);
    expect(originalRange(n, 3, 3)).toEqual([3, 3]);
    expect(originalRange(n, 99, 99)).toEqual([7, 7]);
    expect(originalRange(normalise(""), 0, 1)).toEqual([0, 0]);
  });

  it("still quotes a result after later calls have normalised other text", () => {
    const first = normalise("so l e e e a k e d!!");
    normalise("n00dz");
    normalise("ｆｕｌｌ ｖｉｄｅｏ here, with much more text than the first one had");
    expect(first.text).toBe("so leaked!!");
    const [from, to] = originalRange(first, 3, 9);
    expect("so l e e e a k e d!!".slice(from, to)).toBe("l e e e a k e d");
  });

  it("maps multi-letter folds to the one character they came from", () => {
    const n = normalise("ﬁle");
    expect(n.text).toBe("file");
    expect(originalRange(n, 0, 1)).toEqual([0, 1]);
    expect(originalRange(n, 1, 2)).toEqual([0, 1]);
  });
});

describe("tailFrom", () => {
  it("is the normalised text of the original from an offset on, with offsets counted from there", () => {
    const name = "𝐋𝐞𝐚𝐤𝐬 🔞";
    const whole = normalise(`${name}\nn*des for y0u`);
    const tail = tailFrom(whole, name.length + 1);
    const alone = normalise("n*des for y0u");
    expect(tail.text).toBe(alone.text);
    expect([...tail.start]).toEqual([...alone.start]);
    expect([...tail.end]).toEqual([...alone.end]);
    expect(tail.readings).toEqual(alone.readings);
    expect(originalRange(tail, 0, 5)).toEqual(originalRange(alone, 0, 5));
  });
});
