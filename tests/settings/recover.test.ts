import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { DEFAULT_SETTINGS, SettingsSchema, type SettingKey, type Settings } from "../../src/settings/schema.ts";
import { KEPT_ASIDE_KEY, SETTINGS_KEY, acknowledgeDropped, readDropped, readEffective, recoverSettings, replaceSettings, updateSettings } from "../../src/settings/storage.ts";
import { fakeStorage } from "./fake-storage.ts";
import { setMessageLookup } from "../../src/ui/kit/i18n.ts";
import { lookupFor } from "../ui/messages.ts";

// What the settings say is shown to the reader, in the UI language: these read it in English.
beforeAll(() => setMessageLookup(lookupFor("en")));
afterAll(() => setMessageLookup(null));

const word = fc.constantFrom("zorblax", "quuxleak", "leak*", "full video", "hallway leaks", "onlyleaks");
/** Valid settings of every kind a user can choose, none of them the defaults by design. */
const settingsArb: fc.Arbitrary<Settings> = fc
  .record({
    sensitivity: fc.constantFrom("low", "balanced", "high"),
    packs: fc.dictionary(fc.constantFrom("en", "de", "es", "core"), fc.boolean()),
    disabledRules: fc.uniqueArray(fc.constantFrom("leak-word", "request-phrase", "file-host-link")),
    model: fc.boolean(),
    frictionSeconds: fc.integer({ min: 0, max: 30 }),
    overlayStyle: fc.constantFrom("blur", "label"),
    allowReveal: fc.boolean(),
    showStats: fc.boolean(),
    sites: fc.record({ x: fc.boolean(), reddit: fc.boolean(), "old-reddit": fc.boolean() }),
    custom: fc.record({ terms: fc.array(word, { maxLength: 6 }), hashtags: fc.array(word, { maxLength: 3 }), links: fc.array(fc.constantFrom("t.me", "example.org"), { maxLength: 3 }) }),
    allow: fc.record({
      accounts: fc.array(fc.constantFrom("jane_doe", "newsdesk"), { maxLength: 3 }),
      communities: fc.array(fc.constantFrom("news", "askreddit"), { maxLength: 3 }),
      domains: fc.array(fc.constantFrom("example.org", "bbc.co.uk"), { maxLength: 3 }),
    }),
    pausedUntil: fc.dictionary(fc.constantFrom("x", "reddit", "old-reddit"), fc.integer({ min: 0 })),
  })
  .map((s) => SettingsSchema.parse(s));

const FIELDS = Object.keys(SettingsSchema.shape).filter((k) => k !== "version") as SettingKey[];
/** Values no setting accepts: the wrong type, a wrong item, an unknown key. */
const badValue = fc.constantFrom<unknown>(42, "nope", null, true, [{}], { "": 1 });
/** Items no list of the user's accepts: an over-long word (as version 1 allowed), a number, a pattern the matcher cannot use, a blank. */
const badItem = fc.constantFrom<unknown>("x".repeat(120), 7, "a*b", "   ", null, { term: "zorblax" });

