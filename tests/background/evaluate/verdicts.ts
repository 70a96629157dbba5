import type { PostText } from "../../../src/rules/schema/post.ts";
import type { Verdict } from "../../../src/rules/schema/verdict.ts";
import type { PostSnapshot } from "../../../src/sites/snapshot.ts";

export const FLAG: Verdict = {
  verdict: "flag",
  score: 0.9,
  category: "intimate-leak",
  reasons: [{ rule: "leak", match: "leak", weight: 0.9, description: "Says something leaked" }],
};
export const OK: Verdict = { verdict: "ok", score: 0, category: null, reasons: [] };

/** A stand-in engine: flags any post that says "leak". */
export const fakeEvaluate = (post: PostText): Verdict => (/leak/i.test(post.text) ? FLAG : OK);

export function snapshot(id: string, text: string, extra: Partial<PostSnapshot> = {}): PostSnapshot {
  return {
    id,
    text,
    hashtags: [],
    links: [],
    site: "x",
    kind: "post",
    author: "someone",
    community: null,
    permalink: `/someone/status/${id}`,
    hasMedia: false,
    name: null,
    ...extra,
  };
}
