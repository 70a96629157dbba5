import type { Site } from "../../../src/sites/snapshot.ts";
import { SHARE_CONTROL as PLAYWRIGHT_SHARE_CONTROL } from "../../e2e/harness/controls.ts";

/**
 * Each site's share control of post id as a puppeteer selector. Playwright's CSS pierces open shadow roots and
 * puppeteer's does not, so new Reddit's (in the card's and the share button's shadow roots) spells the
 * crossings out with `>>>`; the others hold no shadow roots and are the Chromium suite's own.
 */
export const SHARE_CONTROL: Record<Site, (id: string) => string> = {
  ...PLAYWRIGHT_SHARE_CONTROL,
  reddit: (id) => `article[data-post-id="${id}"] >>> shreddit-post-share-button >>> button[aria-haspopup]`,
};

/** The pause dialog, inside the friction element's open shadow root. */
export const DIALOG = "[data-second-look-friction] >>> [role=dialog]";

/** A button of the pause dialog by its data-action. */
export const dialogAction = (action: "cancel" | "share-anyway") => `${DIALOG} [data-action="${action}"]`;
