import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BACKUP_FORMAT, backupText, changedSettings, readBackup } from "../../src/settings/backup.ts";
import { DEFAULT_SETTINGS, SettingsSchema } from "../../src/settings/schema.ts";
import { setMessageLookup } from "../../src/ui/kit/i18n.ts";
import { lookupFor } from "../ui/messages.ts";

beforeAll(() => setMessageLookup(lookupFor("en")));
afterAll(() => setMessageLookup(null));

const CHOSEN = SettingsSchema.parse({ sensitivity: "high", packs: { en: false, de: true }, custom: { terms: ["zorblax"] }, allow: { accounts: ["newsdesk"] } });

describe("telling a settings backup from any other file", () => {
  it("reads back exactly what it exported, marker first", () => {
    const text = backupText(CHOSEN);
    expect(text.startsWith(`{\n  "format": "${BACKUP_FORMAT}",\n`)).toBe(true);
    expect(text.endsWith("}\n")).toBe(true);
    expect(readBackup(JSON.parse(text))).toEqual({ kind: "backup", settings: CHOSEN });
  });

  it("names what else a file is: not an object, empty, a rule pack, or other JSON", () => {
    for (const raw of [null, [1, 2], "settings", 3]) expect(readBackup(raw)).toEqual({ kind: "other" });
    expect(readBackup({})).toEqual({ kind: "empty" });
    expect(readBackup({ id: "school", rules: [] })).toEqual({ kind: "pack" });
    expect(readBackup({ id: "school", rules: "none" })).toEqual({ kind: "other" });
    expect(readBackup({ name: "school", rules: [] })).toEqual({ kind: "other" });
    expect(readBackup({ hello: 1 })).toEqual({ kind: "other" });
  });

  it("takes an export from before the marker by its version or version 1's keys, and nothing with a key settings never had", () => {
    expect(readBackup({ version: 2, sensitivity: "low" })).toEqual({ kind: "backup", settings: { ...DEFAULT_SETTINGS, sensitivity: "low" } });
    expect(readBackup({ keywords: ["zork"], countdown: 8 })).toMatchObject({ kind: "backup", settings: { frictionSeconds: 8, custom: { terms: ["zork"] } } });
    expect(readBackup({ reveal: false })).toMatchObject({ kind: "backup", settings: { allowReveal: false } });
    expect(readBackup({ sensitivity: "low" })).toEqual({ kind: "other" });
    expect(readBackup({ version: "2", sensitivity: "low" })).toEqual({ kind: "other" });
    expect(readBackup({ version: 2, sensitivity: "low", theme: "dark" })).toEqual({ kind: "other" });
  });

  it("names each bad field of a backup rather than taking part of it", () => {
    const read = readBackup({ format: BACKUP_FORMAT, sensitivity: "extreme", frictionSeconds: 3 });
    expect(read).toEqual({ kind: "invalid", errors: [expect.stringMatching(/^sensitivity: /)] });
    expect(readBackup({ version: 2, frictionSeconds: 99 })).toMatchObject({ kind: "invalid" });
  });
});

describe("what an import would change", () => {
  it("lists the changed settings in the options page's order, never the version", () => {
    expect(changedSettings(DEFAULT_SETTINGS, CHOSEN)).toEqual(["sensitivity", "packs", "custom", "allow"]);
    expect(changedSettings(CHOSEN, CHOSEN)).toEqual([]);
    expect(changedSettings(DEFAULT_SETTINGS, { ...DEFAULT_SETTINGS, frictionSeconds: 0, version: 3 as 2 })).toEqual(["frictionSeconds"]);
  });

  it("does not count a map written in another order as a change", () => {
    const reordered = { ...CHOSEN, packs: { de: true, en: false } };
    expect(changedSettings(CHOSEN, reordered)).toEqual([]);
    expect(changedSettings(CHOSEN, { ...CHOSEN, packs: { de: true, en: true } })).toEqual(["packs"]);
  });
});
