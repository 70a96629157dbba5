import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { message } from "./harness/messages.ts";
import { expectedFor, overlayFor, overlayOwners, readVerdicts, waitForVerdicts } from "./harness/page.ts";
import { PAGES } from "./harness/pages.ts";
import { useExtension } from "./harness/session.ts";

const session = useExtension();

/** Opens a fixture page and waits until every post it renders has its verdict. */
async function scanned(page: (typeof PAGES)[keyof typeof PAGES]) {
  const tab = await session.open(page.url);
  const expected = await expectedFor(tab, page.section);
  const verdicts = await waitForVerdicts(tab, Object.keys(expected.bait));
  return { tab, expected, verdicts };
}

const flaggedIn = (verdicts: Record<string, string>) => Object.keys(verdicts).filter((id) => verdicts[id] === "flag").sort();

/** The filter on the post's own content next to the overlay: a blur while covered, none once revealed. */
const contentFilters = (tab: Page, id: string) =>
  overlayFor(tab, id).then((overlay) =>
    overlay.evaluate((el) => [...(el.parentElement?.children ?? [])].filter((child) => child !== el && child.localName !== "style").map((child) => getComputedStyle(child).filter)),
  );

describe.each(Object.values(PAGES))("$name", (page) => {
  it("flags the bait, leaves the hard negatives ok, leaves nothing pending and skips ads", async () => {
    const { expected, verdicts } = await scanned(page);
    const wrong = Object.entries(expected.bait)
      .filter(([id, bait]) => verdicts[id] !== (bait ? "flag" : "ok"))
      .map(([id, bait]) => `${id}: meant as ${bait ? "bait" : "a hard negative"}, got ${verdicts[id]}`);
    expect(wrong).toEqual([]);
    expect(Object.values(verdicts)).not.toContain("pending");
    for (const ad of expected.unscanned) expect(verdicts[ad], `ad ${ad}`).toBeUndefined();
  });

  it("covers flagged posts, and only those, with one overlay each", async () => {
    const { tab, verdicts } = await scanned(page);
    expect(flaggedIn(verdicts).length).toBeGreaterThan(0);
    expect((await overlayOwners(tab)).sort()).toEqual(flaggedIn(verdicts));
  });

  it("shows the overlay's contract: open shadow root, heading, reveal leaves a label, why opens the panel", async () => {
    const { tab, verdicts } = await scanned(page);
    const id = flaggedIn(verdicts)[0] ?? "";
    const overlay = await overlayFor(tab, id);
    expect(await overlay.evaluate((el) => el.shadowRoot?.mode)).toBe("open");
    expect(await overlay.evaluate((el) => el.getAttribute("data-mode"))).toBe("cover");
    expect(await (await overlay.$("h2"))?.textContent()).toBe(message("overlayTitle"));
    expect((await contentFilters(tab, id)).every((filter) => filter.includes("blur"))).toBe(true);

    await (await overlay.$('[data-action="why"]'))?.click();
    const panel = await overlay.$(".why[role=region]");
    expect(await panel?.isVisible()).toBe(true);
    expect(await overlay.$$eval(".signals li", (items) => items.length)).toBeGreaterThan(0);
    expect(await overlay.$$eval(".tips li", (items) => items.length)).toBe(4);
    expect(await (await overlay.$(".report"))?.textContent()).toBe(
      message(page.site === "x" ? "overlayReportX" : page.site === "reddit" ? "overlayReportReddit" : "overlayReportOldReddit"),
    );
    expect(await overlay.$$eval(".help a", (links) => links.map((a) => a.getAttribute("href")))).toEqual([
      "https://stopncii.org/",
      "https://takeitdown.ncmec.org/",
    ]);
    await (await overlay.$('[data-action="why"]'))?.click();
    expect(await (await overlay.$(".why"))?.isVisible()).toBe(false);

    await (await overlay.$('[data-action="reveal"]'))?.click();
    expect(await overlay.evaluate((el) => el.getAttribute("data-mode"))).toBe("revealed");
    expect(await (await overlay.$("h2"))?.textContent()).toBe(message("overlayRevealedTitle"));
    expect(await (await overlay.$('[data-action="hide"]'))?.isVisible()).toBe(true);
    expect((await contentFilters(tab, id)).every((filter) => filter === "none")).toBe(true);
    expect((await readVerdicts(tab))[id]).toBe("flag");
  });

  it("sets the toolbar badge of the tab to the number of flagged posts", async () => {
    const { verdicts } = await scanned(page);
    const worker = await session.browser.worker();
    const badges = await worker.evaluate(async () => {
      const api = (globalThis as unknown as { chrome: ChromeTabsAndAction }).chrome;
      const tabs = await api.tabs.query({});
      return Promise.all(tabs.map((tab) => api.action.getBadgeText({ tabId: tab.id })));
    });
    expect(badges).toEqual([String(flaggedIn(verdicts).length)]);
  });
});

/** The two extension APIs the badge test calls in the worker. */
interface ChromeTabsAndAction {
  tabs: { query(q: object): Promise<{ id: number }[]> };
  action: { getBadgeText(d: { tabId: number }): Promise<string> };
}
