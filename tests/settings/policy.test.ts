import { describe, expect, it } from "vitest";
import { LOCKABLE, PolicySchema, mergeEffective } from "../../src/settings/policy.ts";
import { DEFAULT_SETTINGS, type Settings } from "../../src/settings/schema.ts";

const user = (changes: Partial<Settings>): Settings => ({ ...structuredClone(DEFAULT_SETTINGS), ...changes });

describe("what a school's policy sets, and what it leaves to the user", () => {
  it("applies each value the policy gives and locks exactly those settings", () => {
    const e = mergeEffective(user({}), {
      FrictionSeconds: 12,
      AllowReveal: false,
      ShowStatistics: false,
      OverlayStyle: "label",
    });
    expect(e.settings).toMatchObject({ frictionSeconds: 12, allowReveal: false, showStats: false, overlayStyle: "label" });
    expect([...e.locked].sort()).toEqual(["allowReveal", "frictionSeconds", "overlayStyle", "showStats"]);
  });

  it("keeps every choice the policy does not touch, and locks nothing without a policy", () => {
    const mine = user({ sensitivity: "high", frictionSeconds: 9, overlayStyle: "label", custom: { terms: ["zork"], hashtags: [], links: [] } });
    const e = mergeEffective(mine);
    expect(e.settings).toEqual(mine);
    expect(e.locked.size).toBe(0);
    expect(e.policy).toEqual({});
  });

  it("a zero-second countdown from the policy still applies: zero is a value, not a missing one", () => {
    const e = mergeEffective(user({ frictionSeconds: 10 }), { FrictionSeconds: 0, AllowReveal: false });
    expect(e.settings.frictionSeconds).toBe(0);
    expect(e.locked.has("frictionSeconds")).toBe(true);
  });

  it("forces the sites it names and keeps the user's choice for the others", () => {
    const e = mergeEffective(user({ sites: { x: false, reddit: true, "old-reddit": false } }), { Sites: { reddit: false } });
    expect(e.settings.sites).toEqual({ x: false, reddit: false, "old-reddit": false });
    expect(e.locked.has("sites")).toBe(true);
  });

  it("forces the packs it names and keeps the user's other pack choices", () => {
    const e = mergeEffective(user({ packs: { de: false, fr: false } }), { Packs: { fr: true, es: false } });
    expect(e.settings.packs).toEqual({ de: false, fr: true, es: false });
  });

  it("DisablePause lifts any pause the user set and locks pausing; DisablePause: false leaves it", () => {
    const paused = user({ pausedUntil: { x: 4_102_444_800_000 } });
    const e = mergeEffective(paused, { DisablePause: true });
    expect(e.settings.pausedUntil).toEqual({});
    expect([...e.locked]).toEqual(["pausedUntil"]);
    const free = mergeEffective(paused, { DisablePause: false });
    expect(free.settings.pausedUntil).toEqual({ x: 4_102_444_800_000 });
    expect(free.locked.size).toBe(0);
  });

  it("SearchNotice sets the search note either way and locks it; Locked: [\"searchNotice\"] keeps it on", () => {
    const off = user({ searchNotice: false });
    expect(mergeEffective(user({}), { SearchNotice: false })).toMatchObject({ settings: { searchNotice: false }, locked: new Set(["searchNotice"]) });
    expect(mergeEffective(off, { SearchNotice: true }).settings.searchNotice).toBe(true);
    expect(mergeEffective(off, { Locked: ["searchNotice"] })).toMatchObject({ settings: { searchNotice: true }, locked: new Set(["searchNotice"]) });
    expect(PolicySchema.safeParse({ SearchNotice: "off" }).success).toBe(false);
  });

  it("PinLesson is kept for the popup and locks no setting; anything but a boolean is refused", () => {
    const e = mergeEffective(user({ sensitivity: "high" }), { PinLesson: true });
    expect(e.policy.PinLesson).toBe(true);
    expect(e.settings.sensitivity).toBe("high");
    expect(e.locked.size).toBe(0);
    expect(PolicySchema.safeParse({ PinLesson: "yes" }).success).toBe(false);
  });

  it("locking everything resets the user's own words and lists to the defaults, and locks every lockable setting", () => {
    const mine = user({ custom: { terms: ["zork"], hashtags: [], links: [] }, disabledRules: ["leak-word"], sensitivity: "low" });
    const e = mergeEffective(mine, { Locked: "all", Sensitivity: "high" });
    expect(e.settings).toMatchObject({ custom: DEFAULT_SETTINGS.custom, disabledRules: [], sensitivity: "high" });
    expect([...e.locked].sort()).toEqual([...LOCKABLE].sort());
  });

  it("a Locked list without 'all' locks only what it names", () => {
    const e = mergeEffective(user({ sensitivity: "low", overlayStyle: "label" }), { Locked: ["sensitivity"] });
    expect(e.settings).toMatchObject({ sensitivity: "balanced", overlayStyle: "label" });
    expect([...e.locked]).toEqual(["sensitivity"]);
  });

  it("changing the effective settings changes neither the user's stored settings nor the defaults", () => {
    const mine = user({ custom: { terms: ["zork"], hashtags: [], links: [] } });
    const e = mergeEffective(mine, { Locked: ["allow"], Packs: { en: false } });
    e.settings.custom.terms.push("other");
    e.settings.allow.accounts.push("someone");
    e.settings.packs.de = false;
    expect(mine.custom.terms).toEqual(["zork"]);
    expect(mine.packs).toEqual({});
    expect(DEFAULT_SETTINGS.allow.accounts).toEqual([]);
  });
});

describe("which policies are valid", () => {
  const ok = (raw: unknown) => PolicySchema.safeParse(raw).success;

  it("takes a countdown of 0 to 30 whole seconds and nothing else", () => {
    expect([0, 30].map((FrictionSeconds) => ok({ FrictionSeconds }))).toEqual([true, true]);
    expect([-1, 31, 2.5, "5"].map((FrictionSeconds) => ok({ FrictionSeconds }))).toEqual([false, false, false, false]);
  });

  it("takes 'all' alone or in a list, and only lockable names", () => {
    expect(ok({ Locked: "all" })).toBe(true);
    expect(ok({ Locked: ["all"] })).toBe(true);
    expect(ok({ Locked: ["sensitivity", "custom"] })).toBe(true);
    expect(ok({ Locked: ["version"] })).toBe(false);
    expect(ok({ Locked: "sensitivity" })).toBe(false);
  });

  it("takes only the two overlay styles and the three sites", () => {
    expect(ok({ OverlayStyle: "blur" })).toBe(true);
    expect(ok({ OverlayStyle: "label" })).toBe(true);
    expect(ok({ OverlayStyle: "hide" })).toBe(false);
    expect(ok({ Sites: { x: false } })).toBe(true);
    expect(ok({ Sites: { x: "no" } })).toBe(false);
  });

  it("refuses extra terms the matcher could not honour", () => {
    expect(ok({ ExtraTerms: ["zorkbait"] })).toBe(true);
    expect(ok({ ExtraTerms: ["--"] })).toBe(false);
    expect(ok({ ExtraHashtags: ["a*b"] })).toBe(false);
    expect(ok({ ExtraLinks: ["t.me"] })).toBe(true);
    expect(ok({ ExtraLinks: ["not a host"] })).toBe(false);
  });
});
