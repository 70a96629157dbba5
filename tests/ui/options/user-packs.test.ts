// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { RulePackInput } from "../../../src/rules/schema/pack.ts";
import { SETTINGS_KEY } from "../../../src/settings/storage.ts";
import type { Settings } from "../../../src/settings/schema.ts";
import { setMessageLookup } from "../../../src/ui/kit/i18n.ts";
import { mountOptions } from "../../../src/ui/options/page.ts";
import { checkPackFile } from "../../../src/ui/options/panes/user-packs.ts";
import { lookupFor } from "../messages.ts";
import { shippedModel } from "../../background/model/models.ts";
import { byId, fakeStorage, pickFile, settle } from "../page-helpers.ts";

vi.mock("webextension-polyfill", () => ({ default: {} }));

const pack = (over: Partial<RulePackInput> = {}): RulePackInput => ({
  id: "school",
  name: "School words",
  version: "1.0.0",
  languages: ["en"],
  description: "Words our school sees.",
  rules: [
    { id: "school-leak", description: "Names the school's leak channel", category: "intimate-leak", weight: 0.6, terms: ["hallway leaks"] },
    { id: "school-combo", kind: "combo", description: "School leak with a file host", category: "intimate-leak", weight: 0.5, all: ["school-leak", "file-host-link"] },
  ],
  ...over,
});

let stop: (() => void) | null = null;
beforeEach(() => {
  setMessageLookup(lookupFor("en"));
  document.body.replaceChildren();
});
afterEach(() => {
  stop?.();
  setMessageLookup(null);
});

describe("checkPackFile", () => {
  it("reports schema problems with their paths, like rules:check, in sentences of the reader's language", () => {
    const bad = { ...pack({ version: "1" }), rules: [{ id: "Bad Id", description: "x", weight: 2 }] };
    const problemsOf = () => {
      const result = checkPackFile(bad);
      return result.ok ? [] : result.problems;
    };
    expect(problemsOf()).toContain("version: Use a version number such as 1.0.0.");
    expect(problemsOf()).toContain("rules[0].id: Use lowercase letters and digits, with a single - or . between them, such as leak-word.");
    expect(problemsOf()).toContain("rules[0].weight: Use a number no larger than 1.");
    expect(problemsOf()).toContain("rules[0].description: Use at least 3 characters.");
    setMessageLookup(lookupFor("de"));
    expect(problemsOf()).toContain("version: Nimm eine Versionsnummer wie 1.0.0.");
    expect(problemsOf()).toContain("rules[0]: Gib mindestens eines davon an: terms, hashtags, links oder detectors.");
    expect(problemsOf().join("\n")).not.toMatch(/expected|Invalid|Too (big|small)/);
  });

  it("reports references to rule ids that no built-in pack or the pack itself defines", () => {
    const result = checkPackFile(pack({ rules: [{ id: "c", kind: "combo", description: "two parts", category: "request", weight: 0.5, all: ["leak-word", "nope"] }] }));
    expect(result).toEqual({ ok: false, problems: ["rules[0].all[1]: No pack defines a rule “nope”; check the spelling, or add that rule."] });
  });

  it("refuses a pack larger than the cap, naming its size and the cap", () => {
    const terms = Array.from({ length: 3000 }, (_, i) => `${"hallwayleak".repeat(8)}${i}`);
    const big = pack({ rules: [{ id: "school-leak", description: "Names the school's leak channel", category: "intimate-leak", weight: 0.6, terms }] });
    expect(checkPackFile(big)).toEqual({ ok: false, problems: [expect.stringMatching(/^“School words” takes 2\d\d KB; a rule pack may take at most 256 KB\.$/)] });
    const fits = pack({ rules: [{ id: "school-leak", description: "Names the school's leak channel", category: "intimate-leak", weight: 0.6, terms: terms.slice(0, 2000) }] });
    expect(checkPackFile(fits).ok).toBe(true);
  });

  it("refuses a built-in pack's id and accepts a good pack", () => {
    expect(checkPackFile(pack({ id: "en" }))).toEqual({ ok: false, problems: ["id: “en” is the id of a built-in pack; choose another id."] });
    // The pack built from the reader's own words: an import under its id would escape every exception too.
    expect(checkPackFile(pack({ id: "custom" }))).toEqual({ ok: false, problems: ["id: “custom” is the id of a built-in pack; choose another id."] });
    expect(checkPackFile(pack()).ok).toBe(true);
  });
});

