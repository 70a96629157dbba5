// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { Settings } from "../../../src/settings/schema.ts";
import { KEPT_ASIDE_KEY, SETTINGS_KEY } from "../../../src/settings/storage.ts";
import { setMessageLookup } from "../../../src/ui/kit/i18n.ts";
import { mountOptions } from "../../../src/ui/options/page.ts";
import { shippedModel } from "../../background/model/models.ts";
import { lookupFor } from "../messages.ts";
import { byId, click, fakeStorage, settle } from "../page-helpers.ts";

vi.mock("webextension-polyfill", () => ({ default: {} }));

const TERMS = Array.from({ length: 12 }, (_, i) => `leakword${i}`);
/** Stored settings with one word over the 100-character limit (version 1 allowed it) and one bad handle. */
const CORRUPT = { version: 2, sensitivity: "low", custom: { terms: [...TERMS, "z".repeat(120)] }, allow: { accounts: ["two words", "jane_doe"] } };

let stop: (() => void) | null = null;
beforeEach(() => {
  setMessageLookup(lookupFor("en"));
  document.body.replaceChildren();
});
afterEach(() => {
  stop?.();
  setMessageLookup(null);
});

describe("settings that could not be read whole", () => {
  it("are shown with what was left out, kept through other changes, until the user says they have read it", async () => {
    const storage = fakeStorage({ [SETTINGS_KEY]: CORRUPT });
    stop = await mountOptions(document.body, { storage, model: shippedModel });
    const notice = () => document.getElementById("opt-recovered");
    const lines = () => [...(notice()?.querySelectorAll("li") ?? [])].map((li) => li.textContent);

    expect(notice()?.textContent).toContain("Some of your settings could not be read");
    expect(lines()).toEqual([expect.stringMatching(/^custom\.terms\[12\]: Use at most 100 characters\. \(was "z+…\)$/), expect.stringMatching(/^allow\.accounts\[0\]: Use letters, digits, _ or - only, such as @jane_doe or u\/jane_doe\. \(was "two words"\)$/)]);
    // Everything else is in use and shown where it belongs.
    expect(byId<HTMLInputElement>("opt-sensitivity-low").checked).toBe(true);
    expect([...document.querySelectorAll("#opt-custom ul li span")].map((s) => s.textContent)).toEqual(TERMS);

    click("opt-sensitivity-high");
    await settle();
    expect((storage.data[SETTINGS_KEY] as Settings).custom.terms).toEqual(TERMS);
    expect(storage.data[KEPT_ASIDE_KEY]).toEqual([expect.objectContaining({ raw: CORRUPT })]);
    expect(lines()).toHaveLength(2);

    click("opt-recovered-dismiss");
    await settle();
    expect(notice()).toBeNull();
    expect(storage.data[KEPT_ASIDE_KEY]).toEqual([expect.objectContaining({ raw: CORRUPT, seen: true })]);
    expect(storage.data[SETTINGS_KEY]).toMatchObject({ sensitivity: "high", allow: { accounts: ["jane_doe"] } });
  });

  it("shows no notice for settings read whole", async () => {
    stop = await mountOptions(document.body, { storage: fakeStorage({ [SETTINGS_KEY]: { version: 2, custom: { terms: TERMS } } }), model: shippedModel });
    expect(document.getElementById("opt-recovered")).toBeNull();
  });
});
