import { describe, expect, it } from "vitest";
import { createEngineSource } from "../../../src/background/evaluate/engine-source.ts";
import { readModelProblem, reportingLoads } from "../../../src/background/model/status.ts";
import type { ModelLoad } from "../../../src/rules/model/model.ts";
import { mergeEffective } from "../../../src/settings/policy.ts";
import { DEFAULT_SETTINGS } from "../../../src/settings/schema.ts";
import type { PostSnapshot } from "../../../src/sites/snapshot.ts";
import { memoryArea } from "../../settings/fake-storage.ts";
import { brokenModel, ONLY_THE_MODEL_FLAGS, shippedModel, THE_MODEL_LETS_THROUGH } from "./models.ts";

const post = (id: string, text: string): PostSnapshot => ({ id, site: "x", kind: "post", text, hashtags: [], links: [], author: null, community: null, permalink: null, hasMedia: false, name: null });
const POSTS = [post("model-only", ONLY_THE_MODEL_FLAGS), post("let-through", THE_MODEL_LETS_THROUGH)];

async function judgeWith(load: () => Promise<ModelLoad>) {
  const source = createEngineSource(async () => mergeEffective(DEFAULT_SETTINGS), { model: load });
  return Object.fromEntries((await source()).evaluateBatch(POSTS).map((v) => [v.id, v.verdict.verdict]));
}

describe("the worker's learned check", () => {
  it("fails open: weights it cannot load leave the word lists judging, and the error is recorded for the popup", async () => {
    const session = memoryArea();
    expect(await judgeWith(reportingLoads(brokenModel, session))).toEqual({ "model-only": "ok", "let-through": "flag" });
    await expect.poll(() => readModelProblem(session)).toMatch(/^weights\.bin has 16 bytes where model\.json expects/);
  });

  it("judges with the model once it loads, and clears an error an earlier worker recorded", async () => {
    const session = memoryArea({ model: { error: "weights.bin could not be read from the extension (404)" } });
    expect(await judgeWith(reportingLoads(shippedModel, session))).toEqual({ "model-only": "flag", "let-through": "ok" });
    await expect.poll(() => readModelProblem(session)).toBeNull();
  });

  it("reports once per worker, and a failed write never fails the load", async () => {
    let writes = 0;
    const failing = { set: async () => Promise.reject(new Error(`quota ${++writes}`)), remove: async () => undefined };
    const load = reportingLoads(brokenModel, failing);
    expect((await load()).error).toMatch(/weights\.bin/);
    expect((await load()).model).toBeNull();
    expect(writes).toBe(1);
  });

  it("reads nothing but a recorded load error", async () => {
    for (const stored of [undefined, "weights.bin is missing", { error: "" }, { message: "x" }, null]) {
      expect(await readModelProblem(memoryArea(stored === undefined ? {} : { model: stored }))).toBeNull();
    }
  });
});
