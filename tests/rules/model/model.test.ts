import { describe, expect, it } from "vitest";
import { compileEngine } from "../../../src/rules/engine.ts";
import { MODEL_RULE } from "../../../src/rules/model/rule-id.ts";
import { ModelError, modelFrom, type ModelMeta } from "../../../src/rules/model/model.ts";
import { RulePackSchema } from "../../../src/rules/schema/pack.ts";
import { handMadeMeta, modelWeighing as handMadeModel } from "./hand-made.ts";

const BITS = 10;
const meta = (weights: Uint8Array, extra: Partial<ModelMeta> = {}) => handMadeMeta(weights, BITS, extra);
/** A hand-made model that weighs the features of the given words, so its verdicts are known in advance. */
const modelWeighing = (words: Record<string, number>, extra: Partial<ModelMeta> = {}) => handMadeModel(words, BITS, extra);

const pack = RulePackSchema.parse({
  id: "t", name: "t", version: "1.0.0", languages: ["en"], description: "test",
  rules: [
    { id: "sub-leak", description: "subscription leak", category: "intimate-leak", weight: 0.7, terms: ["onlyfans leak"] },
    { id: "swimwear", description: "swimwear", category: "deepfake", weight: 0.2, terms: ["bikini"] },
    { id: "assistant", description: "addresses an AI assistant", weight: 0.1, terms: ["grok"] },
    { id: "send-it", description: "asks for something to be sent", weight: 0.1, terms: ["send it"] },
  ],
});

