import { describe, expect, it } from "vitest";
import { normalisePattern, parseUsable, patternProblem } from "../../../src/rules/matcher/usable.ts";

describe("how a written pattern is read", () => {
  it.each([
    ["*Leak*", "*leak*"],
    ["LEAK*", "leak*"],
    ["*LEAK", "*leak"],
    [" Leak ", "leak"],
    ["*", "*"],
    ["a", "a"],
  ])("%j is matched as %j", (written, normalised) => {
    expect(normalisePattern(written)).toBe(normalised);
  });
});

describe("why a pattern cannot be used", () => {
  it("says nothing against a usable pattern", () => {
    expect(patternProblem("*Leak*")).toBeNull();
    expect(parseUsable("full video")).toEqual({ parsed: { units: "fullvideo", startBoundary: true, endBoundary: true, breaks: 0b1000 } });
  });

  it.each([
    ["*", "it has no letters, digits or pictographs once spaces and punctuation are skipped"],
    ["--", "it has no letters, digits or pictographs once spaces and punctuation are skipped"],
    ["f*ck", "'*' is allowed only at the start or the end"],
    ['"--"', "it has no letters, digits or pictographs once spaces and punctuation are skipped"],
    ['say "f*ck"', "'*' is allowed only at the start or the end"],
  ])("explains %j without quoting it back", (pattern, problem) => {
    expect(patternProblem(pattern)).toBe(problem);
  });
});

describe("a wildcard written apart from its word", () => {
  it.each([
    ["* Leak", "*leak"],
    ["Leak *", "leak*"],
    ["* Leak *", "*leak*"],
  ])("%j is read as %j, its wildcard kept and the space dropped", (written, normalised) => {
    expect(normalisePattern(written)).toBe(normalised);
    expect(patternProblem(written)).toBeNull();
  });
});
