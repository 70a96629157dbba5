import type { Page } from "playwright-core";
import type { SettingsInput } from "../../../src/settings/schema.ts";
import { expectedFor, fixture, waitForVerdicts } from "./page.ts";
import { PAGES } from "./pages.ts";
import type { Session } from "./session.ts";

/** The extension's own pages, by the folder under src/ui/ each lives in. */
export type ExtensionPage = "options" | "popup" | "learn" | "lesson";

export const extensionPage = (extensionId: string, name: ExtensionPage) => `chrome-extension://${extensionId}/src/ui/${name}/index.html`;

/** The settings object as chrome.storage.local holds it (read on one of the extension's pages). */
export function storedSettings(page: Page): Promise<SettingsInput | undefined> {
  return page.evaluate(async () => {
    const { chrome } = globalThis as unknown as { chrome: { storage: { local: { get(key: string): Promise<Record<string, unknown>> } } } };
    return (await chrome.storage.local.get("settings")).settings as SettingsInput | undefined;
  });
}

/**
 * Appends one post saying `text` to an endless-feed fixture, through the fixture's own appendPosts: the texts
 * it cycles through are swapped for this one. Returns the post's id.
 */
export async function postSaying(page: Page, text: string): Promise<string> {
  await page.evaluate((said) => {
    const { generated } = (window as unknown as { __fixture: { data: { generated: unknown[] } } }).__fixture.data;
    generated.splice(0, generated.length, { bait: false, text: [said] });
  }, text);
  const [id] = await fixture<string[]>(page, "appendPosts", 1);
  if (id === undefined) throw new Error("the fixture appended no post");
  return id;
}

/** The X timeline with its own posts and one more post per text judged; returns the tab and those posts' ids. */
export async function xTimelineSaying(session: Session, ...texts: string[]): Promise<{ tab: Page; ids: string[] }> {
  const tab = await session.open(PAGES.xTimeline.url);
  const bait = Object.keys((await expectedFor(tab, PAGES.xTimeline.section)).bait);
  const ids: string[] = [];
  for (const text of texts) ids.push(await postSaying(tab, text));
  await waitForVerdicts(tab, [...bait, ...ids]);
  return { tab, ids };
}
