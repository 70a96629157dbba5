import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { migrate } from "../../src/settings/migrations.ts";
import { LOCKABLE, mergeEffective } from "../../src/settings/policy.ts";
import { packsFor } from "../../src/settings/rule-packs.ts";
import { DEFAULT_SETTINGS, SETTINGS_VERSION } from "../../src/settings/schema.ts";
import { POLICY_GRACE_MS, POLICY_SEEN_KEY, cachedEffective, parsePolicy, parseSettings, readEffective, replaceSettings, updateSettings, watchEffective } from "../../src/settings/storage.ts";
import { compileEngine } from "../../src/rules/engine.ts";
import { fakeStorage } from "./fake-storage.ts";
import { setMessageLookup } from "../../src/ui/kit/i18n.ts";
import { lookupFor } from "../ui/messages.ts";

// What the settings say is shown to the reader, in the UI language: these read it in English.
beforeAll(() => setMessageLookup(lookupFor("en")));
afterAll(() => setMessageLookup(null));

describe("settings schema and migrations", () => {
  it("fills every default from an empty object", () => {
    expect(DEFAULT_SETTINGS).toMatchObject({ version: SETTINGS_VERSION, sensitivity: "balanced", frictionSeconds: 3, allowReveal: true, overlayStyle: "blur" });
  });
  it("migrates version 1 settings", () => {
    const parsed = parseSettings({ version: 1, countdown: 8, reveal: false, keywords: ["zork"] });
    expect(parsed).toMatchObject({ ok: true, value: { version: 2, frictionSeconds: 8, allowReveal: false, custom: { terms: ["zork"] } } });
  });
  it("refuses settings from a newer version with a clear error", () => {
    expect(() => migrate({ version: 99 })).toThrow(/newer Second Look/);
    expect(parseSettings({ version: 99 })).toEqual({ ok: false, errors: [expect.stringMatching(/^version: /)] });
  });
  it("names the bad field", () => {
    const parsed = parseSettings({ frictionSeconds: 500, custom: { terms: ["ok", "a*b"] }, allow: { communities: ["r/fine", "no spaces"] } });
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) {
      expect(parsed.errors).toContain("frictionSeconds: Use a number no larger than 30.");
      expect(parsed.errors.some((e) => e.startsWith("custom.terms[1]: "))).toBe(true);
      expect(parsed.errors).toContain("allow.communities[1]: Write a subreddit name such as r/news.");
    }
  });
  it("normalises allow-list entries", () => {
    const parsed = parseSettings({ allow: { accounts: ["@Some_One"], communities: ["r/News"], domains: ["https://www.Example.org/x"] } });
    expect(parsed).toMatchObject({ ok: true, value: { allow: { accounts: ["some_one"], communities: ["news"], domains: ["example.org"] } } });
  });
  it("says what to write for a bad allow-list entry", () => {
    const parsed = parseSettings({ allow: { accounts: ["two words"], domains: ["localhost"] } });
    expect(parsed).toEqual({
      ok: false,
      errors: ["allow.accounts[0]: Use letters, digits, _ or - only, such as @jane_doe or u/jane_doe.", "allow.domains[0]: Write a host name such as example.org."],
    });
  });
});

