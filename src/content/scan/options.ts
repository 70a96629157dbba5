import type { Effective } from "../../settings/policy.ts";
import type { Site } from "../../sites/snapshot.ts";
import type { OverlayOptions } from "../overlay/index.ts";

/** What the page scan and the friction need of the settings. */
export interface ScanSettings {
  allowReveal: boolean;
  style: OverlayOptions["style"];
  /** Seconds the share-friction dialog waits before "Share anyway" is enabled. */
  countdownSeconds: number;
}

export function scanSettings(e: Effective): ScanSettings {
  return { allowReveal: e.settings.allowReveal, style: e.settings.overlayStyle, countdownSeconds: e.settings.frictionSeconds };
}

/**
 * Whether to scan this site now: switched on, and not paused from the popup. `until` is when a pause ends
 * (so the page can resume by itself), or null.
 */
export function activity(e: Effective, site: Site, now: number): { active: boolean; until: number | null } {
  if (!e.settings.sites[site]) return { active: false, until: null };
  const paused = e.settings.pausedUntil[site];
  return paused !== undefined && paused > now ? { active: false, until: paused } : { active: true, until: null };
}
