import { describe, expect, it } from "vitest";
import { parsePattern } from "../../../src/rules/matcher/pattern.ts";

describe("parsePattern", () => {
  it.each([
    ["leak", "leak", true, true],
    ["leak*", "leak", true, false],
    ["*leak", "leak", false, true],
    ["*leak*", "leak", false, false],
    ["full video", "fullvideo", true, true],
    ["#link_in.bio", "linkinbio", true, true],
    ["🔞", "🔞", false, false],
    ["🔞 leak", "🔞leak", false, true],
    ["लीक वीडियो", "लीकवीडियो", true, true],
    ["\u{1d41a}", "\u{1d41a}", true, true],
  ])("%j squashes to %j (start boundary %s, end boundary %s)", (pattern, units, startBoundary, endBoundary) => {
    expect(parsePattern(pattern)).toEqual({ units, startBoundary, endBoundary });
  });

  it.each(["*", "**", " . ", "*-*"])("rejects %j as empty", (pattern) => {
    expect(() => parsePattern(pattern)).toThrow(/no letters, digits or pictographs/);
  });

  it.each(["f*ck", "***leak", "leak**"])("rejects %j for its inner '*'", (pattern) => {
    expect(() => parsePattern(pattern)).toThrow(/only at the start or the end/);
  });
});
