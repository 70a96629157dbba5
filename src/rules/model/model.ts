/**
 * The learned layer's model: a linear model over hashed features (features.ts) whose weights are quantised to
 * one signed byte each and kept in weights.bin; model.json holds the rest, with the weights' sha256 so a corrupt
 * or mismatched file is refused with a clear error instead of scoring posts with garbage.
 */
import { sha256 } from "@noble/hashes/sha2.js";
import { bytesToHex } from "@noble/hashes/utils.js";
import { z } from "zod";
import { CategorySchema, type Category } from "../schema/pack.ts";
import type { Features, FeatureSpec } from "./features.ts";

const PerSensitivity = z.object({ low: z.number().min(0).max(1), balanced: z.number().min(0).max(1), high: z.number().min(0).max(1) });

export const ModelMetaSchema = z.object({
  format: z.literal(1),
  bits: z.number().int().min(10).max(20),
  /** Weight = scale × stored signed byte. */
  scale: z.number().positive(),
  bias: z.number(),
  /** sha256 of weights.bin, hex. */
  digest: z.string().regex(/^[0-9a-f]{64}$/, "write the sha256 of weights.bin as 64 hex digits"),
  /** A post the model alone rates at least this probable is flagged, whatever the rules say. */
  flagAt: PerSensitivity,
  /** A post the rules flag is let through when the model rates it below this: real posts that merely use the words. */
  vetoBelow: PerSensitivity,
  /**
   * Per rule id, how many training bait posts of each category it matched. A post the model flags where no rule
   * names a category (only signals such as "send it" or "@grok" matched) takes the category these votes favour.
   */
  categories: z.record(z.string(), z.partialRecord(CategorySchema, z.number().int().nonnegative())).default({}),
  /** What it was trained on and how it measured: for the model card and diagnostics, not for scoring. */
  trained: z.record(z.string(), z.unknown()).default({}),
});
export type ModelMeta = z.output<typeof ModelMetaSchema>;

export interface Model extends FeatureSpec {
  readonly meta: ModelMeta;
  readonly weights: Int8Array;
}

/** A model ready to use, or why there is none: a missing or corrupt file never stops the rules. */
export type ModelLoad = { model: Model; error?: undefined } | { model: null; error: string };

/** Why a model could not be used; the engine then judges by rules alone and says so. */
export class ModelError extends Error {
  override readonly name = "ModelError";
}

export function digestOf(bytes: Uint8Array): string {
  return bytesToHex(sha256(bytes));
}

/** Checks model.json (already parsed from JSON) and weights.bin against each other. */
export function modelFrom(meta: unknown, weights: Uint8Array): Model {
  const parsed = ModelMetaSchema.safeParse(meta);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ModelError(`model.json is not a Second Look model (${issue ? `${issue.path.join(".") || "file"}: ${issue.message}` : "unreadable"})`);
  }
  const expected = 1 << parsed.data.bits;
  if (weights.length !== expected) throw new ModelError(`weights.bin has ${weights.length} bytes where model.json expects ${expected}: the file is truncated or from another model`);
  if (digestOf(weights) !== parsed.data.digest) throw new ModelError("weights.bin does not match the digest in model.json: the file is corrupt or from another training run");
  return { meta: parsed.data, bits: parsed.data.bits, weights: new Int8Array(weights.buffer, weights.byteOffset, weights.length) };
}

/** The model's raw score (log-odds) for a post's features. */
export function logit(model: Model, features: Features): number {
  let z = 0;
  const { buckets, values, length } = features;
  const { weights } = model;
  for (let i = 0; i < length; i++) z += (weights[buckets[i] as number] as number) * (values[i] as number);
  return model.meta.bias + z * model.meta.scale;
}

export const probability = (z: number): number => 1 / (1 + Math.exp(-z));

/** The most common kind of bait: the category of a post whose signals no training bait had. */
const USUAL: Category = "intimate-leak";

/** The category that training bait with these rule ids most often had. */
export function categoryOf(model: Model, ruleIds: Iterable<string>): Category {
  const votes = new Map<Category, number>();
  for (const id of ruleIds) {
    for (const [category, count] of Object.entries(model.meta.categories[id] ?? {})) {
      const c = category as Category;
      votes.set(c, (votes.get(c) ?? 0) + (count ?? 0));
    }
  }
  let best: Category = USUAL;
  for (const [c, n] of votes) if (n > (votes.get(best) ?? 0)) best = c;
  return best;
}
