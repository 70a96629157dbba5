import type { SiteAdapter } from "../../sites/adapter.ts";
import { STATE_ATTR } from "../scan/marks.ts";
import { HEALTH_MESSAGE, HealthRequestSchema, type HealthReport } from "./message.ts";

/** How long a feed may show no judged post before it counts as unreadable: a slow page is still loading, not broken. */
export const GRACE_MS = 4_000;

/**
 * What the page's scan achieved, counted on the page as it is now (X and Reddit drop posts that scrolled away).
 * `scanning` is false while the site is switched off or paused: no verdicts are expected then.
 */
export function healthOf(adapter: SiteAdapter, doc: Document, watchedMs: number, scanning: boolean): HealthReport {
  const posts = adapter.findPosts(doc);
  const judged = posts.filter((post) => {
    const state = post.getAttribute(STATE_ATTR);
    return state === "flag" || state === "ok";
  }).length;
  return { seen: posts.length, judged, unreadable: scanning && watchedMs >= GRACE_MS && judged === 0 && adapter.looksLikeFeed(doc) };
}

/** The runtime.onMessage listener that answers the popup's health question; other messages get `undefined`. */
export function createHealthHandler(report: () => HealthReport) {
  return (message: unknown): Promise<HealthReport> | undefined => {
    if ((message as { type?: unknown } | null)?.type !== HEALTH_MESSAGE) return undefined;
    return HealthRequestSchema.safeParse(message).success ? Promise.resolve(report()) : Promise.reject(new Error(`${HEALTH_MESSAGE}: malformed request`));
  };
}
