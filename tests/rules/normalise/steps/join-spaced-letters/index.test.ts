import { describe, expect, it } from "vitest";
import { joinSpacedLetters } from "../../../../../src/rules/normalise/steps/join-spaced-letters/index.ts";
import { applyStep } from "../../apply-step.ts";

const join = (text: string): string => applyStep(joinSpacedLetters, text).text();

describe("joinSpacedLetters", () => {
  it.each([
    ["l e a k", "leak"],
    ["l.e.a.k", "leak"],
    ["l-e-a-k", "leak"],
    ["l_e_a_k", "leak"],
    ["l•e•a•k•e•d", "leaked"],
    ["l·e·a·k", "leak"],
    ["l░e░a░k", "leak"],
    ["l*e*a*k", "leak"],
    ["l/e/a/k", "leak"],
    ["l|e|a|k", "leak"],
    ["l~e~a~k", "leak"],
    ["n.u.d.e.s", "nudes"],
    ["l . e . a . k", "leak"],
    ["new l e a k e d video", "new leaked video"],
    ["n.u.d.e.s!!", "nudes!!"],
    ["l ee a k", "leeak"],
    ["u r a", "ura"],
    ["(l e a k)", "(leak)"],
    ["l e a k e d  v i d e o", "leaked  video"],
    ["A's n u d e s", "A's nudes"],
  ])("joins %j", (input, expected) => {
    expect(join(input)).toBe(expected);
  });

  it.each([
    ["I am a b", "only two single letters"],
    ["l.e-a_k", "a different separator in every gap"],
    ["t.me/abc", "a link"],
    ["plan b or c", "singles parted by words"],
    ["a, b, c", "a separator outside the spacing set"],
  ])("leaves %j alone (%s)", (input) => {
    expect(join(input)).toBe(input);
  });

  it("lets a run's last letter open the next run when the separator changes", () => {
    expect(join("a a a-b-c")).toBe("aaabc");
  });

  it("stops short of a joiner that glues the run to a following letter", () => {
    expect(join("a b c|d")).toBe("a b c|d");
  });

  it("drops only the gaps, so each letter keeps its own original range", () => {
    const units = applyStep(joinSpacedLetters, "l e a k");
    expect(units.text()).toBe("leak");
    expect([...units.start.subarray(0, units.length)]).toEqual([0, 2, 4, 6]);
  });
});
