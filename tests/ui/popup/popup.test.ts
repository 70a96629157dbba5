// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { SETTINGS_KEY } from "../../../src/settings/storage.ts";
import type { Settings } from "../../../src/settings/schema.ts";
import { setMessageLookup } from "../../../src/ui/i18n.ts";
import { HOUR_MS, INDEFINITE_MS } from "../../../src/ui/popup/pause.ts";
import { mountPopup } from "../../../src/ui/popup/popup.ts";
import { lookupFor } from "../messages.ts";
import { byId, fakeStorage, settle } from "../page-helpers.ts";

vi.mock("webextension-polyfill", () => ({ default: {} }));

const NOW = Date.UTC(2025, 4, 12, 10, 0);
const TAB = 7;

async function open(opts: { tab?: { site: string; ids: string[] } | null; settings?: Partial<Settings>; managed?: Record<string, unknown> } = {}) {
  const storage = fakeStorage(opts.settings ? { [SETTINGS_KEY]: opts.settings } : {}, opts.managed);
  const session = { get: vi.fn(async (key: string) => (opts.tab ? { [key]: { page: "p1", ...opts.tab } } : {})) };
  const deps = {
    storage: { ...storage, session },
    activeTabId: async () => TAB,
    openOptions: vi.fn(async () => undefined),
    openLearn: vi.fn(async () => undefined),
    now: () => NOW,
  };
  await mountPopup(document.body, deps);
  return { deps, storage, session, stored: () => storage.data[SETTINGS_KEY] as Settings | undefined };
}

beforeEach(() => {
  setMessageLookup(lookupFor("en"));
  document.body.replaceChildren();
  vi.spyOn(window, "close").mockImplementation(() => undefined);
});
afterEach(() => {
  setMessageLookup(null);
  vi.restoreAllMocks();
});

describe("popup", () => {
  it("counts the posts flagged on this tab", async () => {
    const { session } = await open({ tab: { site: "x", ids: ["a", "b", "c"] } });
    expect(session.get).toHaveBeenCalledWith(`badge:${TAB}`);
    expect(byId("flag-count").textContent).toBe("3 posts flagged on this page");
  });

  it("says one, none, or that it does not run on this page", async () => {
    await open({ tab: { site: "reddit", ids: ["a"] } });
    expect(byId("flag-count").textContent).toBe("1 post flagged on this page");
    await open({ tab: { site: "reddit", ids: [] } });
    expect(byId("flag-count").textContent).toBe("No posts flagged on this page");
    await open({ tab: null });
    expect(byId("flag-count").textContent).toBe("Second Look doesn't run on this page.");
    expect(document.getElementById("pause-site")).toBeNull();
  });

  it("pauses this site for an hour or until resumed, then offers to resume", async () => {
    const { stored } = await open({ tab: { site: "x", ids: [] }, settings: { pausedUntil: { reddit: NOW - 1 } } });
    byId("pause-hour").click();
    await settle();
    expect(stored()?.pausedUntil).toEqual({ x: NOW + HOUR_MS });
    expect(byId("resume").textContent).toBe("Paused — resume");
    expect(byId("paused-until").textContent).toMatch(/^Paused until /);
    expect(document.getElementById("pause-site")).toBeNull();

    byId("resume").click();
    await settle();
    expect(stored()?.pausedUntil).toEqual({});
    byId("pause-site").click();
    await settle();
    expect(stored()?.pausedUntil).toEqual({ x: NOW + INDEFINITE_MS });
    expect(document.getElementById("paused-until")).toBeNull();
  });

  it("offers to resume a paused site from any other page", async () => {
    const { stored } = await open({ tab: null, settings: { pausedUntil: { reddit: NOW + INDEFINITE_MS } } });
    byId("resume-reddit").click();
    await settle();
    expect(stored()?.pausedUntil).toEqual({});
  });

  it("hides pausing when the organisation disables it", async () => {
    await open({ tab: { site: "x", ids: ["a"] }, managed: { DisablePause: true } });
    expect(document.getElementById("pause-site")).toBeNull();
    expect(document.getElementById("pause-hour")).toBeNull();
    expect(byId("pause-locked").textContent).toBe("Your organisation doesn't allow pausing Second Look.");
    await open({ tab: { site: "x", ids: ["a"] }, managed: { Locked: ["pausedUntil"] } });
    expect(document.getElementById("pause-hour")).toBeNull();
  });

  it("says when the site is switched off in the options", async () => {
    await open({ tab: { site: "x", ids: ["a"] }, settings: { sites: { x: false, reddit: true, "old-reddit": true } } });
    expect(byId("flag-count").textContent).toBe("Second Look is turned off for this site in the options.");
  });

  it("opens the options and the learn page", async () => {
    const { deps } = await open({ tab: null });
    byId("open-options").click();
    byId("open-learn").click();
    await settle();
    expect(deps.openOptions).toHaveBeenCalledOnce();
    expect(deps.openLearn).toHaveBeenCalledOnce();
  });
});
