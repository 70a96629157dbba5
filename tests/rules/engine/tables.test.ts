import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { compileEngine, engineFrom } from "../../../src/rules/engine.ts";
import { EngineTablesSchema } from "../../../src/rules/engine/tables-schema.ts";
import { defaultPacks } from "../../../src/rules/packs/index.ts";

const CASES = join(import.meta.dirname, "../packs/cases");
const texts = readdirSync(CASES).flatMap((file) =>
  readFileSync(join(CASES, file), "utf8")
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line) => (JSON.parse(line) as { text: string }).text),
);

describe("engine tables", () => {
  const engine = compileEngine(defaultPacks(), { sensitivity: "balanced" });
  // What the worker gets back from IndexedDB: a structured clone.
  const restored = engineFrom(EngineTablesSchema.parse(structuredClone(engine.tables)));

  it("survive structured cloning and give the very same verdicts, reasons and quotes", () => {
    expect(texts.length).toBeGreaterThan(500);
    expect(restored.patternCount).toBe(engine.patternCount);
    for (const text of texts) expect(restored.evaluate({ text })).toEqual(engine.evaluate({ text }));
    const withLinks = { text: "dm me", links: ["https://t.me/somechannel"], hashtags: ["leaked"] };
    expect(restored.evaluate(withLinks)).toEqual(engine.evaluate(withLinks));
  });

  it("keep the sensitivity they were compiled with", () => {
    const high = compileEngine(defaultPacks(), { sensitivity: "high" });
    expect(EngineTablesSchema.parse(structuredClone(high.tables)).sensitivity).toBe("high");
  });

  it("are refused when truncated or foreign, so the worker compiles afresh", () => {
    const clone = structuredClone(engine.tables);
    const truncated = { ...clone, terms: { ...clone.terms, automaton: { ...clone.terms.automaton, dense: clone.terms.automaton.dense.subarray(0, 10) } } };
    expect(EngineTablesSchema.safeParse(truncated).success).toBe(false);
    const fewer = structuredClone(engine.tables);
    fewer.hashtags.payloads.pop();
    expect(EngineTablesSchema.safeParse(fewer).success).toBe(false);
    const plain = JSON.parse(JSON.stringify(engine.tables)) as unknown; // typed arrays and Maps lost
    expect(EngineTablesSchema.safeParse(plain).success).toBe(false);
    expect(EngineTablesSchema.safeParse({ version: 1 }).success).toBe(false);
    expect(EngineTablesSchema.safeParse(null).success).toBe(false);
  });
});
