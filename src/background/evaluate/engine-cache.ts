import { createStore, get, set } from "idb-keyval";
import { z } from "zod";
import { engineFrom, type Engine, type EngineTables } from "../../rules/engine.ts";
import { EngineTablesSchema } from "../../rules/engine/tables-schema.ts";
import type { Model } from "../../rules/model/model.ts";

/** Where kept engines live: the extension's own IndexedDB (never synced, never sent), or a Map in tests. */
export interface TablesStore {
  get(name: string): Promise<unknown>;
  set(name: string, value: unknown): Promise<void>;
}

/** One entry, the latest engine: settings rarely change, and an engine is a few megabytes of tables. */
const ENTRY = "engine";
const KeySchema = z.looseObject({ key: z.string() });
const EntrySchema = z.object({ key: z.string(), tables: EngineTablesSchema });

/**
 * Keeps the compiled engine across the worker's restarts. MV3 stops an idle worker after 30 s; compiling the
 * built-in packs again costs a cold worker 200-300 ms before its first verdict, reading the tables back a few.
 * `key` names everything the engine was compiled from (settings and the build's rules code), so an entry
 * is only ever used for exactly what it was compiled for. Any failure means compiling, never a wrong engine.
 */
export function createEngineCache(store: TablesStore) {
  return {
    /**
     * The engine kept under `key`, or null: none, another key, or an entry that does not check out. It judges
     * with `model`, which is not kept; a model still loading is awaited only after the store was read.
     */
    async restore(key: string, model: Model | null | Promise<Model | null> = null): Promise<Engine | null> {
      try {
        const raw = await store.get(ENTRY);
        // The key first: a stale entry's tables are not worth checking.
        if (KeySchema.safeParse(raw).data?.key !== key) return null;
        const entry = EntrySchema.safeParse(raw);
        return entry.success ? engineFrom(entry.data.tables, await model) : null;
      } catch {
        return null;
      }
    },
    /** Keeps `tables` under `key`, replacing what was kept; a failed write (private mode, quota) just means compiling next time. */
    async keep(key: string, tables: EngineTables): Promise<void> {
      try {
        await store.set(ENTRY, { key, tables });
      } catch {
        // nothing kept: the next cold start compiles
      }
    },
  };
}

export type EngineCache = ReturnType<typeof createEngineCache>;

export function indexedDbStore(): TablesStore {
  const store = createStore("second-look", "engine");
  return { get: (name) => get(name, store), set: (name, value) => set(name, value, store) };
}
