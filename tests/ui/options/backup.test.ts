// @vitest-environment jsdom
import { readFileSync } from "node:fs";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { BACKUP_FORMAT } from "../../../src/settings/backup.ts";
import { DEFAULT_SETTINGS, SettingsSchema, type Settings } from "../../../src/settings/schema.ts";
import { SETTINGS_KEY } from "../../../src/settings/storage.ts";
import { setMessageLookup } from "../../../src/ui/kit/i18n.ts";
import { mountOptions } from "../../../src/ui/options/page.ts";
import { EXPORT_FILE_NAME } from "../../../src/ui/options/panes/backup.ts";
import { shippedModel } from "../../background/model/models.ts";
import { lookupFor } from "../messages.ts";
import { byId, click, fakeStorage, pickFile, settle } from "../page-helpers.ts";

vi.mock("webextension-polyfill", () => ({ default: {} }));

/** Settings worth losing: own words, trusted sources, an imported pack and a sensitivity of the user's choice. */
const CHOSEN: Settings = SettingsSchema.parse({
  sensitivity: "high",
  custom: { terms: ["zorblax", "quuxleak"], hashtags: ["zorbtag"], links: [] },
  allow: { accounts: ["newsdesk"], communities: [], domains: ["example.org"] },
  userPacks: [
    {
      id: "school",
      name: "School words",
      version: "1.0.0",
      languages: ["en"],
      description: "Words our school sees.",
      rules: [{ id: "school-leak", kind: "signal", description: "The school's leak channel", category: "intimate-leak", weight: 0.6, terms: ["hallway leaks"] }],
    },
  ],
});

let stop: (() => void) | null = null;
async function open(settings: Settings = CHOSEN, managed?: Record<string, unknown>) {
  const storage = fakeStorage({ [SETTINGS_KEY]: settings }, managed);
  const download = vi.fn();
  stop = await mountOptions(document.body, { storage, download, model: shippedModel });
  return { storage, download, stored: () => storage.data[SETTINGS_KEY] as Settings };
}
const status = () => byId("opt-backup-status").textContent ?? "";
const changes = () => [...byId("opt-import-changes").querySelectorAll("li")].map((li) => li.textContent);

beforeEach(() => {
  setMessageLookup(lookupFor("en"));
  document.body.replaceChildren();
});
afterEach(() => {
  stop?.();
  setMessageLookup(null);
});

