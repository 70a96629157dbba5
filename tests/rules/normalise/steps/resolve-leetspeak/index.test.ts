import { describe, expect, it } from "vitest";
import { resolveLeetspeak } from "../../../../../src/rules/normalise/steps/resolve-leetspeak/index.ts";
import { applyStep } from "../../apply-step.ts";

const resolve = (text: string): string => applyStep(resolveLeetspeak, text).text();

describe("resolveLeetspeak", () => {
  it.each([
    ["l3@k", "leak"],
    ["n00dz", "noodz"],
    ["s3xtap3", "sextape"],
    ["nud3s", "nudes"],
    ["p0rn", "porn"],
    ["l34k3d", "leaked"],
    ["ca$h", "cash"],
    ["3xp0s3d", "exposed"],
    ["v!deo", "video"],
    ["wh!te", "white"],
    ["p|ease", "please"],
    ["5kanda1", "skandai"],
    ["nud35", "nudes"],
    ["0n1yf4ns", "oniyfans"],
    ["9ra7i5", "gratis"],
    ["covid19 win10", "covidig winio"],
  ])("reads %s as %s", (input, expected) => {
    expect(resolve(input)).toBe(expected);
  });

  it.each([
    ["2024", "numbers alone"],
    ["iphone 15", "a number after a word"],
    ["4k h264 5g x265", "numbers with a one-letter unit"],
    ["17u m0", "one letter is too little to read digits at a word's edge"],
    ["leaked!!", "trailing punctuation"],
    ["gas leak!! now", "trailing punctuation before more text"],
    ["omg!leaked video", "two whole words glued by a joiner"],
    ["@mia_leaks", "a mention"],
    ["l|e|a|k", "spaced-out letters, left for the joining step"],
    ["$100 at 10:30", "prices and times"],
    ["v2.3.1", "version numbers"],
  ])("leaves %s alone (%s)", (input) => {
    expect(resolve(input)).toBe(input);
  });

  it("keeps a leading @ as a mention even when the rest of the word is leet", () => {
    expect(resolve("@l3aks")).toBe("@leaks");
  });

  it.each([
    ["5ex", "sex", "a word of two letters reads its digits at its edges"],
    ["8a1t", "bait", "8 is b"],
    ["€xp0s3d", "exposed", "€ is e"],
    ["v!deo!", "video!", "a joiner after the last letter stays punctuation"],
  ])("reads %s as %s (%s)", (input, expected) => {
    expect(resolve(input)).toBe(expected);
  });

  it("counts a joined word's short side without repeats and reads its digits as letters, so collapsing repeats later decides the same", () => {
    expect(resolve("oh!leaked")).toBe("ohileaked");
    expect(resolve("ooh!leaked")).toBe("oohileaked");
    expect(resolve("loo!leaked")).toBe("looileaked");
    expect(resolve("lo0!leaked")).toBe("looileaked");
  });

  it("keeps @ as a mention before a handle with the digits 0 and 9, still reading them", () => {
    expect(resolve("@ana09")).toBe("@anaog");
  });

  it("says whether it read anything, joiners alone included", () => {
    const changed = (text: string) => resolveLeetspeak(applyStep(() => undefined, text));
    expect(["l3ak", "v!deo", "2024", "leaked!!", "plain words"].map(changed)).toEqual([true, true, false, false, false]);
  });

  it("substitutes in place, so every unit keeps its own original range", () => {
    const units = applyStep(resolveLeetspeak, "l3@k");
    expect([...units.start.subarray(0, units.length)]).toEqual([0, 1, 2, 3]);
    expect([...units.end.subarray(0, units.length)]).toEqual([1, 2, 3, 4]);
  });
});
