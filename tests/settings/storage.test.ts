import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { DEFAULT_SETTINGS, type Settings } from "../../src/settings/schema.ts";
import {
  KEPT_ASIDE_KEY,
  POLICY_SEEN_KEY,
  SETTINGS_KEY,
  acknowledgeDropped,
  cachedEffective,
  parsePolicy,
  readDropped,
  readEffective,
  readEffectiveEarly,
  readPolicy,
  replaceSettings,
  updateSettings,
  watchEffective,
} from "../../src/settings/storage.ts";
import { fakeStorage } from "./fake-storage.ts";
import { setMessageLookup } from "../../src/ui/kit/i18n.ts";
import { lookupFor } from "../ui/messages.ts";

// What the settings say is shown to the reader, in the UI language: these read it in English.
beforeAll(() => setMessageLookup(lookupFor("en")));
afterAll(() => setMessageLookup(null));

/** Stored settings with one bad own word among good ones. */
const CORRUPT = { ...DEFAULT_SETTINGS, sensitivity: "high", custom: { terms: ["zorblax", 7], hashtags: [], links: [] } };
const aside = (at: number, dropped: string[], seen: boolean) => ({ at, raw: { version: 2, at }, dropped, seen });

describe("what was left out of the stored settings", () => {
  it("keeps the three newest originals aside, dropping the oldest first", async () => {
    const storage = fakeStorage({ [SETTINGS_KEY]: CORRUPT, [KEPT_ASIDE_KEY]: [aside(1, ["a"], true), aside(2, ["b"], true), aside(3, ["c"], true)] });
    expect((await updateSettings(storage, { frictionSeconds: 4 })).ok).toBe(true);
    const kept = storage.data[KEPT_ASIDE_KEY] as Array<{ at: number; raw: unknown; seen: boolean }>;
    expect(kept.map((entry) => entry.raw)).toEqual([{ version: 2, at: 2 }, { version: 2, at: 3 }, CORRUPT]);
    expect(kept.at(-1)?.seen).toBe(false);
    expect(storage.data[SETTINGS_KEY]).toMatchObject({ sensitivity: "high", frictionSeconds: 4, custom: { terms: ["zorblax"] } });
  });

  it("lists what earlier originals lost and the user has not read, then what the stored settings lose now", async () => {
    const storage = fakeStorage({ [SETTINGS_KEY]: CORRUPT, [KEPT_ASIDE_KEY]: [aside(1, ["earlier line"], false), aside(2, ["read line"], true)] });
    const dropped = await readDropped(storage);
    expect(dropped).toEqual(["earlier line", expect.stringMatching(/^custom\.terms\[1\]: .*\(was 7\)$/)]);
    expect(await readDropped(fakeStorage())).toEqual([]);
  });

  it("acknowledging settings that lost nothing marks every kept original read and keeps the settings", async () => {
    const settings: Settings = { ...DEFAULT_SETTINGS, frictionSeconds: 7 };
    const storage = fakeStorage({ [SETTINGS_KEY]: settings, [KEPT_ASIDE_KEY]: [aside(1, ["earlier line"], false)] });
    expect(await acknowledgeDropped(storage)).toEqual({ ok: true, value: settings });
    expect(storage.data[KEPT_ASIDE_KEY]).toEqual([aside(1, ["earlier line"], true)]);
    expect(await readDropped(storage)).toEqual([]);
  });

  it("a later clean write leaves the kept-aside list as it is", async () => {
    const list = [aside(1, ["earlier line"], false)];
    const storage = fakeStorage({ [KEPT_ASIDE_KEY]: list });
    const set = vi.spyOn(storage.local, "set");
    await updateSettings(storage, { frictionSeconds: 2 });
    expect(set).toHaveBeenCalledWith({ [SETTINGS_KEY]: expect.objectContaining({ frictionSeconds: 2 }) });
    expect(storage.data[KEPT_ASIDE_KEY]).toEqual(list);
  });

  it("refuses an import that does not validate and writes nothing", async () => {
    const storage = fakeStorage({ [SETTINGS_KEY]: CORRUPT });
    const before = structuredClone(storage.data);
    expect(await replaceSettings(storage, { sensitivity: "extreme" })).toEqual({ ok: false, errors: [expect.stringMatching(/^sensitivity: /)] });
    expect(storage.data).toEqual(before);
  });

  it("names an import from a newer version instead of failing on it", async () => {
    const result = await replaceSettings(fakeStorage(), { version: 99 });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors).toEqual([expect.stringMatching(/newer/i)]);
  });
});

