import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildAutomaton, follow, step } from "../../../src/rules/matcher/automaton.ts";
import { parsePattern } from "../../../src/rules/matcher/pattern.ts";

const unit = fc.constantFrom(..."abcab1ल🔞é".split(""));
const word = fc.string({ unit, minLength: 1, maxLength: 6 });

describe("automaton step", () => {
  it("takes the same transitions as following trie edges and failure links, with any number of dense rows", () => {
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 12 }), fc.string({ unit: fc.oneof(unit, fc.constant("z")), maxLength: 40 }), fc.nat(30), (words, text, rows) => {
        const automaton = buildAutomaton(words.map(parsePattern), rows);
        let expected = 0;
        let actual = 0;
        for (let i = 0; i < text.length; i++) {
          expected = follow(automaton.trie, automaton.fail, expected, text.charCodeAt(i));
          actual = step(automaton, actual, text.charCodeAt(i));
          expect(actual).toBe(expected);
        }
      }),
      { numRuns: 1000 },
    );
  });

  it("keeps the dense table to the rows asked for, one column per ASCII unit of the patterns", () => {
    const automaton = buildAutomaton(["leak", "leaked", "video"].map(parsePattern), 3);
    expect(automaton.denseRows).toBe(3);
    expect(automaton.width).toBe(new Set("leakdvio").size);
    expect(automaton.dense.length).toBe(3 * automaton.width);
  });
});
