import { afterEach, describe, expect, it, vi } from "vitest";
import { createEngineCache, type TablesStore } from "../../../src/background/evaluate/engine-cache.ts";
import { createEngineSource } from "../../../src/background/evaluate/engine-source.ts";
import type { ModelLoad } from "../../../src/rules/model/model.ts";
import * as rules from "../../../src/rules/engine.ts";
import { defaultPacks } from "../../../src/rules/packs/index.ts";
import { mergeEffective } from "../../../src/settings/policy.ts";
import { DEFAULT_SETTINGS } from "../../../src/settings/schema.ts";
import type { PostSnapshot } from "../../../src/sites/snapshot.ts";

const { engineFrom: actualEngineFrom } = await vi.importActual<typeof rules>("../../../src/rules/engine.ts");

vi.mock("../../../src/rules/engine.ts", async (original) => {
  const actual = await original<typeof rules>();
  return { ...actual, compileEngineTables: vi.fn(actual.compileEngineTables), engineFrom: vi.fn(actual.engineFrom) };
});

/** IndexedDB as the cache sees it: values go in and come out as structured clones. */
function memoryStore(): TablesStore & { entries: Map<string, unknown> } {
  const entries = new Map<string, unknown>();
  return {
    entries,
    get: async (name) => structuredClone(entries.get(name)),
    set: async (name, value) => void entries.set(name, structuredClone(value)),
  };
}

const BAIT = "full leaked video of her in my bio, telegram link below";
const post = (id: string, text: string): PostSnapshot => ({ id, site: "x", kind: "post", text, hashtags: [], links: [], author: null, community: null, permalink: null, hasMedia: false, name: null });
const settings = mergeEffective(DEFAULT_SETTINGS);
/** Runs the deferred keep and waits for its write, which follows a WebCrypto digest rather than a timer. */
async function flushKeep(store: ReturnType<typeof memoryStore>) {
  await vi.runAllTimersAsync();
  await vi.waitFor(() => expect(store.entries.has("engine")).toBe(true));
}

afterEach(() => {
  vi.useRealTimers();
  vi.mocked(rules.compileEngineTables).mockClear();
  vi.mocked(rules.engineFrom).mockReset();
  vi.mocked(rules.engineFrom).mockImplementation(actualEngineFrom);
});

describe("engine cache", () => {
  it("gives back the engine kept under the same key, and nothing under another", async () => {
    const cache = createEngineCache(memoryStore());
    expect(await cache.restore("a")).toBeNull();
    const engine = rules.compileEngine(defaultPacks(), { sensitivity: "balanced" });
    await cache.keep("a", engine.tables);
    const restored = await cache.restore("a");
    expect(restored?.evaluate({ text: BAIT })).toEqual(engine.evaluate({ text: BAIT }));
    expect(await cache.restore("b")).toBeNull();
  });

  it("starts reading the kept engine as the worker starts, and reads it afresh for later restores", async () => {
    const store = memoryStore();
    const engine = rules.compileEngine(defaultPacks(), { sensitivity: "balanced" });
    await createEngineCache(store).keep("a", engine.tables);
    const get = vi.spyOn(store, "get");
    const cache = createEngineCache(store);
    // Before the settings that make the key are known: a new profile opens its store meanwhile.
    expect(get).toHaveBeenCalledTimes(1);
    expect(await cache.restore("a")).not.toBeNull();
    expect(get).toHaveBeenCalledTimes(1);
    await cache.keep("b", engine.tables);
    expect(await cache.restore("b")).not.toBeNull();
    expect(get).toHaveBeenCalledTimes(2);
  });

  it("treats an unreadable store or a broken entry as nothing kept", async () => {
    const broken = memoryStore();
    broken.entries.set("engine", { key: "a", tables: { sensitivity: "balanced" } });
    expect(await createEngineCache(broken).restore("a")).toBeNull();
    const failing: TablesStore = { get: () => Promise.reject(new Error("no IndexedDB here")), set: () => Promise.reject(new Error("quota")) };
    const cache = createEngineCache(failing);
    expect(await cache.restore("a")).toBeNull();
    await expect(cache.keep("a", rules.compileEngine([], { sensitivity: "balanced" }).tables)).resolves.toBeUndefined();
  });

  it("refuses an entry whose arrays keep their lengths but not their contents, and the worker compiles instead", async () => {
    vi.useFakeTimers();
    const store = memoryStore();
    const source = () => createEngineSource(async () => settings, { cache: createEngineCache(store), build: "1.0.0:abc" });
    await source()();
    await flushKeep(store);
    const kept = store.entries.get("engine") as { tables: rules.EngineTables };
    // Zeroed transitions: same shape, same lengths, a matcher that would miss bait.
    kept.tables.terms.automaton.dense.fill(0);
    expect(await createEngineCache(store).restore("1.0.0:abc")).toBeNull();

    const restarted = await source()();
    expect(rules.compileEngineTables).toHaveBeenCalledTimes(2);
    expect(restarted.evaluateBatch([post("1", BAIT)])[0]?.verdict.verdict).toBe("flag");
  });

  it("refuses an entry kept without a digest", async () => {
    const store = memoryStore();
    const cache = createEngineCache(store);
    await cache.keep("a", rules.compileEngine(defaultPacks(), { sensitivity: "balanced" }).tables);
    const { digest, ...undigested } = store.entries.get("engine") as { digest: string };
    expect(digest).toMatch(/^[0-9a-f]{64}$/);
    store.entries.set("engine", undigested);
    expect(await cache.restore("a")).toBeNull();
  });
});