describe("policy merge", () => {
  it("lets policy values win and locks them", () => {
    const user = { ...DEFAULT_SETTINGS, sensitivity: "low" as const, frictionSeconds: 10 };
    const e = mergeEffective(user, { Sensitivity: "high", Packs: { es: false } });
    expect(e.settings).toMatchObject({ sensitivity: "high", frictionSeconds: 10, packs: { es: false } });
    expect([...e.locked].sort()).toEqual(["packs", "sensitivity"]);
  });
  it("resets locked settings without a policy value to the defaults", () => {
    const user = { ...DEFAULT_SETTINGS, allowReveal: false, showStats: false };
    expect(mergeEffective(user, { Locked: ["allowReveal"] }).settings).toMatchObject({ allowReveal: true, showStats: false });
    expect(mergeEffective(user, { Locked: "all" }).settings).toMatchObject({ allowReveal: true, showStats: true });
    expect(mergeEffective(user, { Locked: ["all"] }).locked.size).toBe(LOCKABLE.length);
  });
  it("LearnedCheck sets the learned check either way and locks it; Locked: [\"model\"] keeps it on", () => {
    const off = { ...DEFAULT_SETTINGS, model: false };
    for (const value of [true, false]) {
      const e = mergeEffective(value ? off : DEFAULT_SETTINGS, { LearnedCheck: value });
      expect(e.settings.model).toBe(value);
      expect([...e.locked]).toEqual(["model"]);
    }
    expect(mergeEffective(off, { Locked: ["model"] }).settings.model).toBe(true);
    expect(mergeEffective(off, {}).settings.model).toBe(false);
    expect(parsePolicy({ LearnedCheck: "no" }).errors).toEqual([expect.stringMatching(/^LearnedCheck: /)]);
  });
  it("drops only the invalid policy entries, naming them", () => {
    const { policy, errors } = parsePolicy({ Sensitivity: "extreme", FrictionSeconds: 5, Nope: 1 });
    expect(policy).toEqual({ FrictionSeconds: 5 });
    expect(errors).toEqual([expect.stringMatching(/^Sensitivity: /), "Nope: unknown policy"]);
  });
  it("adds the organisation's terms and forces packs off", () => {
    const e = mergeEffective(DEFAULT_SETTINGS, { ExtraTerms: ["zorkbait"], Packs: { en: false } });
    const packs = packsFor(e);
    expect(packs.map((p) => p.id)).not.toContain("en");
    const engine = compileEngine(packs, { sensitivity: e.settings.sensitivity });
    expect(engine.evaluate({ text: "new zorkbait here" }).verdict).toBe("flag");
    expect(engine.evaluate({ text: "new bait here" }).verdict).toBe("ok");
  });
});

