import { describe, expect, it } from "vitest";
import { createEngineSource } from "../../../src/background/evaluate/engine-source.ts";
import { createSearchHandler } from "../../../src/background/search/handler.ts";
import { SEARCH_MESSAGE } from "../../../src/content/search/message.ts";
import { mergeEffective } from "../../../src/settings/policy.ts";
import { DEFAULT_SETTINGS, SettingsSchema } from "../../../src/settings/schema.ts";

// The rules alone: the learned check has no say over search queries (the handler reads the rules' evidence).
const source = createEngineSource(async () => mergeEffective(SettingsSchema.parse({ ...DEFAULT_SETTINGS, model: false })));
const handle = createSearchHandler(source);

async function judge(...queries: string[]): Promise<Record<string, boolean | undefined>> {
  const answer = await handle({ type: SEARCH_MESSAGE, queries });
  return Object.fromEntries(queries.map((q, i) => [q, answer?.looking[i]]));
}

describe("search queries judged by the worker's engine", () => {
  it("finds searches for a person's leak, nudes or full video in every pack language", async () => {
    const queries = [
      "emma leak",
      "emma nudes",
      "emma full video",
      "emma onlyfans leaked",
      "emma filtrado",
      "emma video completo",
      "emma vazou",
      "emma nudes vazados",
      "emma fuite",
      "emma durchgesickert",
      "emma nackt",
      "emma bocor",
      "emma video lengkap",
    ];
    expect(await judge(...queries)).toEqual(Object.fromEntries(queries.map((q) => [q, true])));
  });

  it("undoes the obfuscations the normaliser knows: leetspeak, spaced and dotted letters, look-alikes", async () => {
    const queries = ["3mma l34k3d", "emma l e a k", "emma n.u.d.e.s", "emma ｌｅａｋ", "emma ⓝⓤⓓⓔⓢ"];
    expect(await judge(...queries)).toEqual(Object.fromEntries(queries.map((q) => [q, true])));
  });

  it("leaves everyday searches that share the words alone, as the packs' exceptions say", async () => {
    const queries = ["water leak repair", "roof leak", "gas leak", "nude lipstick", "iphone 17 leak", "memory leak", "data leak", "full hd monitor", "emma new album"];
    expect(await judge(...queries)).toEqual(Object.fromEntries(queries.map((q) => [q, false])));
  });

  it("answers other messages with undefined and refuses malformed requests, saying what is wrong", async () => {
    expect(handle({ type: "second-look/evaluate" })).toBeUndefined();
    await expect(handle({ type: SEARCH_MESSAGE, queries: [] })).rejects.toThrow(/malformed request[\s\S]*queries/);
    await expect(handle({ type: SEARCH_MESSAGE, queries: ["a".repeat(501)] })).rejects.toThrow(/malformed request/);
  });
});
