import { describe, expect, it } from "vitest";
import { featuresOf } from "../../../src/rules/model/features.ts";
import { digestOf, logit, modelFrom, probability } from "../../../src/rules/model/model.ts";
import { quantise, train, type Example } from "../../../src/rules/model/train.ts";
import { normalise } from "../../../src/rules/normalise/index.ts";

/** A small fixture: enough for the model to separate the two kinds, not to judge anything real. */
const BAIT = [
  "her leaked nudes full video link in bio",
  "onlyfans leak folder dm me",
  "who has the tape of her, drop the link",
  "leaked private video before it gets deleted",
  "nudes of the new girl in telegram",
  "full leak pack cheap dm",
];
const FINE = [
  "water leak under the kitchen sink",
  "the new phone design leaked today",
  "memory leak in the parser fixed",
  "nude lipstick shades for winter",
  "full video of the match in my bio",
  "leaked memo shows budget cuts",
];
const SPEC = { bits: 12 };
const examples = (): Example[] =>
  [...BAIT.map((t) => [t, 1] as const), ...FINE.map((t) => [t, 0] as const)].map(([text, label]) => ({
    features: featuresOf(normalise(text).text, [], [], SPEC),
    label,
    weight: 1,
  }));
const OPTIONS = { bits: 12, epochs: 30, learningRate: 0.3, l2: 1e-6, seed: 7, intercept: false };

describe("training", () => {
  it("gives the same bytes for the same data", () => {
    const a = quantise(train(examples(), OPTIONS).weights);
    const b = quantise(train(examples(), OPTIONS).weights);
    expect(digestOf(new Uint8Array(a.bytes.buffer))).toBe(digestOf(new Uint8Array(b.bytes.buffer)));
    expect(a.scale).toBe(b.scale);
  });

  it("depends on its seed only for the order of examples", () => {
    const a = quantise(train(examples(), OPTIONS).weights);
    const b = quantise(train(examples(), { ...OPTIONS, seed: 8 }).weights);
    expect(digestOf(new Uint8Array(a.bytes.buffer))).not.toBe(digestOf(new Uint8Array(b.bytes.buffer)));
  });

  it("learns no intercept unless asked, so a post with no known words is undecided", () => {
    expect(train(examples(), OPTIONS).bias).toBe(0);
    expect(train(examples(), { ...OPTIONS, intercept: true }).bias).not.toBe(0);
  });

  it("learns the fixture, and the quantised model agrees", () => {
    const trained = train(examples(), OPTIONS);
    const { bytes, scale } = quantise(trained.weights);
    const weights = new Uint8Array(bytes.buffer);
    const model = modelFrom({ format: 1, bits: 12, scale, bias: trained.bias, digest: digestOf(weights), flagAt: { low: 0.9, balanced: 0.8, high: 0.7 }, vetoBelow: { low: 0, balanced: 0, high: 0 } }, weights);
    const p = (text: string) => probability(logit(model, featuresOf(normalise(text).text, [], [], model)));
    for (const t of BAIT) expect(p(t), t).toBeGreaterThan(0.5);
    for (const t of FINE) expect(p(t), t).toBeLessThan(0.5);
  });
});