describe("the organisation's policy", () => {
  it("is empty for anything but an object, and names each unknown entry while keeping the rest", () => {
    for (const raw of [undefined, null, "Sensitivity", 3]) expect(parsePolicy(raw)).toEqual({ policy: {}, errors: [] });
    expect(parsePolicy({ Sensitivity: "high", Colour: "red" })).toEqual({ policy: { Sensitivity: "high" }, errors: ["Colour: unknown policy"] });
  });

  it("is empty in a browser without managed storage", async () => {
    const storage = fakeStorage();
    delete storage.managed;
    expect(await readPolicy(storage)).toEqual({ policy: {}, errors: [] });
    expect((await readEffective(storage)).settings).toEqual(DEFAULT_SETTINGS);
  });

  it("is remembered for the next start only when it changed", async () => {
    const storage = fakeStorage({}, { Sensitivity: "high" });
    const set = vi.spyOn(storage.local, "set");
    const first = await readEffectiveEarly(storage);
    await first.settled;
    expect(first).toMatchObject({ known: true, now: { settings: { sensitivity: "high" } } });
    expect(set).toHaveBeenCalledWith({ [POLICY_SEEN_KEY]: { Sensitivity: "high" } });
    set.mockClear();
    await (await readEffectiveEarly(storage)).settled;
    await (await readEffectiveEarly(fakeStorage())).settled;
    expect(set).not.toHaveBeenCalled();
  });

  it("a remembered policy that cannot be written is no error", async () => {
    const storage = fakeStorage({}, { Sensitivity: "low" });
    vi.spyOn(storage.local, "set").mockRejectedValue(new Error("QUOTA_BYTES quota exceeded"));
    const early = await readEffectiveEarly(storage);
    expect((await early.settled).settings.sensitivity).toBe("low");
  });
});

describe("watching the settings", () => {
  it("ignores other stored keys and other areas, and stops when asked", async () => {
    const storage = fakeStorage();
    const added = vi.spyOn(storage.onChanged, "addListener");
    const seen = vi.fn();
    const stop = watchEffective(storage, seen);
    await storage.local.set({ stats: { flagged: 1 } });
    const listener = added.mock.calls[0]?.[0] as (changes: Record<string, unknown>, area: string) => void;
    listener({ [SETTINGS_KEY]: { newValue: DEFAULT_SETTINGS } }, "sync");
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(seen).not.toHaveBeenCalled();
    stop();
    await updateSettings(storage, { sensitivity: "high" });
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(seen).not.toHaveBeenCalled();
  });
});

describe("reading settings while the policy is slow", () => {
  it("a fresh install reads without a word about anything left out", async () => {
    expect(await readEffective(fakeStorage())).toMatchObject({ settings: DEFAULT_SETTINGS, errors: [] });
  });

  it("an unreadable kept-aside list is set aside as already read, so only the settings' own losses are listed", async () => {
    const storage = fakeStorage({ [SETTINGS_KEY]: CORRUPT, [KEPT_ASIDE_KEY]: "not a list" });
    await updateSettings(storage, { frictionSeconds: 4 });
    expect((storage.data[KEPT_ASIDE_KEY] as unknown[])[0]).toEqual({ at: 0, raw: "not a list", dropped: [`${KEPT_ASIDE_KEY}: unreadable`], seen: true });
    expect(await readDropped(storage)).toEqual([expect.stringMatching(/^custom\.terms\[1\]: /)]);
  });

  it("answers after the grace period with reveal off when the policy never comes", { timeout: 2_000 }, async () => {
    const storage = fakeStorage({ [SETTINGS_KEY]: { ...DEFAULT_SETTINGS, frictionSeconds: 5 } });
    storage.managed = { get: () => new Promise(() => undefined) };
    const early = await readEffectiveEarly(storage, 10);
    expect(early).toMatchObject({ known: false, now: { settings: { frictionSeconds: 5, allowReveal: false } } });
  });

  it("does not bring back settings a change replaced when a slow policy arrives afterwards", async () => {
    let answer: (policy: Record<string, unknown>) => void = () => undefined;
    const storage = fakeStorage({ [SETTINGS_KEY]: DEFAULT_SETTINGS });
    storage.managed = { get: () => new Promise((resolve) => (answer = resolve)) };
    const current = cachedEffective(storage, 10);
    expect((await current()).settings.frictionSeconds).toBe(3);
    const first = answer;
    await storage.local.set({ [SETTINGS_KEY]: { ...DEFAULT_SETTINGS, frictionSeconds: 9 } });
    expect((await current()).settings.frictionSeconds).toBe(9);
    first({});
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect((await current()).settings.frictionSeconds).toBe(9);
  });
});