describe("settings import", () => {
  it.each([
    ["a rule pack (the built-in en.json)", readFileSync("src/rules/packs/en.json", "utf8"), "This file is a rule pack, not a settings backup. Add it under “Imported rule packs”"],
    ["an empty object", "{}", "This file is empty: it holds no settings."],
    ["JSON of something else", '{"hello":1}', "This file is not a Second Look settings backup."],
    ["a list", "[1, 2]", "This file is not a Second Look settings backup."],
    ["a bare setting without version or marker", '{"sensitivity":"low"}', "This file is not a Second Look settings backup."],
    ["not JSON", "sensitivity = low", "This file is not valid JSON."],
  ])("refuses %s, says what the file is, and changes nothing", async (_what, text, says) => {
    const { storage } = await open();
    const before = structuredClone(storage.data);
    pickFile("opt-import", text);
    await settle();
    expect(status()).toContain("The file was not imported and nothing was changed.");
    expect(status()).toContain(says);
    expect(status()).not.toContain("Settings imported.");
    expect(byId("opt-import-confirm").hidden).toBe(true);
    expect(storage.data).toEqual(before);
  });

  it("names each bad field of a backup and imports nothing", async () => {
    const { storage } = await open();
    const before = structuredClone(storage.data);
    pickFile("opt-import", JSON.stringify({ format: BACKUP_FORMAT, version: 2, sensitivity: "extreme", custom: { terms: ["ok", "a*b"] } }));
    await settle();
    expect(status()).toContain("nothing was changed");
    expect(status()).toContain('sensitivity: Choose one of these: "low", "balanced", or "high".');
    expect(status()).toContain("custom.terms[1]: * may stand only at the start or the end of a word.");
    expect(storage.data).toEqual(before);
  });

  it("names a backup's bad fields in the reader's language, in words and not in the schema's notation", async () => {
    setMessageLookup(lookupFor("de"));
    await open();
    pickFile("opt-import", JSON.stringify({ format: BACKUP_FORMAT, version: 2, sensitivity: "extreme", frictionSeconds: 2.5, custom: { terms: ["ok", "a*b"] } }));
    await settle();
    expect(status()).toContain('sensitivity: Wähle eines davon: "low", "balanced" oder "high".');
    expect(status()).toContain("frictionSeconds: Schreib eine ganze Zahl ohne Nachkommastellen.");
    expect(status()).toContain("custom.terms[1]: * darf nur am Anfang oder am Ende eines Wortes stehen.");
    expect(status()).not.toMatch(/expected|"low"\|/);
  });

  it("refuses a newer version's backup, saying to update, and imports nothing", async () => {
    const { storage } = await open();
    const before = structuredClone(storage.data);
    pickFile("opt-import", JSON.stringify({ format: BACKUP_FORMAT, version: 3, sensitivity: "low" }));
    await settle();
    expect(status()).toContain("settings from a newer Second Look (version 3); update the extension");
    expect(byId("opt-import-confirm").hidden).toBe(true);
    expect(storage.data).toEqual(before);
  });

  it("shows what a backup would change and replaces nothing until confirmed; cancel keeps everything", async () => {
    const { stored } = await open();
    const backup = { format: BACKUP_FORMAT, version: 2, frictionSeconds: 9, custom: { terms: ["onlyleaks"] } };
    pickFile("opt-import", JSON.stringify(backup));
    await settle();
    expect(byId("opt-import-confirm").hidden).toBe(false);
    expect(document.activeElement?.id).toBe("opt-import-no");
    expect(changes()).toEqual([
      "Sensitivity: High: flag on weaker signs too (more false alarms) → Balanced (recommended)",
      "Seconds before “Share anyway” can be pressed: 3 → 9",
      "Your own words: 3 → 1",
      "Trusted sources: 2 → 0",
      "Imported rule packs: School words → none",
    ]);
    expect(stored()).toEqual(CHOSEN);

    click("opt-import-no");
    await settle();
    expect(status()).toContain("Import cancelled. Nothing was changed.");
    expect(byId("opt-import-confirm").hidden).toBe(true);
    expect(stored()).toEqual(CHOSEN);

    pickFile("opt-import", JSON.stringify(backup));
    await settle();
    click("opt-import-yes");
    await settle();
    expect(status()).toContain("Settings imported.");
    expect(stored()).toMatchObject({ sensitivity: "balanced", frictionSeconds: 9, custom: { terms: ["onlyleaks"] }, userPacks: [] });
    expect(byId<HTMLInputElement>("opt-friction").value).toBe("9");
  });

  it("exports a marked file of the user's own settings, which imports back with nothing to change", async () => {
    const { download, storage } = await open();
    click("opt-export");
    await settle();
    const [name, text] = download.mock.calls[0] as [string, string];
    expect(name).toBe(EXPORT_FILE_NAME);
    expect(JSON.parse(text)).toEqual({ format: BACKUP_FORMAT, ...CHOSEN });
    const before = structuredClone(storage.data);
    pickFile("opt-import", text);
    await settle();
    expect(status()).toContain("This file holds the settings you already have.");
    expect(storage.data).toEqual(before);
  });

  it("still imports an export written before the marker, and a version 1 export", async () => {
    const { stored } = await open(DEFAULT_SETTINGS);
    pickFile("opt-import", JSON.stringify({ ...DEFAULT_SETTINGS, frictionSeconds: 12 }));
    await settle();
    expect(changes()).toEqual(["Seconds before “Share anyway” can be pressed: 3 → 12"]);
    click("opt-import-yes");
    await settle();
    expect(stored().frictionSeconds).toBe(12);

    pickFile("opt-import", JSON.stringify({ countdown: 5, reveal: false, keywords: ["zorblax"] }));
    await settle();
    expect(changes()).toContain("Let me show a flagged post: on → off");
    click("opt-import-yes");
    await settle();
    expect(stored()).toMatchObject({ frictionSeconds: 5, allowReveal: false, custom: { terms: ["zorblax"] } });
  });

  it("does not offer what the organisation locked, and keeps it", async () => {
    const { stored } = await open(CHOSEN, { Sensitivity: "high" });
    pickFile("opt-import", JSON.stringify({ format: BACKUP_FORMAT, ...CHOSEN, sensitivity: "low", frictionSeconds: 8 }));
    await settle();
    expect(changes()).toEqual(["Seconds before “Share anyway” can be pressed: 3 → 8"]);
    click("opt-import-yes");
    await settle();
    expect(stored()).toMatchObject({ sensitivity: "high", frictionSeconds: 8 });
  });

  it("says the import failed, never that it was done, when the browser refuses the write", async () => {
    const { storage, stored } = await open();
    vi.spyOn(storage.local, "set").mockRejectedValueOnce(new Error("QUOTA_BYTES quota exceeded"));
    pickFile("opt-import", JSON.stringify({ format: BACKUP_FORMAT, ...CHOSEN, frictionSeconds: 8 }));
    await settle();
    click("opt-import-yes");
    await settle();
    expect(status()).toContain("The file was not imported and nothing was changed.");
    expect(status()).toContain("QUOTA_BYTES quota exceeded");
    expect(status()).not.toContain("Settings imported.");
    expect(stored()).toEqual(CHOSEN);
  });
});
