import { describe, expect, it, vi } from "vitest";
import { BADGE_COLOUR, TROUBLE_COLOUR, readTabState, badgeText, createFlagBadge } from "../../../src/background/badge/flag-badge.ts";
import { iconPaths, type ToolbarState } from "../../../src/background/badge/icon.ts";
import { TROUBLE_MESSAGE, createTroubleHandler } from "../../../src/background/badge/trouble.ts";
import { setMessageLookup } from "../../../src/ui/kit/i18n.ts";
import { lookupFor } from "../../ui/messages.ts";

/** storage.session and action as the worker sees them, backed by plain maps. */
function fakeBrowser() {
  const stored = new Map<string, unknown>();
  const badges = new Map<number, string>();
  const titles = new Map<number, string>();
  const icons = new Map<number, unknown>();
  const storage = {
    get: vi.fn(async (key: string | null) =>
      key === null ? structuredClone(Object.fromEntries(stored)) : stored.has(key) ? { [key]: structuredClone(stored.get(key)) } : {},
    ),
    set: vi.fn(async (items: Record<string, unknown>) => {
      for (const [k, v] of Object.entries(items)) stored.set(k, structuredClone(v));
    }),
    remove: vi.fn(async (key: string) => void stored.delete(key)),
  };
  const action = {
    setBadgeText: vi.fn(async ({ tabId, text }: { tabId?: number; text: string | null }) => void badges.set(tabId ?? -1, text ?? "")),
    setBadgeBackgroundColor: vi.fn(async () => undefined),
    setTitle: vi.fn(async ({ tabId, title }: { tabId?: number; title: string | null }) => void titles.set(tabId ?? -1, title ?? "")),
    setIcon: vi.fn(async ({ tabId, path }: { tabId?: number; path?: unknown }) => void icons.set(tabId ?? -1, path)),
  };
  return { stored, badges, titles, icons, deps: { storage, action } as never as Parameters<typeof createFlagBadge>[0], storage, action };
}

