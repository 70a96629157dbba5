import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { migrate } from "../../src/settings/migrations.ts";
import { SETTINGS_VERSION } from "../../src/settings/schema.ts";
import { setMessageLookup } from "../../src/ui/kit/i18n.ts";
import { lookupFor } from "../ui/messages.ts";

// What the settings say is shown to the reader, in the UI language: these read it in English.
beforeAll(() => setMessageLookup(lookupFor("en")));
afterAll(() => setMessageLookup(null));

describe("bringing settings saved by an older Second Look up to date", () => {
  it("keeps a version 1 user's countdown, reveal choice, own words and every other field", () => {
    expect(migrate({ version: 1, countdown: 0, reveal: false, keywords: ["zork", "blorp"], sensitivity: "high" })).toEqual({
      version: SETTINGS_VERSION,
      frictionSeconds: 0,
      allowReveal: false,
      custom: { terms: ["zork", "blorp"], hashtags: [], links: [] },
      sensitivity: "high",
    });
  });

  it("reads settings without a version as version 1", () => {
    expect(migrate({ countdown: 7 })).toEqual({ version: SETTINGS_VERSION, frictionSeconds: 7 });
  });

  it("adds nothing a version 1 user never set, so the current defaults apply to it", () => {
    expect(migrate({ version: 1 })).toEqual({ version: SETTINGS_VERSION });
    // A keywords field that is not a list was never the user's words: it is dropped, not turned into an empty list.
    expect(migrate({ version: 1, keywords: "zork" })).toEqual({ version: SETTINGS_VERSION });
  });

  it("leaves current settings exactly as they are", () => {
    const current = { version: SETTINGS_VERSION, frictionSeconds: 5, countdown: 9, custom: { terms: ["zork"], hashtags: [], links: [] } };
    expect(migrate(current)).toEqual(current);
  });

  it("passes anything that is not a settings object through for validation to report", () => {
    for (const raw of [null, "settings", 3, ["version", 1]]) expect(migrate(raw)).toEqual(raw);
  });

  it("names the version it cannot read", () => {
    expect(() => migrate({ version: SETTINGS_VERSION + 1 })).toThrow(`version: settings from a newer Second Look (version ${SETTINGS_VERSION + 1}); update the extension`);
    expect(() => migrate({ version: 0 })).toThrow("version: no migration from version 0");
  });
});
