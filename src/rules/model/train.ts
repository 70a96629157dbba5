/**
 * Deterministic training of the linear model: logistic loss, AdaGrad steps over sparse hashed features, a fixed
 * seed for the order of examples, and weights quantised to signed bytes. The same examples always give the same
 * bytes, so weights.bin's digest changes only when the data or the code does.
 */
import type { Features } from "./features.ts";
import { seededRandom } from "../random.ts";
import { probability } from "./model.ts";

export interface Example {
  features: Pick<Features, "buckets" | "values" | "length">;
  /** 1 for bait, 0 for everything else. */
  label: 0 | 1;
  /** How much the example counts: classes are balanced through it. */
  weight: number;
}

export interface TrainOptions {
  bits: number;
  epochs: number;
  learningRate: number;
  /** L2 penalty, applied to the weights an example touches. */
  l2: number;
  seed: number;
  /**
   * Learn an intercept. Off by default: with the classes balanced by weight, the intercept learned that a post
   * without the many common words of ordinary posts is bait, and rated short real posts ("PART 3", "City Girl")
   * 0.99; without one, a post with no telling features rates 0.5.
   */
  intercept: boolean;
}

export const TRAIN_DEFAULTS: TrainOptions = { bits: 18, epochs: 12, learningRate: 0.25, l2: 1e-6, seed: 20261203, intercept: false };

export interface Trained {
  weights: Float32Array;
  bias: number;
}

export function train(examples: readonly Example[], options: TrainOptions = TRAIN_DEFAULTS): Trained {
  const size = 1 << options.bits;
  const weights = new Float32Array(size);
  const squares = new Float32Array(size).fill(1e-8);
  let bias = 0;
  let biasSquares = 1e-8;
  const random = seededRandom(options.seed);
  const order = examples.map((_, i) => i);
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j] as number, order[i] as number];
    }
    for (const index of order) {
      const { features, label, weight } = examples[index] as Example;
      const { buckets, values, length } = features;
      let z = bias;
      for (let k = 0; k < length; k++) z += (weights[buckets[k] as number] as number) * (values[k] as number);
      const error = (probability(z) - label) * weight;
      if (error === 0) continue;
      for (let k = 0; k < length; k++) {
        const b = buckets[k] as number;
        const w = weights[b] as number;
        const g = error * (values[k] as number) + options.l2 * w;
        squares[b] = (squares[b] as number) + g * g;
        weights[b] = w - (options.learningRate * g) / Math.sqrt(squares[b] as number);
      }
      if (!options.intercept) continue;
      biasSquares += error * error;
      bias -= (options.learningRate * error) / Math.sqrt(biasSquares);
    }
  }
  return { weights, bias };
}

/** Signed bytes and the scale that turns them back into weights; the largest weight maps to ±127. */
export function quantise(weights: Float32Array): { bytes: Int8Array; scale: number } {
  let max = 0;
  for (const w of weights) max = Math.max(max, Math.abs(w));
  const scale = max > 0 ? max / 127 : 1;
  const bytes = new Int8Array(weights.length);
  for (let i = 0; i < weights.length; i++) bytes[i] = Math.round((weights[i] as number) / scale);
  return { bytes, scale };
}
