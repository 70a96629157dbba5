import { compileEngineTables, engineFrom, type Engine } from "../../rules/engine.ts";
import type { ModelLoad } from "../../rules/model/model.ts";
import type { Verdict } from "../../rules/schema/verdict.ts";
import type { Effective } from "../../settings/policy.ts";
import { packsFor } from "../../settings/rule-packs.ts";
import type { EffectiveWanted } from "../../settings/storage.ts";
import type { PostSnapshot } from "../../sites/snapshot.ts";
import { isAllowed } from "./allow-list.ts";
import type { EngineCache } from "./engine-cache.ts";
import { createEvaluator, type Evaluator } from "./evaluator.ts";
import type { PostVerdict } from "./message.ts";

/**
 * Judged once as soon as an engine is ready: the first call of each judging function costs a cold worker 30-50 ms
 * of compiling it (measured on a browser's first page), which the first real batch would otherwise wait for. A
 * made-up post that every stage has work on: folded letters, hits, a hashtag, a link, the learned check.
 */
const WARM_UP = { text: "F\u{1d42e}ll v1deo link in bio \u{1f517} #leaked", links: ["https://t.me/example"] };

const KEEP_AFTER_MS = 2000;

export const ALLOWED: Verdict = { verdict: "ok", score: 0, category: null, reasons: [] };

export interface BatchEvaluator {
  evaluateBatch(posts: readonly PostSnapshot[]): PostVerdict[];
}

/** The engine in force, for judging what is no post (a search query: src/content/search/). */
export interface CurrentEngine {
  engine: Engine;
}

/** What the compiled engine depends on; anything else (countdown, overlay style) must not recompile it. */
const engineKey = (e: Effective) =>
  JSON.stringify([
    e.settings.sensitivity,
    e.settings.packs,
    e.settings.disabledRules,
    e.settings.model,
    e.settings.custom,
    e.settings.userPacks,
    e.policy.ExtraTerms,
    e.policy.ExtraHashtags,
    e.policy.ExtraLinks,
  ]);

function warmedUp(engine: Engine): Engine {
  engine.evaluate(WARM_UP);
  return engine;
}

export interface EngineSourceOptions {
  /** Keeps the compiled engine across the worker's restarts. */
  cache?: EngineCache;
  /** Names the build's rules code (scripts/rules-build-id.ts): part of a kept engine's key. */
  build?: string;
  /** The learned layer, loaded once; without it (or when it fails to load) the rules judge alone. */
  model?: () => Promise<ModelLoad>;
}

/**
 * The evaluator for the current settings (`read` is asked for every batch: see cachedEffective). The engine is
 * compiled only when its inputs change, and a worker that was stopped restores the one it kept if the inputs
 * are the same. Batches that arrive meanwhile wait for the same engine.
 */
export function createEngineSource(read: (wanted?: EffectiveWanted) => Promise<Effective>, { cache, build = "", model: loadModel }: EngineSourceOptions = {}) {
  let current: { key: string; engine: Promise<Engine>; evaluator: Promise<Evaluator> } | null = null;

  async function engineFor(effective: Effective, key: string): Promise<Engine> {
    // The weights and the kept engine are read side by side: a restarted worker waits for the slower, not both.
    const model = effective.settings.model && loadModel ? loadModel().then((loaded) => loaded.model) : Promise.resolve(null);
    const kept = await cache?.restore(key, model);
    if (kept) return warmedUp(kept);
    const { sensitivity, disabledRules } = effective.settings;
    // Compiled while the weights are read and checked (50-150 ms on a browser's first page, probed), not after.
    const tables = compileEngineTables(packsFor(effective), { sensitivity, disabledRules });
    const engine = engineFrom(tables, await model);
    // Written once the first page's batches are answered: hashing and cloning megabytes of tables takes the
    // worker 100-150 ms, and a timer of 0 ran it before a batch that had already arrived (probed).
    if (cache) setTimeout(() => void cache.keep(key, tables), KEEP_AFTER_MS);
    return warmedUp(engine);
  }

  return async (wanted?: EffectiveWanted): Promise<BatchEvaluator & CurrentEngine> => {
    const effective = await read(wanted);
    const key = `${build}\n${engineKey(effective)}`;
    if (current?.key !== key) {
      const engine = engineFor(effective, key);
      const evaluator = engine.then((compiled) => createEvaluator((post) => compiled.evaluate(post)));
      const entry = { key, engine, evaluator };
      current = entry;
      // A failed compile (say, a broken imported pack) is tried again with the next batch, not remembered.
      evaluator.catch(() => {
        if (current === entry) current = null;
      });
    }
    const [engine, evaluator] = await Promise.all([current.engine, current.evaluator]);
    const { allow } = effective.settings;
    return {
      engine,
      evaluateBatch(posts) {
        const judged = new Map(evaluator.evaluateBatch(posts.filter((p) => !isAllowed(p, allow))).map((v) => [v.id, v]));
        return posts.map((p) => judged.get(p.id) ?? { id: p.id, verdict: ALLOWED });
      },
    };
  };
}
