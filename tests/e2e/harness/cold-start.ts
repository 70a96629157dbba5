import type { Page } from "playwright-core";
import { launchExtension, type ExtensionBrowser } from "./launch.ts";
import { PAGES } from "./pages.ts";

// Main world, before the page's own scripts: when each post first reached each state, and when covers came.
const RECORD_MARKS = `(() => {
  const marks = (window.__marks = { dcl: null, first: {}, cover: null, byId: {} });
  document.addEventListener("DOMContentLoaded", () => (marks.dcl = performance.now()));
  const idOf = (el) => el.querySelector('a[href*="/status/"] > time')?.parentElement?.getAttribute("href")?.split("/status/")[1];
  new MutationObserver((records) => {
    const now = performance.now();
    for (const record of records) {
      if (record.type === "attributes") {
        const state = record.target.getAttribute("data-second-look");
        if (!state) continue;
        marks.first[state] ??= now;
        const id = idOf(record.target);
        if (id) (marks.byId[id] ??= {})[state] ??= now;
      }
      for (const node of record.addedNodes) if (node instanceof Element && node.hasAttribute("data-second-look-overlay")) marks.cover ??= now;
    }
  }).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ["data-second-look"] });
})()`;

type State = "pending" | "flag" | "ok";

/** Page times (performance.now) of the marks; the script marks every post pending as its first act. */
export interface Marks {
  dcl: number | null;
  first: Partial<Record<State, number>>;
  cover: number | null;
  byId: Record<string, Partial<Record<State, number>>>;
}

export const marksOf = (page: Page): Promise<Marks> => page.evaluate(() => (window as unknown as { __marks: Marks }).__marks);

export const waitForCover = (page: Page, timeoutMs = 10_000) =>
  page.waitForFunction(() => (window as unknown as { __marks: Marks }).__marks.cover !== null, undefined, { timeout: timeoutMs });

/**
 * Starts Chromium with the extension on `profile` and opens the X timeline as its first page, as a reader whose
 * browser restores a tab: right after a start Chromium's first storage.managed read answers only once policies
 * are loaded, seconds later, with or without a policy. Nothing in the build is slowed.
 */
export async function firstPage(extensionDir: string, profile: string): Promise<{ browser: ExtensionBrowser; tab: Page }> {
  const browser = await launchExtension({ extensionDir, headless: true, reducedMotion: true, profileDir: profile });
  await browser.context.addInitScript(RECORD_MARKS);
  const tab = browser.context.pages()[0] ?? (await browser.context.newPage());
  await tab.goto(PAGES.xTimeline.url);
  return { browser, tab };
}
