import { expect } from "vitest";
import type { Page } from "puppeteer-core";
import { surfaceAnswers } from "../../e2e/harness/routes.ts";
import { DIALOG, dialogAction } from "./controls.ts";
import { siteActions } from "../../e2e/harness/page.ts";
import type { Session } from "./session.ts";

/** Tabs that serve a site's capture-following pages on their real URLs (routes.ts: surfaceAnswers), and the rest as the harness does. */
export function useSurfaceTabs(session: Session, site: string): (url: string) => Promise<Page> {
  const surface = surfaceAnswers([site]);
  return (url) => session.open(url, surface);
}

/** The DOM contract's verdict on the element, once it has one (flag or ok: never left pending). */
export async function verdictOf(tab: Page, selector: string): Promise<string> {
  const handle = await tab.waitForFunction(
    (s) => {
      const value = document.querySelector(s)?.getAttribute("data-second-look");
      return value === "flag" || value === "ok" ? value : null;
    },
    { timeout: 20_000, polling: 100 },
    selector,
  );
  return String(await handle.jsonValue());
}

/**
 * Reveals the flagged post under cover, clicks its control and lets it through with Share anyway, returning once the
 * site's own handler has run. The control sits under the cover until the reveal, and Share anyway is held disabled
 * for a moment; the site's action is checked empty while the pause is up, so nothing ran before the reader chose.
 */
export async function revealAndShareAnyway(tab: Page, cover: string, control: string): Promise<void> {
  await (await tab.waitForSelector(`${cover} > [data-second-look-overlay] >>> [data-action="reveal"]`))?.click();
  await (await tab.$(control))?.click();
  await tab.waitForSelector(DIALOG, { timeout: 5_000 });
  expect(await siteActions(tab)).toEqual([]);
  const shareAnyway = await tab.waitForSelector(`${dialogAction("share-anyway")}:not([disabled])`, { visible: true, timeout: 10_000 });
  await shareAnyway?.click();
  await tab.waitForSelector("[data-second-look-friction]", { hidden: true, timeout: 5_000 });
  await tab.waitForFunction(() => (window as unknown as { __siteActions: string[] }).__siteActions.length > 0, { timeout: 3_000 });
}
