import type { Action } from "webextension-polyfill";

/**
 * What the toolbar button's picture says about the tab: judging posts, paused there from the popup, or unable to
 * judge (the trouble state). Each has its own shape (a pause mark, a warning triangle), not only its own colour.
 */
export const TOOLBAR_STATES = ["active", "paused", "unavailable"] as const;
export type ToolbarState = (typeof TOOLBAR_STATES)[number];

/** The sizes Chrome and Firefox pick from for the toolbar (16, 32 on high-density screens), the extensions page and the store. */
export const ICON_SIZES = [16, 32, 48, 128] as const;

/** The PNGs of one state, rendered from icons/<state>.svg by scripts/icons.ts and copied into the build as they are named here. */
export function iconPaths(state: ToolbarState): Record<string, string> {
  return Object.fromEntries(ICON_SIZES.map((size) => [String(size), `icons/${state}-${size}.png`]));
}

/** Trouble outranks a pause: a paused tab that still shows a failure report needs the reader to know it. */
export function toolbarState({ trouble, paused }: { trouble: boolean; paused: boolean }): ToolbarState {
  if (trouble) return "unavailable";
  return paused ? "paused" : "active";
}

/** Shows `state` on the tab's toolbar button. */
export function showToolbarState(action: Pick<Action.Static, "setIcon">, tabId: number, state: ToolbarState): Promise<void> {
  // Root-relative, so the worker finds the files wherever its own script was bundled.
  return action.setIcon({ tabId, path: Object.fromEntries(Object.entries(iconPaths(state)).map(([size, path]) => [size, `/${path}`])) });
}
