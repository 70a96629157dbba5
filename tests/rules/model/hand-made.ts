import { featuresOf } from "../../../src/rules/model/features.ts";
import { digestOf, modelFrom, type Model, type ModelMeta } from "../../../src/rules/model/model.ts";

/** model.json for hand-made weights: known thresholds, so a test knows in advance what each rating means. */
export const handMadeMeta = (weights: Uint8Array, bits: number, extra: Partial<ModelMeta> = {}) => ({
  format: 1,
  bits,
  scale: 0.1,
  bias: -4,
  digest: digestOf(weights),
  flagAt: { low: 0.9, balanced: 0.8, high: 0.6 },
  vetoBelow: { low: 0.2, balanced: 0.1, high: 0.05 },
  ...extra,
});

/** A model that gives every feature of each listed word that weight, so which words weigh most is known. */
export function modelWeighing(words: Record<string, number>, bits: number, extra: Partial<ModelMeta> = {}): Model {
  const bytes = new Int8Array(1 << bits);
  for (const [word, weight] of Object.entries(words)) {
    for (const b of featuresOf(word, [], [], { bits }).buckets) bytes[b] = weight;
  }
  const weights = new Uint8Array(bytes.buffer);
  return modelFrom(handMadeMeta(weights, bits, extra), weights);
}
