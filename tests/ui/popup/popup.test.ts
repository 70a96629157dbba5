// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { reportingLoads } from "../../../src/background/model/status.ts";
import { SETTINGS_KEY } from "../../../src/settings/storage.ts";
import type { Settings } from "../../../src/settings/schema.ts";
import { setMessageLookup } from "../../../src/ui/kit/i18n.ts";
import { HOUR_MS, INDEFINITE_MS } from "../../../src/ui/popup/pause.ts";
import { mountPopup } from "../../../src/ui/popup/popup.ts";
import { brokenModel, shippedModel } from "../../background/model/models.ts";
import { memoryArea } from "../../settings/fake-storage.ts";
import { lookupFor } from "../messages.ts";
import { byId, fakeStorage, settle } from "../page-helpers.ts";

vi.mock("webextension-polyfill", () => ({ default: {} }));

const NOW = Date.UTC(2025, 4, 12, 10, 0);
const TAB = 7;

type Session = ReturnType<typeof memoryArea>;

async function open(
  opts: { tab?: { site: string; ids: string[]; trouble?: string } | null; settings?: Partial<Settings>; managed?: Record<string, unknown>; session?: Session; health?: unknown } = {},
) {
  const storage = fakeStorage(opts.settings ? { [SETTINGS_KEY]: opts.settings } : {}, opts.managed);
  const area = opts.session ?? memoryArea();
  if (opts.tab) await area.set({ [`badge:${TAB}`]: { page: "p1", ...opts.tab } });
  const session = { ...area, get: vi.fn(area.get) };
  const deps = {
    storage: { ...storage, session },
    activeTabId: async () => TAB,
    openOptions: vi.fn(async () => undefined),
    openLearn: vi.fn(async () => undefined),
    openLesson: vi.fn(async () => undefined),
    // No content script answers unless a test says what it reports.
    askHealth: vi.fn(async () => (opts.health === undefined ? Promise.reject(new Error("no receiver")) : opts.health)),
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
  it("says it is loading while the policy read is slow, then shows the page's count", async () => {
    const storage = fakeStorage();
    let readPolicy: (policy: Record<string, unknown>) => void = () => {};
    storage.managed = { get: () => new Promise((resolve) => (readPolicy = resolve)) };
    const area = memoryArea();
    await area.set({ [`badge:${TAB}`]: { page: "p1", site: "x", ids: ["x:1"] } });
    const mounted = mountPopup(document.body, {
      storage: { ...storage, session: area },
      activeTabId: async () => TAB,
      openOptions: async () => undefined,
      openLearn: async () => undefined,
      openLesson: async () => undefined,
      askHealth: async () => Promise.reject(new Error("no receiver")),
      now: () => NOW,
    });
    await settle();
    expect(document.querySelector("[role=status]")?.textContent).toBe("Loading your settings…");
    readPolicy({});
    await mounted;
    expect(document.getElementById("popup-loading")).toBeNull();
    expect(byId("flag-count").textContent).toBe("1 post flagged on this page");
  });

  it("says when the page looks like a feed but no post can be read, and only then", async () => {
    const { deps } = await open({ tab: null, health: { seen: 0, judged: 0, unreadable: true } });
    expect(deps.askHealth).toHaveBeenCalledWith(TAB);
    expect(byId("unreadable").textContent).toBe("Second Look can't read posts on this page right now. The site has probably changed, and an update will fix it. If it keeps happening, please report it on the extension's store page.");
    expect(byId("flag-count").textContent).toBe("No posts flagged on this page");
    await open({ tab: { site: "x", ids: [] }, health: { seen: 3, judged: 3, unreadable: false } });
    expect(document.getElementById("unreadable")).toBeNull();
    // Nothing answers (no content script here), or something answers nonsense: no claim about the page.
    await open({ tab: { site: "x", ids: [] } });
    expect(document.getElementById("unreadable")).toBeNull();
    await open({ tab: { site: "x", ids: [] }, health: { unreadable: "yes" } });
    expect(document.getElementById("unreadable")).toBeNull();
  });

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

  it("pausing on settings with one bad entry keeps every other setting, own words included", async () => {
    const terms = Array.from({ length: 40 }, (_, i) => `leakword${i}`);
    const corrupt = { version: 2, sensitivity: "high", custom: { terms: [...terms, "z".repeat(101)] } } as unknown as Settings;
    const { stored } = await open({ tab: { site: "x", ids: [] }, settings: corrupt });
    byId("pause-hour").click();
    await settle();
    expect(stored()).toMatchObject({ sensitivity: "high", custom: { terms }, pausedUntil: { x: NOW + HOUR_MS } });
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

  it("says in plain words when this tab's posts cannot be judged, and what to do", async () => {
    await open({ tab: { site: "x", ids: ["a"], trouble: "messages" } });
    expect(byId("trouble").getAttribute("role")).toBe("alert");
    expect(byId("trouble").textContent).toBe(
      "Second Look can't check posts on this tab right now: its background part is not answering, so posts are shown unchecked. Reload the tab. If that doesn't help, restart the browser.",
    );
    await open({ tab: { site: "x", ids: [], trouble: "engine" } });
    expect(byId("trouble").textContent).toMatch(/could not prepare its word lists.*Restart the browser\. If this message stays, reinstall Second Look\.$/);
    await open({ tab: { site: "x", ids: ["a"] } });
    expect(document.getElementById("trouble")).toBeNull();
  });

  /** Session storage after the worker loaded the learned check with `load`, as it does for its first batch. */
  async function afterWorkerLoaded(load: typeof shippedModel, session: Session = memoryArea()): Promise<Session> {
    await reportingLoads(load, session)();
    await settle();
    return session;
  }

  it("says in plain words when the worker could not load the learned check", async () => {
    await open({ tab: { site: "x", ids: ["a"] }, session: await afterWorkerLoaded(brokenModel) });
    expect(byId("flag-count").textContent).toBe("1 post flagged on this page");
    expect(byId("model-unavailable").textContent).toBe(
      "The learned check could not be loaded, so posts are judged by the word lists alone. Reinstalling the extension fixes this.",
    );
    setMessageLookup(lookupFor("de"));
    await open({ tab: null, session: await afterWorkerLoaded(brokenModel) });
    expect(byId("model-unavailable").textContent).toMatch(/^Die gelernte Prüfung konnte nicht geladen werden/);
  });

  it("says nothing of the learned check when it loaded, or when it is switched off", async () => {
    const session = await afterWorkerLoaded(brokenModel);
    await open({ tab: null, session, settings: { model: false } });
    expect(document.getElementById("model-unavailable")).toBeNull();
    await open({ tab: null, session: await afterWorkerLoaded(shippedModel, session) });
    expect(document.getElementById("model-unavailable")).toBeNull();
    await open({ tab: null, managed: { LearnedCheck: false }, session: await afterWorkerLoaded(brokenModel) });
    expect(document.getElementById("model-unavailable")).toBeNull();
  });

  it("opens the options and the learn page", async () => {
    const { deps } = await open({ tab: null });
    byId("open-options").click();
    byId("open-learn").click();
    await settle();
    expect(deps.openOptions).toHaveBeenCalledOnce();
    expect(deps.openLearn).toHaveBeenCalledOnce();
  });

  it("offers the lesson beside the learn page, and first of all, with the school's word, when a policy pins it", async () => {
    const { deps } = await open({ tab: { site: "x", ids: [] } });
    expect(document.getElementById("lesson-pinned")).toBeNull();
    expect(byId("open-lesson").closest("nav")).not.toBeNull();
    expect(byId("open-lesson").classList.contains("primary")).toBe(false);
    byId("open-lesson").click();
    await settle();
    expect(deps.openLesson).toHaveBeenCalledOnce();

    await open({ tab: { site: "x", ids: [] }, managed: { PinLesson: true } });
    expect(byId("lesson-pinned").textContent).toContain("Your school asks you to do this lesson.");
    expect(document.querySelectorAll("#open-lesson")).toHaveLength(1);
    expect(byId("open-lesson").closest("nav")).toBeNull();
    expect(byId("open-lesson").classList.contains("primary")).toBe(true);
    // It comes before everything else the popup says.
    expect(document.querySelector("main > :nth-child(2)")?.id).toBe("lesson-pinned");
  });
});