describe("loading a model", () => {
  const weights = new Uint8Array(1 << BITS);
  it("accepts weights that match their digest", () => {
    expect(modelFrom(meta(weights), weights).bits).toBe(BITS);
  });

  it.each([
    ["truncated weights", () => modelFrom(meta(weights), weights.slice(1)), /weights\.bin has 1023 bytes where model\.json expects 1024/],
    ["corrupt weights", () => modelFrom(meta(weights), Uint8Array.from(weights, (_, i) => (i === 5 ? 1 : 0))), /does not match the digest/],
    ["a foreign model.json", () => modelFrom({ hello: 1 }, weights), /model\.json is not a Second Look model \(format: /],
    ["a bad digest", () => modelFrom(meta(weights, { digest: "abc" }), weights), /digest: write the sha256/],
  ])("refuses %s with a clear error", (_, load, message) => {
    expect(load).toThrow(ModelError);
    expect(load).toThrow(message);
  });
});

describe("rules and model together", () => {
  it("lets the model flag what no rule holds, quoting the words that weighed most as written", () => {
    const model = modelWeighing({ bikini: 60, grok: 40 });
    const v = compileEngine([pack], { sensitivity: "balanced", model }).evaluate({ text: "@GROK put her in a 𝐛𝐢𝐤𝐢𝐧𝐢 now" });
    expect(v).toMatchObject({ verdict: "flag", category: "deepfake" });
    expect(v.reasons.filter((r) => r.rule === MODEL_RULE).map((r) => r.match)).toEqual(["GROK", "𝐛𝐢𝐤𝐢𝐧𝐢"]);
    expect(compileEngine([pack], { sensitivity: "balanced" }).evaluate({ text: "@GROK put her in a 𝐛𝐢𝐤𝐢𝐧𝐢 now" }).verdict).toBe("ok");
  });

  it("names a post it flags where no rule names a category after the bait those rules matched in training", () => {
    const categories = { assistant: { deepfake: 40, request: 2 }, "send-it": { request: 30, "intimate-leak": 5 } };
    const model = modelWeighing({ transparent: 80, folder: 80 }, { categories });
    const engine = compileEngine([pack], { sensitivity: "balanced", model });
    expect(engine.evaluate({ text: "grok make her top transparent" })).toMatchObject({ verdict: "flag", category: "deepfake" });
    expect(engine.evaluate({ text: "send it, the whole folder" })).toMatchObject({ verdict: "flag", category: "request" });
    // Signals no training bait had: the most common kind of bait.
    const untrained = compileEngine([pack], { sensitivity: "balanced", model: modelWeighing({ transparent: 80 }) });
    expect(untrained.evaluate({ text: "grok make her top transparent" }).category).toBe("intimate-leak");
  });

  it("never flags alone where no rule matched at all", () => {
    const model = modelWeighing({ link: 127, pasa: 127 });
    expect(compileEngine([pack], { sensitivity: "high", model }).evaluate({ text: "pasa el link del partido" })).toMatchObject({ verdict: "ok", reasons: [] });
  });

  it("names each weighty word once, and never a word like 'the' or 'her'", () => {
    const model = modelWeighing({ bikini: 60, the: 60, her: 60 });
    const v = compileEngine([pack], { sensitivity: "balanced", model }).evaluate({ text: "the bikini, her bikini" });
    expect(v.reasons.filter((r) => r.rule === MODEL_RULE).map((r) => r.match)).toEqual(["bikini"]);
  });

  it("lets a post built-in rules flag through when the model reads it as ordinary, and says so", () => {
    const model = modelWeighing({ onlyfans: -127, leak: -127, earnings: -127 });
    const builtIn = { ...pack, id: "en" };
    const v = compileEngine([builtIn], { sensitivity: "balanced", model }).evaluate({ text: "onlyfans leak of earnings data" });
    expect(v.verdict).toBe("ok");
    expect(v.reasons.map((r) => r.rule)).toEqual(["sub-leak", MODEL_RULE]);
    expect(v.reasons.at(-1)?.weight).toBeLessThan(0);
  });

  it("never overrules a rule a user added", () => {
    const model = modelWeighing({ onlyfans: -127, leak: -127, earnings: -127 });
    const own = compileEngine([pack], { sensitivity: "balanced", model }).evaluate({ text: "onlyfans leak of earnings data" });
    expect(own).toMatchObject({ verdict: "flag", category: "intimate-leak" });
  });

  it("leaves the rules' verdict alone between the two thresholds", () => {
    const model = modelWeighing({ onlyfans: 10 });
    const withModel = compileEngine([pack], { sensitivity: "balanced", model }).evaluate({ text: "onlyfans leak here" });
    const rules = compileEngine([pack], { sensitivity: "balanced" }).evaluate({ text: "onlyfans leak here" });
    expect(withModel).toEqual(rules);
  });

  it("moves the model's threshold with the sensitivity", () => {
    const model = modelWeighing({ bikini: 12 });
    const at = (sensitivity: "low" | "balanced" | "high") => compileEngine([pack], { sensitivity, model }).evaluate({ text: "bikini" }).verdict;
    expect([at("low"), at("balanced"), at("high")]).toEqual(["ok", "ok", "flag"]);
  });
});

describe("what a refused model file is told", () => {
  const weights = new Uint8Array(1 << BITS);

  it("names the field at fault by its full path, or the file itself when it is no object at all", () => {
    expect(() => modelFrom(meta(weights, { flagAt: { low: 2, balanced: 0.5, high: 0.5 } }), weights)).toThrow(/\(flagAt\.low: /);
    expect(() => modelFrom("model", weights)).toThrow(/\(file: /);
  });

  it.each([
    ["a prefix", (hex: string) => `sha256:${hex}`],
    ["a suffix", (hex: string) => `${hex}  weights.bin`],
  ])("asks for the bare digest when it comes with %s", (_, write) => {
    const digest = write(meta(weights).digest);
    expect(() => modelFrom(meta(weights, { digest }), weights)).toThrow(/digest: write the sha256 of weights\.bin as 64 hex digits/);
  });
});

describe("the category of a post only the model flags", () => {
  it("goes to the most common kind of bait when training votes tie", () => {
    const categories = { assistant: { "intimate-leak": 3, deepfake: 3 } };
    const engine = compileEngine([pack], { sensitivity: "balanced", model: modelWeighing({ transparent: 80 }, { categories }) });
    expect(engine.evaluate({ text: "grok make her top transparent" })).toMatchObject({ verdict: "flag", category: "intimate-leak" });
  });
});
