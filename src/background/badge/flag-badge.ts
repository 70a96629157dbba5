import { z } from "zod";
import type { Action, Storage } from "webextension-polyfill";

/** Calm slate rather than alarm red: the badge informs, the overlay is where the warning lives. */
export const BADGE_COLOUR = "#5b6b7a";

/** The flagged post ids of the document a tab shows; kept in session storage because the worker may be stopped. */
const TabFlagsSchema = z.object({ page: z.string(), ids: z.array(z.string()) });
type TabFlags = { page: string; ids: Set<string> };

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
  const keyOf = (tabId: number) => `badge:${tabId}`;
  // One promise chain per tab: updates read, merge and write in order even when batches arrive together.
  const tabs = new Map<number, Promise<TabFlags | undefined>>();

  async function load(tabId: number): Promise<TabFlags | undefined> {
    try {
      const stored = TabFlagsSchema.safeParse((await storage.get(keyOf(tabId)))[keyOf(tabId)]);
      return stored.success ? { page: stored.data.page, ids: new Set(stored.data.ids) } : undefined;
    } catch {
      return undefined;
    }
  }

  async function merge(tabId: number, page: string, flagged: readonly string[], known: TabFlags | undefined) {
    const current = known?.page === page ? known : undefined;
    const ids = new Set(current?.ids);
    for (const id of flagged) ids.add(id);
    if (current && ids.size === current.ids.size) return current;
    const next = { page, ids };
    await storage.set({ [keyOf(tabId)]: { page, ids: [...ids] } });
    await action.setBadgeText({ tabId, text: badgeText(ids.size) });
    await action.setBadgeBackgroundColor({ tabId, color: BADGE_COLOUR });
    return next;
  }

  return {
    /** Adds a batch's flagged ids (possibly none: a new page still resets the count). */
    record(tabId: number, page: string, flagged: readonly string[]): Promise<void> {
      const known = tabs.get(tabId) ?? load(tabId);
      // A failed write (tab closed mid-update, storage error) must not wedge the chain: re-read what was kept.
      const next = known.then((state) => merge(tabId, page, flagged, state)).catch(() => load(tabId));
      tabs.set(tabId, next);
      return next.then(() => undefined);
    },
    async forget(tabId: number): Promise<void> {
      tabs.delete(tabId);
      await storage.remove(keyOf(tabId)).catch(() => undefined);
    },
  };
}

export type FlagBadge = ReturnType<typeof createFlagBadge>;