describe("imported rule packs pane", () => {
  it("shows the problems of a bad pack file and adds nothing", async () => {
    const storage = fakeStorage();
    stop = await mountOptions(document.body, { storage, model: shippedModel });
    pickFile("opt-user-pack-file", JSON.stringify(pack({ rules: [{ id: "c", kind: "combo", description: "two parts", category: "request", weight: 0.5, all: ["leak-word", "nope"] }] })));
    await settle();
    const status = byId("opt-user-packs-status").textContent ?? "";
    expect(status).toContain("The rule pack was not added");
    expect(status).toContain("rules[0].all[1]: No pack defines a rule “nope”; check the spelling, or add that rule.");
    expect(storage.data).toEqual({});
  });

  it("says the pack was not added, and why, when the browser's storage refuses it", async () => {
    const storage = fakeStorage();
    vi.spyOn(storage.local, "set").mockRejectedValueOnce(new Error("QUOTA_BYTES quota exceeded"));
    stop = await mountOptions(document.body, { storage, model: shippedModel });
    pickFile("opt-user-pack-file", JSON.stringify(pack()));
    await settle();
    const status = byId("opt-user-packs-status").textContent ?? "";
    expect(status).toContain("The rule pack was not added");
    expect(status).toContain("The browser did not save the settings (QUOTA_BYTES quota exceeded).");
    expect(status).not.toContain("“School words” added");
    expect(storage.data).toEqual({});
    expect(byId("opt-user-packs").textContent).toContain("No rule packs imported.");
  });

  it("says so in the reader's language when the browser's storage refuses a pack", async () => {
    setMessageLookup(lookupFor("fr"));
    const storage = fakeStorage();
    vi.spyOn(storage.local, "set").mockRejectedValueOnce(new Error("QUOTA_BYTES quota exceeded"));
    stop = await mountOptions(document.body, { storage, model: shippedModel });
    pickFile("opt-user-pack-file", JSON.stringify(pack()));
    await settle();
    expect(byId("opt-user-packs-status").textContent).toContain("Le navigateur n'a pas enregistré les réglages (QUOTA_BYTES quota exceeded).");
    expect(byId("opt-user-packs-status").textContent).not.toContain("storage:");
  });

  it("adds a good pack, lists it with its rules, replaces it on a new version and removes it", async () => {
    const storage = fakeStorage();
    const stored = () => storage.data[SETTINGS_KEY] as Settings;
    stop = await mountOptions(document.body, { storage, model: shippedModel });
    pickFile("opt-user-pack-file", JSON.stringify(pack()));
    await settle();
    expect(byId("opt-user-packs-status").textContent).toContain("Rule pack “School words” added.");
    expect(stored().userPacks.map((p) => p.id)).toEqual(["school"]);
    expect(document.querySelector('[data-pack="school"]')?.textContent).toContain("version 1.0.0 · 2 rules");
    expect(document.getElementById("opt-rule-school-leak")).not.toBeNull();

    pickFile("opt-user-pack-file", JSON.stringify(pack({ version: "1.1.0" })));
    await settle();
    expect(stored().userPacks.map((p) => p.version)).toEqual(["1.1.0"]);

    byId("opt-user-pack-remove-school").click();
    await settle();
    expect(stored().userPacks).toEqual([]);
    expect(byId("opt-user-packs").textContent).toContain("No rule packs imported.");
  });
});
