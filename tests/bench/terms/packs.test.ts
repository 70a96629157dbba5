import { describe, expect, it } from "vitest";
import { createRng } from "../../../bench/generate/prng.ts";
import { LANGUAGES } from "../../../bench/generate/schema.ts";
import { fillerTerms } from "../../../bench/terms/filler.ts";
import { buildTermLists, termSource, toRulePack } from "../../../bench/terms/packs.ts";
import { compileEngine } from "../../../src/rules/engine.ts";
import { defaultPacks } from "../../../src/rules/packs/index.ts";
import { RulePackSchema, type RulePack } from "../../../src/rules/schema/pack.ts";

const pack = (lang: string, rules: unknown[]): RulePack =>
  RulePackSchema.parse({ id: lang, name: lang, version: "1.0.0", languages: [lang], description: "t", rules });

const source = termSource([
  pack("en", [
    { id: "strong", description: "strong bait", category: "intimate-leak", weight: 0.7, terms: ["leaked video", "onlyfans leak*", "xx"] },
    { id: "weak", description: "weak word", weight: 0, terms: ["video", "leaked video"] },
  ]),
  pack("es", [{ id: "strong", description: "strong bait", category: "intimate-leak", weight: 0.5, terms: ["video filtrado"] }]),
]);

describe("termSource", () => {
  it("collects every term once and the writable strong terms as bait per language", () => {
    expect(source.terms).toEqual(["leaked video", "onlyfans leak*", "video", "video filtrado", "xx"]);
    expect(source.bait.en).toEqual(["leaked video", "onlyfans leak*"]);
    expect(source.bait.es).toEqual(["video filtrado"]);
    expect(source.bait.hi).toEqual([]);
  });
});

describe("buildTermLists", () => {
  const { lists, bait } = buildTermLists(source, [50, 10, 200], 1);

  it("makes nested lists of exactly the asked sizes, real terms first", () => {
    expect(lists.map((l) => l.size)).toEqual([10, 50, 200]);
    for (const l of lists) expect(new Set(l.terms).size).toBe(l.size);
    expect(lists[1]?.terms.slice(0, 10)).toEqual(lists[0]?.terms);
    expect(lists[2]?.terms.slice(0, 50)).toEqual(lists[1]?.terms);
    expect(new Set(lists[0]?.terms.slice(0, 5))).toEqual(new Set(source.terms));
    expect(lists[0]?.real).toBe(5);
  });

  it("puts every bait term in the smallest list and lends English bait to languages without any", () => {
    for (const lang of LANGUAGES) for (const t of bait[lang]) expect(lists[0]?.terms).toContain(t);
    expect(bait.hi).toEqual(bait.en);
  });

  it("is deterministic for a seed", () => {
    expect(buildTermLists(source, [50, 10, 200], 1)).toEqual({ lists, bait });
  });
});

describe("fillerTerms", () => {
  it("gives distinct terms that avoid the given ones", () => {
    const avoid = new Set(fillerTerms(50, createRng(3), new Set()).slice(0, 10));
    const terms = fillerTerms(300, createRng(3), avoid);
    expect(new Set(terms).size).toBe(300);
    for (const t of terms) expect(avoid.has(t)).toBe(false);
  });
});

describe("toRulePack", () => {
  it("compiles with the engine and flags a post holding any one of the terms", () => {
    const { lists } = buildTermLists(termSource(defaultPacks()), [1000], 7);
    const terms = lists[0]?.terms ?? [];
    const built = toRulePack(terms);
    expect(built.rules.flatMap((r) => (r.kind === "signal" ? (r.terms ?? []) : []))).toEqual(terms);
    const engine = compileEngine([built], { sensitivity: "balanced" });
    const filler = terms[terms.length - 1] ?? "";
    expect(engine.evaluate({ text: `have you seen ${filler} today` }).verdict).toBe("flag");
    expect(engine.evaluate({ text: "the weather is lovely" }).verdict).toBe("ok");
  });
});