describe("settings storage", () => {
  it("reads defaults when nothing is stored, and keeps a corrupt stored object untouched", async () => {
    expect((await readEffective(fakeStorage())).settings).toEqual(DEFAULT_SETTINGS);
    const storage = fakeStorage({ settings: { sensitivity: 42 } });
    const e = await readEffective(storage);
    expect(e.settings).toEqual(DEFAULT_SETTINGS);
    expect(e.errors[0]).toMatch(/^sensitivity: /);
    expect(storage.data.settings).toEqual({ sensitivity: 42 });
  });
  it("writes a valid change and refuses an invalid one without touching storage", async () => {
    const storage = fakeStorage();
    expect((await updateSettings(storage, { frictionSeconds: 5 })).ok).toBe(true);
    const before = structuredClone(storage.data);
    const bad = await updateSettings(storage, { frictionSeconds: -1 });
    expect(bad).toEqual({ ok: false, errors: [expect.stringMatching(/^frictionSeconds: /)] });
    expect(storage.data).toEqual(before);
  });
  it("refuses to change what the organisation locked", async () => {
    const storage = fakeStorage({}, { Locked: ["sensitivity"] });
    expect(await updateSettings(storage, { sensitivity: "low" })).toEqual({ ok: false, errors: ["sensitivity: set by your organisation"] });
    expect(storage.data.settings).toBeUndefined();
  });
  it("refuses to switch the learned check back on when the organisation switched it off, even by import", async () => {
    const storage = fakeStorage({}, { LearnedCheck: false });
    expect(await updateSettings(storage, { model: true })).toEqual({ ok: false, errors: ["model: set by your organisation"] });
    expect((await replaceSettings(storage, { ...DEFAULT_SETTINGS, model: true })).ok).toBe(true);
    expect((await readEffective(storage)).settings.model).toBe(false);
  });
  it("imports a whole file but keeps locked settings", async () => {
    const storage = fakeStorage({ settings: { ...DEFAULT_SETTINGS, allowReveal: true } }, { Locked: ["allowReveal"] });
    const result = await replaceSettings(storage, { sensitivity: "high", allowReveal: false });
    expect(result.ok).toBe(true);
    expect(storage.data.settings).toMatchObject({ sensitivity: "high", allowReveal: true });
  });
  it("keeps effective settings between reads and reads again after a user or policy change", async () => {
    const storage = fakeStorage();
    const reads = vi.spyOn(storage.local, "get");
    const current = cachedEffective(storage);
    expect((await current()).settings.sensitivity).toBe("balanced");
    await current();
    expect(reads).toHaveBeenCalledTimes(1);
    await updateSettings(storage, { sensitivity: "high" });
    expect((await current()).settings.sensitivity).toBe("high");
    storage.setManaged({ Sensitivity: "low" });
    expect((await current()).settings.sensitivity).toBe("low");
    // A change to other keys (statistics, badge counts) keeps what was read.
    const before = reads.mock.calls.length;
    await storage.local.set({ stats: { flagged: 1 } });
    await current();
    expect(reads).toHaveBeenCalledTimes(before);
  });

  it("does not keep a read that a change overtook, nor a failed one", async () => {
    const storage = fakeStorage();
    const current = cachedEffective(storage);
    const overtaken = current();
    await storage.local.set({ settings: { ...DEFAULT_SETTINGS, sensitivity: "high" } });
    await overtaken;
    expect((await current()).settings.sensitivity).toBe("high");

    const failing = fakeStorage();
    const get = vi.spyOn(failing.local, "get").mockRejectedValueOnce(new Error("storage unavailable"));
    const read = cachedEffective(failing);
    await expect(read()).rejects.toThrow("storage unavailable");
    expect((await read()).settings.sensitivity).toBe("balanced");
    expect(get).toHaveBeenCalledTimes(2);
  });

  it("answers without a slow policy read, reveal off until it is known; the settled read and every read after it have the policy", async () => {
    vi.useFakeTimers();
    try {
      let readPolicy: (policy: Record<string, unknown>) => void = () => {};
      const storage = fakeStorage({ settings: { ...DEFAULT_SETTINGS, frictionSeconds: 5 } });
      storage.managed = { get: () => new Promise((resolve) => (readPolicy = resolve)) };
      const current = cachedEffective(storage);
      const first = current();
      await vi.advanceTimersByTimeAsync(POLICY_GRACE_MS);
      expect((await first).settings).toMatchObject({ frictionSeconds: 5, sensitivity: "balanced", allowReveal: false });
      let settled: { settings: { sensitivity: string } } | undefined;
      void current({ settled: true }).then((e) => (settled = e));
      await vi.advanceTimersByTimeAsync(1_000);
      expect(settled).toBeUndefined();

      readPolicy({ Sensitivity: "high" });
      await vi.advanceTimersByTimeAsync(0);
      expect(settled?.settings.sensitivity).toBe("high");
      expect((await current()).settings).toMatchObject({ sensitivity: "high", allowReveal: true, frictionSeconds: 5 });

      // The next start follows the policy last seen until the browser has read it again, validated like it.
      const restarted = cachedEffective(storage);
      const early = restarted();
      await vi.advanceTimersByTimeAsync(POLICY_GRACE_MS);
      expect((await early).settings).toMatchObject({ sensitivity: "high", allowReveal: false });
      await storage.local.set({ [POLICY_SEEN_KEY]: { Sensitivity: "extreme", FrictionSeconds: 9 } });
      const tampered = cachedEffective(storage)();
      await vi.advanceTimersByTimeAsync(POLICY_GRACE_MS);
      expect((await tampered).settings).toMatchObject({ sensitivity: "balanced", frictionSeconds: 9 });
    } finally {
      vi.useRealTimers();
    }
  });

  it("tells watchers about user and policy changes", async () => {
    const storage = fakeStorage();
    const seen = vi.fn();
    const stop = watchEffective(storage, seen);
    await updateSettings(storage, { sensitivity: "high" });
    await vi.waitFor(() => expect(seen).toHaveBeenCalledWith(expect.objectContaining({ settings: expect.objectContaining({ sensitivity: "high" }) })));
    storage.setManaged({ Sensitivity: "low" });
    await vi.waitFor(() => expect(seen).toHaveBeenLastCalledWith(expect.objectContaining({ settings: expect.objectContaining({ sensitivity: "low" }) })));
    stop();
  });
});
