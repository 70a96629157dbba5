import { describe, expect, it } from "vitest";
import { builtInPackProblems, DEFAULT_PACK_SOURCES, defaultPacks } from "../../../src/rules/packs/index.ts";
import { RulePackSchema } from "../../../src/rules/schema/pack.ts";

const core = DEFAULT_PACK_SOURCES[0] as { id: string; rules: Record<string, unknown>[] };

describe("built-in packs", () => {
  it("are written exactly as the schema reads them, so they ship unparsed", () => {
    expect(builtInPackProblems()).toEqual([]);
    expect(defaultPacks()).toEqual(DEFAULT_PACK_SOURCES.map((raw) => RulePackSchema.parse(raw)));
  });

  it("name the place where a pack leaves a default out", () => {
    const [first, ...rest] = core.rules;
    const { enabled: _enabled, ...withoutEnabled } = first as Record<string, unknown>;
    expect(builtInPackProblems([{ ...core, rules: [withoutEnabled, ...rest] }])).toEqual([
      "pack core: the schema reads /rules/0/enabled otherwise than it is written; write it out as the schema reads it",
    ]);
  });

  it("report what the schema rejects", () => {
    const problems = builtInPackProblems([{ ...core, rules: [{ ...core.rules[0], weight: 7 }] }]);
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.every((p) => p.startsWith("pack #0: "))).toBe(true);
    expect(problems.join("\n")).toMatch(/weight/);
  });
});