describe("engine source with a cache", () => {
  it("compiles once, keeps the engine, and a restarted worker restores it instead of compiling", async () => {
    vi.useFakeTimers();
    const store = memoryStore();
    const first = createEngineSource(async () => settings, { cache: createEngineCache(store), build: "1.0.0:abc" });
    const [a, b] = await Promise.all([first(), first()]); // two batches at once share one compile
    expect(rules.compileEngineTables).toHaveBeenCalledTimes(1);
    expect(a.evaluateBatch([post("1", BAIT)])[0]?.verdict.verdict).toBe("flag");
    await flushKeep(store);
    expect(store.entries.size).toBe(1);

    const restarted = createEngineSource(async () => settings, { cache: createEngineCache(store), build: "1.0.0:abc" });
    const c = await restarted();
    expect(rules.compileEngineTables).toHaveBeenCalledTimes(1);
    expect(c.evaluateBatch([post("1", BAIT)])).toEqual(b.evaluateBatch([post("1", BAIT)]));

    // Another build (an update, changed rules) or other settings compile afresh.
    await createEngineSource(async () => settings, { cache: createEngineCache(store), build: "1.0.1:def" })();
    const high = mergeEffective({ ...DEFAULT_SETTINGS, sensitivity: "high" });
    await createEngineSource(async () => high, { cache: createEngineCache(store), build: "1.0.0:abc" })();
    expect(rules.compileEngineTables).toHaveBeenCalledTimes(3);
  });

  it("tries a failed compile again with the next batch", async () => {
    vi.mocked(rules.compileEngineTables).mockImplementationOnce(() => {
      throw new Error("broken pack");
    });
    const source = createEngineSource(async () => settings);
    await expect(source()).rejects.toThrow("broken pack");
    expect((await source()).evaluateBatch([post("1", BAIT)])[0]?.verdict.verdict).toBe("flag");
  });

  it("keeps a compiled engine only after the first page's batches had time to be answered", async () => {
    vi.useFakeTimers();
    const store = memoryStore();
    await createEngineSource(async () => settings, { cache: createEngineCache(store) })();
    await vi.advanceTimersByTimeAsync(100);
    expect(store.entries.has("engine")).toBe(false);
    await flushKeep(store);
  });

  it("compiles the tables while the model is still being read", async () => {
    let release: (loaded: ModelLoad) => void = () => undefined;
    const loading = new Promise<ModelLoad>((resolve) => (release = resolve));
    const ready = createEngineSource(async () => settings, { model: () => loading })();
    await vi.waitFor(() => expect(rules.compileEngineTables).toHaveBeenCalledTimes(1));
    release({ model: null, error: "weights.bin is missing" });
    expect((await ready).evaluateBatch([post("1", BAIT)])[0]?.verdict.verdict).toBe("flag");
  });

  it("has every engine, compiled or restored, judge a made-up post before the first batch", async () => {
    vi.useFakeTimers();
    const store = memoryStore();
    const judged: string[] = [];
    const spyOn = (engine: rules.Engine): rules.Engine => ({
      ...engine,
      evaluate: (p) => {
        judged.push(p.text);
        return engine.evaluate(p);
      },
    });
    const actual = await vi.importActual<typeof rules>("../../../src/rules/engine.ts");
    vi.mocked(rules.engineFrom).mockImplementation((...args) => spyOn(actual.engineFrom(...args)));
    await createEngineSource(async () => settings, { cache: createEngineCache(store), build: "b" })();
    // A cold worker compiles the judging code on its first call: that call must not be a page's first batch.
    expect(judged).toHaveLength(1);
    await flushKeep(store);

    await createEngineSource(async () => settings, { cache: createEngineCache(store), build: "b" })();
    expect(rules.compileEngineTables).toHaveBeenCalledTimes(1);
    expect(judged).toHaveLength(2);
    expect(judged[1]).toBe(judged[0]);
  });
});
