import { describe, expect, it } from "vitest";
import { normalise } from "../../../../../src/rules/normalise/index.ts";

/** The readings of a text as "index:letters" ("" = any letter), with "#" after digits of number-like words. */
const readings = (text: string): string[] => normalise(text).readings.map((r) => `${r.at}:${r.letters}${r.digit ? "#" : ""}${r.width > 1 ? `/${r.width}` : ""}`);

describe("findReadings", () => {
  it.each([
    ["n*des", ["1:"]],
    ["l**ked", ["1:", "2:"]],
    ["le#ked", ["2:"]],
    ["n•des", ["1:"]],
    ["n💥des", ["1:/2"]],
    ["s*x", ["1:"]],
  ])("reads the masked letters of %s as any letter", (text, expected) => {
    expect(readings(text)).toEqual(expected);
  });

  it("keeps the text as written, so quotes and the learned check see the masks", () => {
    expect(normalise("l**ked n*des").text).toBe("l**ked n*des");
  });

  it("reads a leetspeak 1 as i or l, and ! and | too", () => {
    expect(normalise("1eaked v1deo").text).toBe("ieaked video");
    expect(readings("1eaked v1deo")).toEqual(["0:il", "8:il"]);
    expect(readings("v!deo p|ease")).toEqual(["1:il", "7:il"]);
    expect(readings("like it")).toEqual([]);
  });

  it("reads the digits of a number-like word as the letters they may be, in a post that writes leetspeak", () => {
    expect(readings("sc4ndal m0 70")).toEqual(["9:o#", "11:t#", "12:o#"]);
    expect(readings("t1 n*des")).toEqual(["1:il#", "4:"]);
    expect(readings("scandal m0 70")).toEqual([]);
    expect(readings("top 10 of 2019")).toEqual([]);
  });

  it.each([
    ["f*** this traffic", "a mask run at a word's edge"],
    ["***", "a separator"],
    ["*leaked* now", "emphasis"],
    ["ab****cd", "more masks in a row than hide one letter each"],
    ["f***k", "more hidden than shown"],
    ["c**i", "as many hidden as shown"],
    ["x*1", "a mask beside a digit"],
    ["5 * 3", "arithmetic with spaces"],
    ["mia_leaks posted_a_nude", "underscores in handles and slugs"],
    ["s?id it", "a broken encoding"],
    ["%EF%BB%BF", "URL escapes"],
    ["$20 2024 x265", "numbers with digits that stand for no letter"],
    ["top 4 of 7", "lone digits"],
    ["@mia_leaks", "a mention"],
  ])("finds nothing to read in %s (%s)", (text) => {
    expect(readings(text)).toEqual([]);
  });
});
