import fc from "fast-check";
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

  it("agrees with a plain run-by-run reference on any text, stretches moved in bulk or not", () => {
    /** Code point runs: a space run or a letter run of three or more becomes its first, widened over the rest. */
    const reference = (text: string) => {
      const out: { code: number; start: number; end: number }[] = [];
      for (let i = 0; i < text.length; ) {
        const code = text.codePointAt(i) ?? 0;
        const width = code > 0xffff ? 2 : 1;
        let runEnd = i + width;
        while (text.codePointAt(runEnd) === code) runEnd += width;
        const collapsible = code === 0x20 || /\p{L}/u.test(String.fromCodePoint(code));
        const run = (runEnd - i) / width;
        const keepTo = collapsible && (code === 0x20 || run >= 3) ? i + width : runEnd;
        for (let k = i; k < keepTo; k++) out.push({ code: text.charCodeAt(k), start: k, end: k + 1 });
        const last = out[out.length - 1];
        if (keepTo < runEnd && last) last.end = runEnd;
        i = runEnd;
      }
      return out;
    };
    const unit = fc.constantFrom(..."aab  0o.".split(""), "𝔸", "\ud800", "\udc00");
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 60 }), (text) => {
        const units = applyStep(collapseRepeats, text);
        const actual = Array.from({ length: units.length }, (_, k) => ({ code: units.codes[k], start: units.start[k], end: units.end[k] }));
        expect(actual).toEqual(reference(text));
      }),
      { numRuns: 3000 },
    );
  });
});
