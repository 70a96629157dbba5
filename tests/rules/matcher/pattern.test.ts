import { describe, expect, it } from "vitest";
import { parsePattern } from "../../../src/rules/matcher/pattern.ts";

describe("parsePattern", () => {
  it.each([
    ["leak", "leak", true, true, 0],
    ["leak*", "leak", true, false, 0],
    ["*leak", "leak", false, true, 0],
    ["*leak*", "leak", false, false, 0],
    ["full video", "fullvideo", true, true, 0b1000],
    ["#link_in.bio", "linkinbio", true, true, 0b10_1000],
    ["🔞", "🔞", false, false, 0],
    ["🔞 leak", "🔞leak", false, true, 0b10],
    ["लीक वीडियो", "लीकवीडियो", true, true, 0b100],
    ["\u{1d41a}", "\u{1d41a}", true, true, 0],
  ])("%j squashes to %j (start boundary %s, end boundary %s, breaks %s)", (pattern, units, startBoundary, endBoundary, breaks) => {
    expect(parsePattern(pattern)).toEqual({ units, startBoundary, endBoundary, breaks });
  });

  it.each(["*", "**", " . ", "*-*"])("rejects %j as empty", (pattern) => {
    expect(() => parsePattern(pattern)).toThrow(/no letters, digits or pictographs/);
  });

  it.each(["f*ck", "***leak", "leak**"])("rejects %j for its inner '*'", (pattern) => {
    expect(() => parsePattern(pattern)).toThrow(/only at the start or the end/);
  });
});
