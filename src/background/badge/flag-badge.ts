import { z } from "zod";
import type { Action, Storage } from "webextension-polyfill";
import { SiteSchema, type Site } from "../../sites/snapshot.ts";

/** Calm slate rather than alarm red: the badge informs, the overlay is where the warning lives. */
export const BADGE_COLOUR = "#5b6b7a";

/** The flagged post ids of the document a tab shows; kept in session storage because the worker may be stopped. */
const TabFlagsSchema = z.object({ page: z.string(), site: SiteSchema, ids: z.array(z.string()) });
type TabFlags = { page: string; site: Site; ids: Set<string> };

const keyOf = (tabId: number) => `badge:${tabId}`;

/** What the popup shows for a tab: the site its page is on and how many posts were flagged there. */
export async function readTabState(storage: Pick<Storage.StorageArea, "get">, tabId: number): Promise<{ site: Site; flagged: number } | null> {
  const stored = TabFlagsSchema.safeParse((await storage.get(keyOf(tabId)))[keyOf(tabId)]);
  return stored.success ? { site: stored.data.site, flagged: stored.data.ids.length } : null;
}

export interface FlagBadgeDeps {
  storage: Pick<Storage.StorageArea, "get" | "set" | "remove">;
  action: Pick<Action.Static, "setBadgeText" | "setBadgeBackgroundColor">;
}

export function badgeText(count: number): string {
  if (count === 0) return "";
  return count > 99 ? "99+" : String(count);
}

/**
 * Counts the distinct posts flagged on each tab and shows the count on the toolbar button. A different `page`
 * (a new document in the tab) starts the count again.
 */
export function createFlagBadge({ storage, action }: FlagBadgeDeps) {
  // One promise chain per tab: updates read, merge and write in order even when batches arrive together.
  const tabs = new Map<number, Promise<TabFlags | undefined>>();

  async function load(tabId: number): Promise<TabFlags | undefined> {
    try {
      const stored = TabFlagsSchema.safeParse((await storage.get(keyOf(tabId)))[keyOf(tabId)]);
      return stored.success ? { ...stored.data, ids: new Set(stored.data.ids) } : undefined;
    } catch {
      return undefined;
    }
  }

  /** The tab's state after the batch, and how many of the batch's ids it had not counted yet. */
  async function merge(tabId: number, page: string, site: Site, flagged: readonly string[], known: TabFlags | undefined) {
    const current = known?.page === page ? known : undefined;
    const ids = new Set(current?.ids);
    for (const id of flagged) ids.add(id);
    const added = ids.size - (current?.ids.size ?? 0);
    if (current && added === 0) return { state: current, added };
    const next = { page, site, ids };
    await storage.set({ [keyOf(tabId)]: { page, site, ids: [...ids] } });
    await action.setBadgeText({ tabId, text: badgeText(ids.size) });
    await action.setBadgeBackgroundColor({ tabId, color: BADGE_COLOUR });
    return { state: next, added };
  }

  return {
    /**
     * Adds a batch's flagged ids (possibly none: a new page still resets the count); resolves to how many of
     * them are newly counted on this page.
     */
    record(tabId: number, page: string, site: Site, flagged: readonly string[]): Promise<number> {
      const known = tabs.get(tabId) ?? load(tabId);
      const merged = known.then((state) => merge(tabId, page, site, flagged, state));
      // A failed write (tab closed mid-update, storage error) must not wedge the chain: re-read what was kept.
      tabs.set(tabId, merged.then((m) => m.state, () => load(tabId)));
      return merged.then((m) => m.added, () => 0);
    },
    async forget(tabId: number): Promise<void> {
      tabs.delete(tabId);
      await storage.remove(keyOf(tabId)).catch(() => undefined);
    },
  };
}

export type FlagBadge = ReturnType<typeof createFlagBadge>;
