import { beforeAll, expect } from "vitest";
import type { Page, Route } from "playwright-core";
import { message } from "./messages.ts";
import { surfaceAnswers } from "./routes.ts";
import type { Session } from "./session.ts";

/**
 * Serves each site folder's capture-following pages on their real URLs (routes.ts: surfaceAnswers). Registered after
 * the harness's route, so it is asked first; anything else (fixture.js, fixture.css, other pages) falls back.
 */
export function serveSurfaces(session: Session, dirs: string[]): void {
  const surface = surfaceAnswers(dirs);
  beforeAll(async () => {
    await session.browser.context.route(
      () => true,
      (route: Route) => {
        const reply = surface(new URL(route.request().url()));
        return reply ? route.fulfill(reply) : route.fallback();
      },
    );
  });
}

/** One page of a site and what the extension must make of it. */
export interface Surface {
  name: string;
  url: string;
  /** Post element (Playwright CSS) → the verdict it must get. */
  verdicts: Record<string, "flag" | "ok">;
  /** Flagged post → the element its cover must sit on (the overlay is that element's child). */
  covers: Record<string, string>;
  /** Ads, promoted posts and other entries that are no posts: never marked. */
  unmarked: string[];
}

export const state = (tab: Page, selector: string) => tab.locator(selector).getAttribute("data-second-look");

/** Waits until each listed post has its verdict (flag or ok: never left pending). */
export async function settled(tab: Page, selectors: string[]): Promise<void> {
  for (const selector of selectors) {
    await expect.poll(() => state(tab, selector), { timeout: 20_000, interval: 100 }).toMatch(/^(flag|ok)$/);
  }
}

/**
 * Opens a page with its flagged post (and any listed ok posts) judged, and reveals the flagged post: its share
 * controls sit under the cover until then.
 */
export async function openRevealed(session: Session, url: string, flagged: { post: string; cover: string }, okPosts: readonly string[] = []): Promise<Page> {
  const tab = await session.open(url);
  await expect.poll(() => state(tab, flagged.post), { timeout: 20_000, interval: 100 }).toBe("flag");
  for (const post of okPosts) await expect.poll(() => state(tab, post), { timeout: 20_000, interval: 100 }).toBe("ok");
  await tab.locator(`${flagged.cover} > [data-second-look-overlay] [data-action="reveal"]`).click();
  return tab;
}

export const DIALOG = "[data-second-look-friction] [role=dialog]";
export const count = (list: string[], entry: string) => list.filter((e) => e === entry).length;

/** Clicks the control and checks the pause opened as a modal dialog. */
export async function openDialog(tab: Page, control: string): Promise<void> {
  await tab.locator(control).click();
  const dialog = tab.locator(DIALOG);
  await dialog.waitFor({ state: "visible", timeout: 5_000 });
  expect(await dialog.getAttribute("aria-modal")).toBe("true");
  expect(await tab.locator(`${DIALOG} h2`).textContent()).toBe(message("frictionTitle"));
}

export async function cancelDialog(tab: Page): Promise<void> {
  await tab.locator(`${DIALOG} [data-action="cancel"]`).click();
  await tab.locator("[data-second-look-friction]").waitFor({ state: "detached", timeout: 5_000 });
}

/** Share anyway is held disabled for a moment (the friction), so wait for it before clicking. */
export async function shareAnyway(tab: Page): Promise<void> {
  const button = tab.locator(`${DIALOG} [data-action="share-anyway"]`);
  await expect.poll(() => button.isEnabled(), { timeout: 10_000, interval: 200 }).toBe(true);
  await button.click();
  await tab.locator("[data-second-look-friction]").waitFor({ state: "detached", timeout: 5_000 });
}
