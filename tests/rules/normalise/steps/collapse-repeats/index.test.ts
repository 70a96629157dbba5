import { describe, expect, it } from "vitest";
import { collapseRepeats } from "../../../../../src/rules/normalise/steps/collapse-repeats/index.ts";
import { applyStep } from "../../apply-step.ts";

const collapse = (text: string): string => applyStep(collapseRepeats, text).text();

describe("collapseRepeats", () => {
  it.each([
    ["leeeaaaked", "leaked"],
    ["nuuuudes", "nudes"],
    ["good", "good"],
    ["xxx", "x"],
    ["mms", "mms"],
    ["gooood", "god"],
    ["full   video", "full video"],
    ["𝔸𝔸𝔸", "𝔸"],
  ])("collapses %j", (input, expected) => {
    expect(collapse(input)).toBe(expected);
  });

  it("keeps repeated digits and punctuation", () => {
    expect(collapse("2000 gas leak!!")).toBe("2000 gas leak!!");
  });

  it("keeps leek and leak apart", () => {
    expect(collapse("leek")).not.toBe(collapse("leak"));
  });

  it("widens the kept letter over the ones it swallowed", () => {
    const units = applyStep(collapseRepeats, "leeek");
    expect(units.text()).toBe("lek");
    expect([...units.start.subarray(0, units.length)]).toEqual([0, 1, 4]);
    expect([...units.end.subarray(0, units.length)]).toEqual([1, 4, 5]);
  });
});
