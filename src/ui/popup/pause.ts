import type { Effective } from "../../settings/policy.ts";
import type { Settings } from "../../settings/schema.ts";
import type { Site } from "../../sites/snapshot.ts";

export const HOUR_MS = 60 * 60 * 1000;
/** "Pause on this site" has no end the user must pick; ten years reads as "until I resume". */
export const INDEFINITE_MS = 10 * 365 * 24 * HOUR_MS;

/** Pausing is the organisation's call when it forbade it or locked the pause setting. */
export const canPause = (e: Effective): boolean => !e.policy.DisablePause && !e.locked.has("pausedUntil");

/** When the site's pause ends, or null when it is not paused now. */
export function pausedUntil(e: Effective, site: Site, now: number): number | null {
  const until = e.settings.pausedUntil[site];
  return until !== undefined && until > now ? until : null;
}

/** The pausedUntil setting with the site paused for `forMs`, or resumed (`forMs` null); expired pauses are dropped. */
export function withPause(current: Settings["pausedUntil"], site: Site, now: number, forMs: number | null): Settings["pausedUntil"] {
  const next: Settings["pausedUntil"] = {};
  for (const [key, until] of Object.entries(current) as [Site, number][]) if (until > now && key !== site) next[key] = until;
  if (forMs !== null) next[site] = now + forMs;
  return next;
}
