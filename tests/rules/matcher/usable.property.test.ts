import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compileEngine } from "../../../src/rules/engine.ts";
import { RulePackSchema } from "../../../src/rules/schema/pack.ts";
import { PatternSchema } from "../../../src/rules/schema/pattern.ts";

const packWith = (terms: string[]) => ({
  id: "mine", name: "Mine", version: "1.0.0", languages: ["en"], description: "test pack",
  rules: [{ id: "own", description: "own words", category: "intimate-leak", weight: 0.7, terms }],
});

// Strings made of what breaks patterns: separators, wildcards of both widths, zero-width and combining marks.
const tricky = fc.array(fc.constantFrom("-", ".", "*", "＊", "\u200b", "\u0336", " ", "a", "é", "🔞", "l", "#", "'"), { maxLength: 8 }).map((a) => a.join(""));

describe("patterns", () => {
  it("every pattern the schema accepts compiles and matches itself", () => {
    fc.assert(
      fc.property(fc.oneof(tricky, fc.string({ maxLength: 12 })), (pattern) => {
        const parsed = PatternSchema.safeParse(pattern);
        if (!parsed.success) return;
        const engine = compileEngine([RulePackSchema.parse(packWith([parsed.data]))], { sensitivity: "balanced" });
        expect(engine.tables.skipped).toEqual([]);
      }),
      { numRuns: 3000 },
    );
  });

  it.each(["--", "...", "*.*", "a＊b", "\u200b"])("refuses %j with a sentence that says what to write", (pattern) => {
    const parsed = PatternSchema.safeParse(pattern);
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.message).toMatch(/write a word|only at the start or the end|besides '\*'|must not be empty/);
  });

  it("leaves out a pattern that slipped past the schema, and keeps judging with the rest", () => {
    const pack = RulePackSchema.parse(packWith(["leaked nudes"]));
    const rule = pack.rules[0] as { terms: string[] };
    rule.terms.push("--");
    const engine = compileEngine([pack], { sensitivity: "balanced" });
    expect(engine.tables.skipped).toEqual([{ rule: "own", pattern: "--", problem: expect.stringMatching(/no letters/) }]);
    expect(engine.evaluate({ text: "her leaked nudes" }).verdict).toBe("flag");
  });
});
