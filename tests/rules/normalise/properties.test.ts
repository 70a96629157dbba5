import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { normalise, originalRange } from "../../../src/rules/normalise/index.ts";

/** Pieces of the tricks the normaliser folds, so random strings hit its contextual rules often. */
const tricky = fc.constantFrom(
  ..."aelkdnsuv013457@$!|€ .-_•·*/~\n".split(""),
  "\u0430", "\u0435", "\u03bf", "ᴇ", "ʟ", "𝐥", "🅻", "🇱", "\u0301", "\u0336", "\u200b", "\ufe0f",
  "\ud800", "\udc00", "ल", "ी", "ं", "्", "ﬁ", "﷽",
);
const anyString = fc.oneof(
  fc.string({ unit: "binary", maxLength: 60 }),
  fc.string({ unit: "binary-ascii", maxLength: 60 }),
  fc.string({ unit: tricky, maxLength: 40 }),
);

describe("normalise properties", () => {
  it("never throws, and every unit maps inside the original with monotonic ranges", () => {
    fc.assert(
      fc.property(anyString, (input) => {
        const n = normalise(input);
        expect(n.start.length).toBe(n.text.length);
        expect(n.end.length).toBe(n.text.length);
        for (let i = 0; i < n.text.length; i++) {
          const start = n.start[i] ?? -1;
          const end = n.end[i] ?? -1;
          expect(start).toBeLessThanOrEqual(end);
          expect(end).toBeLessThanOrEqual(input.length);
          if (i > 0) {
            expect(start).toBeGreaterThanOrEqual(n.start[i - 1] ?? 0);
            expect(end).toBeGreaterThanOrEqual(n.end[i - 1] ?? 0);
          }
        }
      }),
      { numRuns: 2000 },
    );
  });

  it("quotes a range inside the original for any range, valid or not", () => {
    fc.assert(
      fc.property(anyString, fc.integer({ min: -5, max: 80 }), fc.integer({ min: -5, max: 80 }), (input, a, b) => {
        const [from, to] = originalRange(normalise(input), a, b);
        expect(0 <= from && from <= to && to <= input.length).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it("is idempotent: normalising normalised text changes nothing", () => {
    fc.assert(
      fc.property(anyString, (input) => {
        const once = normalise(input).text;
        expect(normalise(once).text).toBe(once);
      }),
      { numRuns: 5000 },
    );
  });

  it("leaves a plain lowercase ASCII word without repeats as it is", () => {
    const word = fc
      .array(fc.constantFrom(..."abcdefghijklmnopqrstuvwxyz".split("")), { minLength: 1, maxLength: 20 })
      .filter((letters) => letters.every((letter, i) => letter !== letters[i - 1]))
      .map((letters) => letters.join(""));
    fc.assert(
      fc.property(word, (w) => {
        expect(normalise(w).text).toBe(w);
      }),
    );
  });
});