describe("recovering stored settings", () => {
  it("keeps every valid field when any one field is corrupt, and names the one it dropped", () => {
    fc.assert(
      fc.property(settingsArb, fc.constantFrom(...FIELDS), badValue, (settings, field, bad) => {
        fc.pre(!SettingsSchema.shape[field].safeParse(bad).success);
        const { settings: recovered, dropped } = recoverSettings({ ...settings, [field]: bad });
        expect(recovered).toEqual({ ...settings, [field]: DEFAULT_SETTINGS[field] });
        expect(dropped.length).toBeGreaterThan(0);
        expect(dropped.every((line) => line.startsWith(field))).toBe(true);
      }),
    );
  });

  it("drops only the bad item of a list, wherever it is, and names it with its position", () => {
    const lists = [["custom", "terms"], ["custom", "hashtags"], ["custom", "links"], ["allow", "accounts"], ["allow", "communities"], ["allow", "domains"], ["disabledRules"]] as const;
    fc.assert(
      fc.property(settingsArb, fc.constantFrom(...lists), badItem, fc.nat(), (settings, list, bad, at) => {
        const raw = structuredClone(settings) as unknown as Record<string, Record<string, unknown[]> | unknown[]>;
        const items = (list.length === 2 ? (raw[list[0]] as Record<string, unknown[]>)[list[1]] : raw[list[0]]) as unknown[];
        const index = at % (items.length + 1);
        items.splice(index, 0, bad);
        fc.pre(!SettingsSchema.safeParse(raw).success);
        const { settings: recovered, dropped } = recoverSettings(raw);
        expect(recovered).toEqual(settings);
        expect(dropped).toEqual([expect.stringMatching(new RegExp(`^${list.join("\\.")}\\[${index}\\]: .* \\(was `))]);
      }),
    );
  });

  it("migrates version 1 data and keeps every keyword but the over-long one", () => {
    const keywords = Array.from({ length: 40 }, (_, i) => `leakword${i}`);
    const { settings, dropped } = recoverSettings({ version: 1, countdown: 8, reveal: false, keywords: [...keywords.slice(0, 20), "y".repeat(101), ...keywords.slice(20)] });
    expect(settings).toMatchObject({ frictionSeconds: 8, allowReveal: false, custom: { terms: keywords } });
    expect(dropped).toEqual([expect.stringMatching(/^custom\.terms\[20\]: Use at most 100 characters\. \(was "y{50}/)]);
  });

  it("keeps what it understands of a newer version's data and says what it could not", () => {
    const { settings, dropped } = recoverSettings({ version: 3, sensitivity: "high", custom: { terms: ["zorblax"], phrases: ["two words"] }, theme: "dark", frictionSeconds: "3s" });
    expect(settings).toEqual({ ...DEFAULT_SETTINGS, sensitivity: "high", custom: { terms: ["zorblax"], hashtags: [], links: [] } });
    expect(dropped).toEqual([
      expect.stringMatching(/^version: settings from a newer Second Look \(version 3\)/),
      'custom.phrases: not a setting this version knows (was ["two words"])',
      'theme: not a setting this version knows (was "dark")',
      "frictionSeconds: Write a number here. (was \"3s\")",
    ]);
  });

  it("says what it left out in the reader's language", () => {
    setMessageLookup(lookupFor("de"));
    try {
      const { dropped } = recoverSettings({ version: 3, theme: "dark", frictionSeconds: 45 });
      expect(dropped).toEqual([
        expect.stringMatching(/^version: Einstellungen aus einem neueren Second Look \(Version 3\); .*; die Einstellungen, die diese Version kennt, wurden behalten$/),
        'theme: keine Einstellung, die diese Version kennt (war "dark")',
        "frictionSeconds: Nimm eine Zahl bis höchstens 30. (war 45)",
      ]);
    } finally {
      setMessageLookup(lookupFor("en"));
    }
  });

  it("keeps the first 500 own words of an over-long list", () => {
    const terms = Array.from({ length: 503 }, (_, i) => `leakword${i}`);
    const { settings, dropped } = recoverSettings({ custom: { terms } });
    expect(settings.custom.terms).toEqual(terms.slice(0, 500));
    expect(dropped).toEqual([expect.stringMatching(/^custom\.terms\[500\]…: .*\(3 left out\)$/)]);
  });

  it("falls back to the defaults for something that is not settings at all, and says so", () => {
    expect(recoverSettings("garbage")).toEqual({ settings: DEFAULT_SETTINGS, dropped: ['(root): not a settings object (was "garbage")'] });
  });
});

/** The case: 40 own words and one bad handle; the popup's pause used to write the defaults over them. */
const CORRUPT = {
  version: 2,
  sensitivity: "high",
  custom: { terms: Array.from({ length: 40 }, (_, i) => `leakword${i}`), hashtags: [], links: [] },
  allow: { accounts: ["jane_doe", "two words"], communities: [], domains: [] },
};

describe("writing over settings that could not be read whole", () => {
  it("writes the recovered settings, keeps the original aside, and lists what was dropped until acknowledged", async () => {
    const storage = fakeStorage({ [SETTINGS_KEY]: CORRUPT });
    const read = await readEffective(storage);
    expect(read.settings.custom.terms).toHaveLength(40);
    expect(read.errors).toEqual([expect.stringMatching(/^allow\.accounts\[1\]: .*\(was "two words"\)$/)]);
    expect(storage.data[SETTINGS_KEY]).toEqual(CORRUPT);

    // What the popup's "pause on this site" does.
    expect((await updateSettings(storage, { pausedUntil: { x: 123 } })).ok).toBe(true);
    const written = storage.data[SETTINGS_KEY] as Settings;
    expect(written.custom.terms).toHaveLength(40);
    expect(written).toMatchObject({ sensitivity: "high", allow: { accounts: ["jane_doe"] }, pausedUntil: { x: 123 } });
    expect(storage.data[KEPT_ASIDE_KEY]).toEqual([{ at: expect.any(Number), raw: CORRUPT, dropped: read.errors, seen: false }]);
    expect(await readDropped(storage)).toEqual(read.errors);

    // Later writes neither keep the clean settings aside nor overwrite the original.
    await updateSettings(storage, { frictionSeconds: 9 });
    expect(storage.data[KEPT_ASIDE_KEY]).toEqual([expect.objectContaining({ raw: CORRUPT })]);

    expect((await acknowledgeDropped(storage)).ok).toBe(true);
    expect(await readDropped(storage)).toEqual([]);
    expect(storage.data[KEPT_ASIDE_KEY]).toEqual([expect.objectContaining({ raw: CORRUPT, seen: true })]);
    expect((storage.data[SETTINGS_KEY] as Settings).frictionSeconds).toBe(9);
  });

  it("acknowledging before any write keeps the original aside and writes what was recovered", async () => {
    const storage = fakeStorage({ [SETTINGS_KEY]: CORRUPT });
    expect(await readDropped(storage)).toHaveLength(1);
    await acknowledgeDropped(storage);
    expect(await readDropped(storage)).toEqual([]);
    expect(storage.data[KEPT_ASIDE_KEY]).toEqual([expect.objectContaining({ raw: CORRUPT, seen: true })]);
    expect((storage.data[SETTINGS_KEY] as Settings).custom.terms).toHaveLength(40);
  });

  it("keeps a kept-aside list it cannot read aside too, rather than overwrite it", async () => {
    const storage = fakeStorage({ [SETTINGS_KEY]: CORRUPT, [KEPT_ASIDE_KEY]: "not a list" });
    await updateSettings(storage, { frictionSeconds: 4 });
    expect(storage.data[KEPT_ASIDE_KEY]).toEqual([expect.objectContaining({ raw: "not a list" }), expect.objectContaining({ raw: CORRUPT, seen: false })]);
  });

  it("reports a write the browser refuses (quota) and changes nothing stored", async () => {
    await fc.assert(
      fc.asyncProperty(settingsArb, fc.constantFrom<Partial<Settings>>({ frictionSeconds: 5 }, { sensitivity: "low" }, { pausedUntil: { x: 1 } }), async (settings, change) => {
        const storage = fakeStorage({ [SETTINGS_KEY]: settings });
        vi.spyOn(storage.local, "set").mockRejectedValue(new Error("QUOTA_BYTES quota exceeded"));
        const before = structuredClone(storage.data);
        expect(await updateSettings(storage, change)).toEqual({ ok: false, errors: [expect.stringMatching(/did not save the settings \(QUOTA_BYTES quota exceeded\)/)] });
        expect(await replaceSettings(storage, {})).toEqual({ ok: false, errors: [expect.stringMatching(/did not save the settings/)] });
        expect(storage.data).toEqual(before);
        expect((await readEffective(storage)).settings).toEqual(settings);
      }),
      { numRuns: 30 },
    );
  });
});
