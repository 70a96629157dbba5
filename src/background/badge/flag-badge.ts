import { z } from "zod";
import type { Action, Storage } from "webextension-polyfill";
import { SiteSchema, type Site } from "../../sites/snapshot.ts";
import { t } from "../../ui/kit/i18n.ts";
import { showToolbarState, toolbarState } from "./icon.ts";

/** Calm slate rather than alarm red: the badge informs, the overlay is where the warning lives. */
export const BADGE_COLOUR = "#5b6b7a";

/** Amber, the colour the options page uses for warnings: the badge now asks for the reader's attention. */
export const TROUBLE_COLOUR = "#8a4b00";
export const TROUBLE_TEXT = "!";

/**
 * Why posts on a tab are shown unjudged: the engine could not be built (the worker's fault), or the page got no
 * usable answer (timeouts, rejected or nonsense messages). Each calls for another remedy, so the popup says which.
 */
export const TroubleSchema = z.enum(["engine", "messages"]);
export type Trouble = z.infer<typeof TroubleSchema>;

/**
 * The flagged post ids of the document a tab shows, whether judging it is failing, and whether its site is paused;
 * kept in session storage because the worker may be stopped.
 */
const TabFlagsSchema = z.object({
  page: z.string(),
  site: SiteSchema,
  ids: z.array(z.string()),
  trouble: TroubleSchema.optional(),
  paused: z.literal(true).optional(),
});
type TabFlags = { page: string; site: Site; ids: Set<string>; trouble?: Trouble; paused?: true };

const KEY_PREFIX = "badge:";
const keyOf = (tabId: number) => `${KEY_PREFIX}${tabId}`;

/** What the popup shows for a tab: the site its page is on, how many posts were flagged there, and any trouble judging them. */
export async function readTabState(
  storage: Pick<Storage.StorageArea, "get">,
  tabId: number,
): Promise<{ site: Site; flagged: number; trouble: Trouble | null } | null> {
  const stored = TabFlagsSchema.safeParse((await storage.get(keyOf(tabId)))[keyOf(tabId)]);
  return stored.success ? { site: stored.data.site, flagged: stored.data.ids.length, trouble: stored.data.trouble ?? null } : null;
}

export interface FlagBadgeDeps {
  storage: Pick<Storage.StorageArea, "get" | "set" | "remove">;
  action: Pick<Action.Static, "setBadgeText" | "setBadgeBackgroundColor" | "setTitle" | "setIcon">;
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

  /** Writes the tab's state and shows it: the count, or the trouble while there is one, and the icon of its state. */
  async function show(tabId: number, state: TabFlags) {
    const { trouble, paused } = state;
    await storage.set({ [keyOf(tabId)]: { page: state.page, site: state.site, ids: [...state.ids], ...(trouble ? { trouble } : {}), ...(paused ? { paused } : {}) } });
    await showToolbarState(action, tabId, toolbarState({ trouble: trouble !== undefined, paused: paused === true }));
    await action.setBadgeText({ tabId, text: state.trouble ? TROUBLE_TEXT : badgeText(state.ids.size) });
    await action.setBadgeBackgroundColor({ tabId, color: state.trouble ? TROUBLE_COLOUR : BADGE_COLOUR });
    // The tooltip is where the badge speaks in words; back to the extension's name once judging works again.
    await action.setTitle({ tabId, title: state.trouble ? t("badgeTroubleTitle") : t("extName") });
  }

  /**
   * The tab's state after a judged batch, and how many of the batch's ids it had not counted yet. A judged batch
   * ends any trouble, and any pause: a page scans only while its site is not paused.
   */
  async function merge(tabId: number, page: string, site: Site, flagged: readonly string[], known: TabFlags | undefined) {
    const current = known?.page === page ? known : undefined;
    const ids = new Set(current?.ids);
    for (const id of flagged) ids.add(id);
    const added = ids.size - (current?.ids.size ?? 0);
    if (current && added === 0 && !current.trouble && !current.paused) return { state: current, added };
    const next = { page, site, ids };
    await show(tabId, next);
    return { state: next, added };
  }

  /** Chains `update` after the tab's earlier updates, so they read, merge and write in order. */
  function chain<T>(tabId: number, update: (known: TabFlags | undefined) => Promise<{ state: TabFlags | undefined; result: T }>): Promise<{ state: TabFlags | undefined; result: T }> {
    const updated = (tabs.get(tabId) ?? load(tabId)).then(update);
    // A failed write (tab closed mid-update, storage error) must not wedge the chain: re-read what was kept.
    tabs.set(tabId, updated.then((u) => u.state, () => load(tabId)));
    return updated;
  }

  return {
    /**
     * Adds a batch's flagged ids (possibly none: a new page still resets the count); resolves to how many of
     * them are newly counted on this page.
     */
    record(tabId: number, page: string, site: Site, flagged: readonly string[]): Promise<number> {
      return chain(tabId, async (known) => {
        const { state, added } = await merge(tabId, page, site, flagged, known);
        return { state, result: added };
      }).then((u) => u.result, () => 0);
    },
    /** Posts on the tab's page could not be judged: the badge and the popup say so until a batch is judged again. */
    trouble(tabId: number, page: string, site: Site, trouble: Trouble): Promise<void> {
      return chain(tabId, async (known) => {
        const same = known?.page === page ? known : undefined;
        // The page reports every failure the worker saw too: the worker's own, more precise account stays.
        const next = same?.trouble === "engine" ? "engine" : trouble;
        if (same && same.trouble === next) return { state: same, result: undefined };
        const state: TabFlags = { page, site, ids: same?.ids ?? new Set<string>(), trouble: next, ...(same?.paused ? { paused: same.paused } : {}) };
        await show(tabId, state);
        return { state, result: undefined };
      }).then(() => undefined, () => undefined);
    },
    /**
     * The reader paused or resumed sites from the popup: each tab the badge knows shows whether its site is
     * paused now. (A pause that runs out ends with the page's next judged batch.)
     */
    async pauses(isPaused: (site: Site) => boolean): Promise<void> {
      const kept = await storage.get(null).catch(() => ({}));
      const tabIds = Object.keys(kept).flatMap((key) => (key.startsWith(KEY_PREFIX) ? [Number(key.slice(KEY_PREFIX.length))] : []));
      await Promise.all(
        tabIds.filter(Number.isInteger).map((tabId) =>
          chain(tabId, async (known) => {
            if (!known || (known.paused === true) === isPaused(known.site)) return { state: known, result: undefined };
            const { paused: _was, ...rest } = known;
            const state: TabFlags = isPaused(known.site) ? { ...rest, paused: true } : rest;
            await show(tabId, state);
            return { state, result: undefined };
          }).catch(() => undefined),
        ),
      );
    },
    async forget(tabId: number): Promise<void> {
      tabs.delete(tabId);
      await storage.remove(keyOf(tabId)).catch(() => undefined);
    },
  };
}

/** What the message handlers use; following pauses is the worker's own business (src/background/index.ts). */
export type FlagBadge = Pick<ReturnType<typeof createFlagBadge>, "record" | "trouble" | "forget">;
