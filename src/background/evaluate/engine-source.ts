import { compileEngine } from "../../rules/engine.ts";
import type { Verdict } from "../../rules/schema/verdict.ts";
import type { Effective } from "../../settings/policy.ts";
import { packsFor } from "../../settings/rule-packs.ts";
import type { PostSnapshot } from "../../sites/snapshot.ts";
import { isAllowed } from "./allow-list.ts";
import { createEvaluator, type Evaluator } from "./evaluator.ts";
import type { PostVerdict } from "./message.ts";

export const ALLOWED: Verdict = { verdict: "ok", score: 0, category: null, reasons: [] };

export interface BatchEvaluator {
  evaluateBatch(posts: readonly PostSnapshot[]): PostVerdict[];
}

/** What the compiled engine depends on; anything else (countdown, overlay style) must not recompile it. */
const engineKey = (e: Effective) =>
  JSON.stringify([
    e.settings.sensitivity,
    e.settings.packs,
    e.settings.disabledRules,
    e.settings.custom,
    e.settings.userPacks,
    e.policy.ExtraTerms,
    e.policy.ExtraHashtags,
    e.policy.ExtraLinks,
  ]);

/**
 * The evaluator for the current settings (`read` is asked for every batch: see cachedEffective). The engine is
 * recompiled only when its inputs change.
 */
export function createEngineSource(read: () => Promise<Effective>) {
  let current: { key: string; evaluator: Evaluator } | null = null;
  return async (): Promise<BatchEvaluator> => {
    const effective = await read();
    const key = engineKey(effective);
    if (current?.key !== key) {
      const { sensitivity, disabledRules } = effective.settings;
      const engine = compileEngine(packsFor(effective), { sensitivity, disabledRules });
      current = { key, evaluator: createEvaluator((post) => engine.evaluate(post)) };
    }
    const { evaluator } = current;
    const { allow } = effective.settings;
    return {
      evaluateBatch(posts) {
        const judged = new Map(evaluator.evaluateBatch(posts.filter((p) => !isAllowed(p, allow))).map((v) => [v.id, v]));
        return posts.map((p) => judged.get(p.id) ?? { id: p.id, verdict: ALLOWED });
      },
    };
  };
}
