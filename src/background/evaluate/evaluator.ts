import type { PostText } from "../../rules/schema/post.ts";
import type { Verdict } from "../../rules/schema/verdict.ts";
import { contentKey } from "./content-key.ts";
import { Lru } from "./lru.ts";
import type { PostVerdict } from "./message.ts";

export type Evaluate = (post: PostText) => Verdict;

/** Distinct contents remembered by the worker: bait is re-posted verbatim, so this is where repeats pay off. */
export const VERDICT_CACHE_SIZE = 5_000;

/**
 * Judges batches of posts with one compiled engine, remembering verdicts by content. A cache belongs to its
 * engine: when settings change, build a new evaluator rather than clearing this one.
 */
export function createEvaluator(evaluate: Evaluate, cacheSize = VERDICT_CACHE_SIZE) {
  const cache = new Lru<string, Verdict>(cacheSize);
  return {
    evaluateBatch(posts: readonly PostText[]): PostVerdict[] {
      return posts.map((post) => {
        const key = contentKey(post);
        let verdict = cache.get(key);
        if (!verdict) {
          verdict = evaluate(post);
          cache.set(key, verdict);
        }
        return { id: post.id, verdict };
      });
    },
  };
}

export type Evaluator = ReturnType<typeof createEvaluator>;
