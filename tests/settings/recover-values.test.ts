import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_SETTINGS } from "../../src/settings/schema.ts";
import { recoverSettings } from "../../src/settings/storage.ts";
import { setMessageLookup } from "../../src/ui/kit/i18n.ts";
import { lookupFor } from "../ui/messages.ts";

// What the options page lists after recovery must let the user find and write again what was left out.
beforeAll(() => setMessageLookup(lookupFor("en")));
afterAll(() => setMessageLookup(null));

describe("what recovery says it left out", () => {
  it("shows a long value cut to one line, and a short one whole", () => {
    const long = "x".repeat(120);
    const short = "y".repeat(58);
    const { settings, dropped } = recoverSettings({ custom: { terms: ["zorblax", long, 7] }, sensitivity: short });
    expect(settings.custom.terms).toEqual(["zorblax"]);
    expect(dropped).toEqual([
      expect.stringMatching(new RegExp(`^sensitivity: .* \\(was "${short}"\\)$`)),
      expect.stringMatching(new RegExp(`^custom\\.terms\\[1\\]: .* \\(was "${"x".repeat(58)}…\\)$`)),
      expect.stringMatching(/^custom\.terms\[2\]: .* \(was 7\)$/),
    ]);
  });

  it("keeps the good entries of a map and names each bad one by its key", () => {
    const { settings, dropped } = recoverSettings({ packs: { en: false, de: "off" }, pausedUntil: { x: 5, reddit: "soon" } });
    expect(settings).toMatchObject({ packs: { en: false }, pausedUntil: { x: 5 } });
    expect(dropped).toEqual([expect.stringMatching(/^packs\.de: .* \(was "off"\)$/), expect.stringMatching(/^pausedUntil\.reddit: .* \(was "soon"\)$/)]);
  });

  it("names an unknown field inside a known group, and keeps the group", () => {
    const { settings, dropped } = recoverSettings({ allow: { accounts: ["newsdesk"], people: ["x"] }, sites: { x: false, facebook: true } });
    expect(settings).toMatchObject({ allow: { accounts: ["newsdesk"] }, sites: { x: false, reddit: true } });
    expect(dropped).toEqual(['allow.people: not a setting this version knows (was ["x"])', "sites.facebook: not a setting this version knows (was true)"]);
  });

  it("falls back to a group's defaults when the group is not an object, naming it", () => {
    const { settings, dropped } = recoverSettings({ custom: "zorblax", sensitivity: "high" });
    expect(settings).toEqual({ ...DEFAULT_SETTINGS, sensitivity: "high" });
    expect(dropped).toEqual([expect.stringMatching(/^custom: .* \(was "zorblax"\)$/)]);
  });

  it("reads settings that are whole without a word", () => {
    expect(recoverSettings({ ...DEFAULT_SETTINGS, sensitivity: "low" })).toEqual({ settings: { ...DEFAULT_SETTINGS, sensitivity: "low" }, dropped: [] });
  });
});
