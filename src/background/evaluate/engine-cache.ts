import { bytesToHex, concatBytes } from "@noble/hashes/utils.js";
import { sha256 } from "@noble/hashes/webcrypto.js";
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
const EntrySchema = z.object({ key: z.string(), digest: z.string(), tables: EngineTablesSchema });

/**
 * The sha256 of everything in `tables`. The schema checks only shapes and lengths: a disk error or another
 * program writing into the profile can change numbers inside arrays of the right lengths, and an automaton with
 * wrong transitions would quietly miss bait. The typed arrays' bytes are hashed in the order the walk meets
 * them, the rest as JSON with each array's type and length in its place. WebCrypto's digest: the pure-JS one
 * takes 50-100 ms over these megabytes, a good part of the compile the cache spares.
 */
export async function tablesDigest(tables: EngineTables): Promise<string> {
  const bytes: Uint8Array[] = [];
  const rest = JSON.stringify(tables, (_key, value: unknown) => {
    if (ArrayBuffer.isView(value)) {
      bytes.push(new Uint8Array(value.buffer, value.byteOffset, value.byteLength));
      return [value.constructor.name, value.byteLength];
    }
    return value instanceof Map ? [...value] : value;
  });
  bytes.push(new TextEncoder().encode(rest));
  return bytesToHex(await sha256(concatBytes(...bytes)));
}

/**
 * Keeps the compiled engine across the worker's restarts. MV3 stops an idle worker after 30 s; compiling the
 * built-in packs again costs a cold worker 200-300 ms before its first verdict, reading the tables back a few.
 * `key` names everything the engine was compiled from (settings and the build's rules code), so an entry
 * is only ever used for exactly what it was compiled for. Any failure means compiling, never a wrong engine.
 */
export function createEngineCache(store: TablesStore) {
  // Read as the worker starts, beside the settings the key is made of: on a new profile, opening the store for
  // the first time takes tens of milliseconds that would otherwise come before the first compile.
  let early: Promise<unknown> | null = store.get(ENTRY);
  early.catch(() => undefined);
  const read = () => {
    const entry = early ?? store.get(ENTRY);
    early = null;
    return entry;
  };
  return {
    /**
     * The engine kept under `key`, or null: none, another key, or an entry whose shape or digest does not check out. It judges
     * with `model`, which is not kept; a model still loading is awaited only after the store was read.
     */
    async restore(key: string, model: Model | null | Promise<Model | null> = null): Promise<Engine | null> {
      try {
        const raw = await read();
        // The key first: a stale entry's tables are not worth checking.
        if (KeySchema.safeParse(raw).data?.key !== key) return null;
        const entry = EntrySchema.safeParse(raw);
        if (!entry.success || (await tablesDigest(entry.data.tables)) !== entry.data.digest) return null;
        return engineFrom(entry.data.tables, await model);
      } catch {
        return null;
      }
    },
    /** Keeps `tables` under `key`, replacing what was kept; a failed write (private mode, quota) just means compiling next time. */
    async keep(key: string, tables: EngineTables): Promise<void> {
      early = null;
      try {
        await store.set(ENTRY, { key, digest: await tablesDigest(tables), tables });
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
