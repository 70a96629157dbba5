import fc from "fast-check";
import { describe, expect, it, vi } from "vitest";
import { compileMatcher } from "../../../src/rules/matcher/index.ts";
import { READINGS_WORK_BASE, READINGS_WORK_PER_UNIT } from "../../../src/rules/matcher/scan.ts";
import { normalisePattern } from "../../../src/rules/matcher/usable.ts";
import { normalise, originalRange } from "../../../src/rules/normalise/index.ts";
import { defaultPacks } from "../../../src/rules/packs/index.ts";

// Counts the automaton's steps, so the work a text costs is measured without a clock.
const counter = vi.hoisted(() => ({ steps: 0 }));
vi.mock("../../../src/rules/matcher/automaton.ts", async (importOriginal) => {
  const original = await importOriginal<typeof import("../../../src/rules/matcher/automaton.ts")>();
  return {
    ...original,
    step: (...args: Parameters<typeof original.step>) => {
      counter.steps++;
      return original.step(...args);
    },
  };
});

/** Matches of `terms` in `text` as the engine finds them, quoted from the text as written. */
function quotes(terms: readonly string[], text: string): string[] {
  const matcher = compileMatcher(terms.map((t) => ({ pattern: normalisePattern(t), payload: t })));
  const n = normalise(text);
  return matcher.match(n.text, n.readings).map((m) => {
    const [from, to] = originalRange(n, m.start, m.end);
    return `${m.payload}=${text.slice(from, to)}`;
  });
}

describe("matching through readings", () => {
  it.each([
    ["n*des", "nudes"],
    ["l**ked", "leaked"],
    ["nud3$", "nudes"],
    ["@l@m@t", "alamat"],
    ["s3x t@pe", "sex tape"],
    ["l3@k", "leak"],
    ["n.u.d.e.s", "nudes"],
    ["nu_des", "nudes"],
    ["le#ked", "leaked"],
    ["n💥des", "nudes"],
    ["1eaked", "leaked"],
    ["0n1yf4ns", "onlyfans"],
    ["bug11", "bugil"],
    ["sc4ndal m0 70", "scandal mo to"],
    ["735 photos nu35", "tes photos nues"],
  ])("finds %s as the term %s, quoting it as written", (text, term) => {
    expect(quotes([term], `so ${text} here`)).toEqual([`${term}=${text}`]);
  });

  it("finds phrases whose words are masked, with their separators where the term has them", () => {
    expect(quotes(["leaked nudes"], "the l**ked n*des")).toEqual(["leaked nudes=l**ked n*des"]);
    expect(quotes(["leakednudes"], "the l**ked n*des")).toEqual([]);
  });

  it("keeps word boundaries: a masked letter belongs to its word", () => {
    expect(quotes(["dox"], "wendy do**nigger**")).toEqual([]);
    expect(quotes(["leak"], "bl*ak")).toEqual([]);
    expect(quotes(["nude"], "n*des")).toEqual([]);
    expect(quotes(["leak*"], "l**ked")).toEqual(["leak*=l**k"]);
  });

  it("does not read numbers alone as words", () => {
    expect(quotes(["tg", "on tg", "is", "ai"], "l34k3d: 79 likes, on 79, 15 or 41")).toEqual([]);
    expect(quotes(["scandal mo to"], "scandal m0 70")).toEqual([]);
    expect(quotes(["tes photos"], "735 photos nu35")).toEqual(["tes photos=735 photos"]);
  });

  it("reports each match once, in order of end then start, plain matches too", () => {
    expect(quotes(["nudes", "leaked", "leaked nudes"], "nudes, l**ked n*des, nudes")).toEqual([
      "nudes=nudes",
      "leaked=l**ked",
      "leaked nudes=l**ked n*des",
      "nudes=n*des",
      "nudes=nudes",
    ]);
  });
});

describe("the work readings cost", () => {
  const terms = defaultPacks().flatMap((p) => p.rules.flatMap((r) => (r.kind === "combo" ? [] : (r.terms ?? []))));
  const matcher = compileMatcher(terms.map((t) => ({ pattern: normalisePattern(t), payload: t })));
  const stepsFor = (text: string) => {
    const n = normalise(text);
    counter.steps = 0;
    matcher.match(n.text, n.readings);
    return counter.steps;
  };

  it("stays linear in the text, however masks, 1s and digits are stacked", () => {
    const piece = fc.constantFrom("a*", "l*a", "n*d*s ", "nu**ty ", "1", "l1", "111 ", "0n1y", "m0 70 ", "n💥d", "s•x•", "*", "7", "e#k", "b**");
    fc.assert(
      fc.property(fc.array(piece, { minLength: 1, maxLength: 6 }), fc.integer({ min: 200, max: 4000 }), (pieces, size) => {
        const unit = pieces.join("");
        const text = unit.repeat(Math.ceil(size / unit.length));
        const length = normalise(text).text.length;
        // The plain scan takes one step per unit, the scan through readings at most its budget.
        expect(stepsFor(text)).toBeLessThanOrEqual(length + READINGS_WORK_PER_UNIT * length + READINGS_WORK_BASE);
      }),
      { numRuns: 40 },
    );
  });

  it("follows thousands of readings in a row in a long post", () => {
    const text = `${"so nu**ty and m0 70 here. ".repeat(400)}then l**ked n*des`;
    const n = normalise(text);
    expect(matcher.match(n.text, n.readings).map((m) => m.payload)).toEqual(expect.arrayContaining(["leaked", "nudes"]));
  });
});