describe("flag badge", () => {
  it("counts distinct flagged post ids per tab", async () => {
    const { badges, deps, action } = fakeBrowser();
    const badge = createFlagBadge(deps);
    await badge.record(1, "p", "x", ["a", "b"]);
    await badge.record(1, "p", "x", ["b", "c"]);
    await badge.record(2, "q", "x", ["a"]);
    expect(badges.get(1)).toBe("3");
    expect(badges.get(2)).toBe("1");
    expect(action.setBadgeBackgroundColor).toHaveBeenCalledWith({ tabId: 1, color: BADGE_COLOUR });
  });

  it("does not touch storage or the badge when nothing changes", async () => {
    const { deps, storage, action } = fakeBrowser();
    const badge = createFlagBadge(deps);
    await badge.record(1, "p", "x", ["a"]);
    storage.set.mockClear();
    action.setBadgeText.mockClear();
    await badge.record(1, "p", "x", ["a"]);
    await badge.record(1, "p", "x", []);
    expect(storage.set).not.toHaveBeenCalled();
    expect(action.setBadgeText).not.toHaveBeenCalled();
  });

  it("starts again when the tab shows a new document", async () => {
    const { badges, deps } = fakeBrowser();
    const badge = createFlagBadge(deps);
    await badge.record(1, "first", "x", ["a", "b"]);
    await badge.record(1, "second", "x", []);
    expect(badges.get(1)).toBe("");
    await badge.record(1, "second", "x", ["a"]);
    expect(badges.get(1)).toBe("1");
  });

  it("keeps counting after the worker restarts", async () => {
    const { badges, deps } = fakeBrowser();
    await createFlagBadge(deps).record(1, "p", "x", ["a", "b"]);
    const restarted = createFlagBadge(deps);
    await restarted.record(1, "p", "x", ["b", "c"]);
    expect(badges.get(1)).toBe("3");
  });

  it("merges batches that arrive together without losing any", async () => {
    const { badges, deps } = fakeBrowser();
    const badge = createFlagBadge(deps);
    await Promise.all([badge.record(1, "p", "x", ["a"]), badge.record(1, "p", "x", ["b"]), badge.record(1, "p", "x", ["c", "a"])]);
    expect(badges.get(1)).toBe("3");
  });

  it("carries on after a failed badge update (the tab closed meanwhile)", async () => {
    const { badges, deps, action } = fakeBrowser();
    const badge = createFlagBadge(deps);
    action.setBadgeText.mockRejectedValueOnce(new Error("No tab with id: 1"));
    await badge.record(1, "p", "x", ["a"]);
    await badge.record(1, "p", "x", ["b"]);
    expect(badges.get(1)).toBe("2");
  });

  it("forgets a closed tab", async () => {
    const { stored, badges, deps } = fakeBrowser();
    const badge = createFlagBadge(deps);
    await badge.record(1, "p", "x", ["a", "b"]);
    await badge.forget(1);
    expect(stored.size).toBe(0);
    await badge.record(1, "p", "x", ["c"]);
    expect(badges.get(1)).toBe("1");
  });

  it("says how many ids a batch newly counted, and keeps the site for the popup", async () => {
    const { deps, storage } = fakeBrowser();
    const badge = createFlagBadge(deps);
    expect(await badge.record(1, "p", "reddit", ["a", "b"])).toBe(2);
    expect(await badge.record(1, "p", "reddit", ["b", "c"])).toBe(1);
    expect(await readTabState(storage, 1)).toEqual({ site: "reddit", flagged: 3, trouble: null });
    expect(await readTabState(storage, 2)).toBeNull();
  });

  it("says in plain words on the button when the tab's posts cannot be judged, until a batch is judged again", async () => {
    setMessageLookup(lookupFor("en"));
    try {
      const { badges, titles, deps, storage, action } = fakeBrowser();
      const badge = createFlagBadge(deps);
      await badge.record(1, "p", "x", ["a", "b"]);
      await badge.trouble(1, "p", "x", "messages");
      expect(badges.get(1)).toBe("!");
      expect(action.setBadgeBackgroundColor).toHaveBeenLastCalledWith({ tabId: 1, color: TROUBLE_COLOUR });
      expect(titles.get(1)).toBe("Second Look can't check posts on this tab right now. Click for what to do.");
      expect(await readTabState(storage, 1)).toEqual({ site: "x", flagged: 2, trouble: "messages" });

      // A restarted worker still knows, and the first judged batch, even one flagging nothing, clears it.
      const restarted = createFlagBadge(deps);
      await restarted.record(1, "p", "x", []);
      expect(badges.get(1)).toBe("2");
      expect(titles.get(1)).toBe("Second Look");
      expect(await readTabState(storage, 1)).toEqual({ site: "x", flagged: 2, trouble: null });
    } finally {
      setMessageLookup(null);
    }
  });

  it("keeps a new page's trouble apart from the old page's count", async () => {
    const { badges, deps, storage } = fakeBrowser();
    const badge = createFlagBadge(deps);
    await badge.record(1, "old", "x", ["a"]);
    await badge.trouble(1, "new", "reddit", "engine");
    // The page's own report of the same failure, after its retries, does not hide what the worker knew.
    await badge.trouble(1, "new", "reddit", "messages");
    expect(await readTabState(storage, 1)).toEqual({ site: "reddit", flagged: 0, trouble: "engine" });
    await badge.record(1, "new", "reddit", ["b"]);
    expect(badges.get(1)).toBe("1");
  });

  it("takes trouble reports from the tab's content script, and checks them", async () => {
    const { badges, deps } = fakeBrowser();
    const handle = createTroubleHandler(createFlagBadge(deps));
    expect(handle({ type: "second-look/stat" }, { tab: { id: 1 } })).toBeUndefined();
    await expect(handle({ type: TROUBLE_MESSAGE, page: "p", site: "myspace" }, { tab: { id: 1 } })).rejects.toThrow(/malformed report[\s\S]*site/);
    expect(badges.has(1)).toBe(false);
    await handle({ type: TROUBLE_MESSAGE, page: "p", site: "x" }, { tab: { id: 1 } });
    expect(badges.get(1)).toBe("!");
  });

  describe("toolbar icon", () => {
    /** The icon set a tab's button shows, as the files the manifest and the build name (root-relative). */
    const iconOf = (icons: Map<number, unknown>, tabId: number) => icons.get(tabId);
    const shown = (state: ToolbarState) => Object.fromEntries(Object.entries(iconPaths(state)).map(([size, path]) => [size, `/${path}`]));

    it("shows the active icon while posts are judged, and the unavailable one while they cannot be", async () => {
      const { icons, deps } = fakeBrowser();
      const badge = createFlagBadge(deps);
      await badge.record(1, "p", "x", ["a"]);
      expect(iconOf(icons, 1)).toEqual(shown("active"));
      await badge.trouble(1, "p", "x", "engine");
      expect(iconOf(icons, 1)).toEqual(shown("unavailable"));
      await badge.record(1, "p", "x", []);
      expect(iconOf(icons, 1)).toEqual(shown("active"));
    });

    it("shows the paused icon on the tabs of a site paused from the popup, and the active one once resumed", async () => {
      const { icons, deps, storage, badges } = fakeBrowser();
      const badge = createFlagBadge(deps);
      await badge.record(1, "p", "x", ["a"]);
      await badge.record(2, "q", "reddit", ["b"]);
      icons.clear();
      await storage.set({ "model:status": "ok" }); // other keys of session storage are not tabs
      // A restarted worker finds the tabs in storage.
      const restarted = createFlagBadge(deps);
      await restarted.pauses((site) => site === "x");
      expect(iconOf(icons, 1)).toEqual(shown("paused"));
      expect(icons.has(2)).toBe(false); // reddit is not paused: its tab keeps the active icon it had
      expect(badges.get(1)).toBe("1");
      await restarted.pauses(() => false);
      expect(iconOf(icons, 1)).toEqual(shown("active"));
    });

    it("ends a pause that ran out with the page's next judged batch, even one with nothing new", async () => {
      const { icons, deps } = fakeBrowser();
      const badge = createFlagBadge(deps);
      await badge.record(1, "p", "x", ["a"]);
      await badge.pauses(() => true);
      await badge.record(1, "p", "x", ["a"]);
      expect(iconOf(icons, 1)).toEqual(shown("active"));
    });

    it("keeps the unavailable icon on a paused tab whose posts could not be judged", async () => {
      const { icons, deps } = fakeBrowser();
      const badge = createFlagBadge(deps);
      await badge.trouble(1, "p", "x", "messages");
      await badge.pauses(() => true);
      expect(iconOf(icons, 1)).toEqual(shown("unavailable"));
    });
  });

  it("writes counts so they fit the badge", () => {
    expect([0, 1, 99, 100, 5000].map(badgeText)).toEqual(["", "1", "99", "99+", "99+"]);
  });
});
