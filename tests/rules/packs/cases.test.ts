/**
 * Hand-written posts per language (cases/<lang>.jsonl, one {"text", "expect": "flag"|"ok", "why"} a line),
 * written for the tests, never copied from the development corpus. Each must get its expected verdict
 * from the built-in packs at balanced sensitivity.
 */
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { compileEngine } from "../../../src/rules/engine.ts";
import { defaultPacks } from "../../../src/rules/packs/index.ts";

const CaseSchema = z.object({
  text: z.string(),
  hashtags: z.array(z.string()).optional(),
  links: z.array(z.string()).optional(),
  expect: z.enum(["flag", "ok"]),
  category: z.string().optional(),
  why: z.string(),
});

const dir = join(import.meta.dirname, "cases");
const engine = compileEngine(defaultPacks(), { sensitivity: "balanced" });

for (const file of readdirSync(dir).filter((f) => f.endsWith(".jsonl"))) {
  const cases = readFileSync(join(dir, file), "utf8")
    .split("\n")
    .filter((l) => l.trim() !== "")
    .map((l, i) => ({ line: i + 1, ...CaseSchema.parse(JSON.parse(l)) }));
  describe(file, () => {
    it("has both leak-bait and hard negatives", () => {
      expect(cases.some((c) => c.expect === "flag")).toBe(true);
      expect(cases.some((c) => c.expect === "ok")).toBe(true);
    });
    it.each(cases)("line $line: $expect — $why", (c) => {
      const verdict = engine.evaluate({ text: c.text, hashtags: c.hashtags ?? [], links: c.links ?? [] });
      expect({ verdict: verdict.verdict, reasons: verdict.reasons.map((r) => r.rule) }).toMatchObject({ verdict: c.expect });
      if (c.category && c.expect === "flag") expect(verdict.category).toBe(c.category);
    });
  });
}
