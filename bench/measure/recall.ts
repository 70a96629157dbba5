import type { Contender } from "../contenders/contender.ts";
import type { BenchPost } from "../generate/schema.ts";

/**
 * Which bait posts a contender catches by the term they were built from. Each bait term gets a detector of its
 * own, so a post only counts as caught when that term matched — never because a larger list happened to hold
 * "video" or "telegram" from the rest of the sentence. Non-bait posts stay 0.
 */
export function baitCaught(contender: Contender, posts: readonly BenchPost[]): Uint8Array {
  const caught = new Uint8Array(posts.length);
  const byTerm = new Map<string, number[]>();
  posts.forEach((p, i) => {
    if (p.baitTerm !== null) byTerm.set(p.baitTerm, [...(byTerm.get(p.baitTerm) ?? []), i]);
  });
  for (const [term, indexes] of byTerm) {
    const detector = contender.compile([term]);
    for (const i of indexes) caught[i] = detector.detect(posts[i]?.text ?? "") ? 1 : 0;
  }
  return caught;
}

/** The share of posts in a group flagged in `caught`. */
export function share(posts: readonly BenchPost[], caught: Uint8Array, inGroup: (p: BenchPost) => boolean): number {
  let n = 0;
  let hit = 0;
  posts.forEach((p, i) => {
    if (!inGroup(p)) return;
    n++;
    hit += caught[i] ?? 0;
  });
  return n === 0 ? Number.NaN : hit / n;
}
