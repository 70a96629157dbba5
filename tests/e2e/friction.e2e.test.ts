import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { SHARE_CONTROL, xPost } from "./harness/controls.ts";
import { message } from "./harness/messages.ts";
import { expectedFor, revealButton, siteActions, waitForVerdicts } from "./harness/page.ts";
import { PAGES, type FixturePage } from "./harness/pages.ts";
import { useExtension } from "./harness/session.ts";

const session = useExtension();

interface ShareControl {
  name: string;
  page: FixturePage;
  /** A post the fixture means as bait, and (where the page has one) a hard negative. */
  flagged: string;
  ok?: string;
  /** The site's share-like control of post id (Playwright CSS: it pierces open shadow roots). */
  control(id: string): string;
  /** What the site's own handler records in __siteActions when that control runs. */
  ran(id: string): string;
}

const CONTROLS: ShareControl[] = [
  {
    name: "X share button",
    page: PAGES.xTimeline,
    flagged: "1853012000000000101",
    ok: "1853012000000000102",
    control: SHARE_CONTROL.x,
    ran: (id) => `share-menu:${id}`,
  },
  {
    name: "X repost button",
    page: PAGES.xTimeline,
    flagged: "1853012000000000103",
    ok: "1853012000000000104",
    control: (id) => `${xPost(id)} [data-testid="retweet"]`,
    ran: (id) => `repost-menu:${id}`,
  },
  {
    name: "new Reddit feed share button (in the card's shadow roots)",
    page: PAGES.redditFeed,
    flagged: "t3_1qx0a01",
    ok: "t3_1qx0a02",
    control: SHARE_CONTROL.reddit,
    ran: (id) => `share-menu:${id}`,
  },
  {
    name: "new Reddit post page share dropdown",
    page: PAGES.redditPost,
    flagged: "t3_1qy5c10",
    control: (id) => `shreddit-post#${id} [slot="ssr-share-button"] button[aria-haspopup]`,
    ran: (id) => `share-menu:${id}`,
  },
  {
    name: "old Reddit share link",
    page: PAGES.oldListing,
    flagged: "t3_9pq0k02",
    ok: "t3_9pq0k03",
    control: SHARE_CONTROL["old-reddit"],
    ran: (id) => `share:${id}`,
  },
  {
    name: "old Reddit crosspost link",
    page: PAGES.oldListing,
    flagged: "t3_9pq0k06",
    control: (id) => `#thing_${id} a.post-crosspost-button`,
    ran: (id) => `crosspost:${id}`,
  },
];

const DIALOG = "[data-second-look-friction] [role=dialog]";

/** The fixture page with its verdicts in, and the flagged post revealed: its controls sit under the cover until then. */
async function ready(c: ShareControl): Promise<Page> {
  const tab = await session.open(c.page.url);
  const verdicts = await waitForVerdicts(tab, Object.keys((await expectedFor(tab, c.page.section)).bait));
  expect(verdicts[c.flagged], `${c.flagged} must be flagged for this test`).toBe("flag");
  if (c.ok !== undefined) expect(verdicts[c.ok]).toBe("ok");
  await (await revealButton(tab, c.flagged)).click();
  return tab;
}

/** The data-action of the focused element, looking through open shadow roots. */
const focusedAction = (tab: Page) =>
  tab.evaluate(() => {
    let active = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    return active?.getAttribute("data-action") ?? active?.localName ?? null;
  });

const count = (list: string[], entry: string) => list.filter((e) => e === entry).length;

/** Opens the pause dialog from the flagged post's control and checks it is a focused modal dialog. */
async function openDialog(tab: Page, c: ShareControl): Promise<void> {
  await tab.locator(c.control(c.flagged)).click();
  const dialog = tab.locator(DIALOG);
  await dialog.waitFor({ state: "visible", timeout: 5_000 });
  expect(await dialog.getAttribute("aria-modal")).toBe("true");
  expect(await tab.locator(`${DIALOG} h2`).textContent()).toBe(message("frictionTitle"));
  expect(await focusedAction(tab)).toBe("cancel");
  expect(await tab.locator(`${DIALOG} [data-action="share-anyway"]`).isDisabled()).toBe(true);
}

describe.each(CONTROLS)("$name", (c) => {
  it("opens the pause dialog; cancelling it keeps the site's own action from running", async () => {
    const tab = await ready(c);
    await openDialog(tab, c);
    await tab.locator(`${DIALOG} [data-action="cancel"]`).click();
    await tab.locator("[data-second-look-friction]").waitFor({ state: "detached", timeout: 5_000 });
    expect(count(await siteActions(tab), c.ran(c.flagged))).toBe(0);
  });

  it("closes on Escape without running the site's action", async () => {
    const tab = await ready(c);
    await openDialog(tab, c);
    await tab.keyboard.press("Escape");
    await tab.locator("[data-second-look-friction]").waitFor({ state: "detached", timeout: 5_000 });
    expect(count(await siteActions(tab), c.ran(c.flagged))).toBe(0);
  });

  it("runs the site's action exactly once after the countdown and Share anyway", async () => {
    const tab = await ready(c);
    await openDialog(tab, c);
    const shareAnyway = tab.locator(`${DIALOG} [data-action="share-anyway"]`);
    await expect.poll(() => shareAnyway.isEnabled(), { timeout: 10_000, interval: 200 }).toBe(true);
    expect(await shareAnyway.textContent()).toBe(message("frictionShareAnyway"));
    await shareAnyway.click();
    await tab.locator("[data-second-look-friction]").waitFor({ state: "detached", timeout: 5_000 });
    await expect.poll(async () => count(await siteActions(tab), c.ran(c.flagged)), { timeout: 3_000 }).toBe(1);
    await tab.waitForTimeout(300);
    expect(count(await siteActions(tab), c.ran(c.flagged))).toBe(1);
  });

});

describe.each(CONTROLS.flatMap((c) => (c.ok === undefined ? [] : [{ ...c, ok: c.ok }])))("$name", (c) => {
  it("lets an ok post's control run at once, with no dialog", async () => {
    const tab = await ready(c);
    const { ok } = c;
    await tab.locator(c.control(ok)).click();
    expect(count(await siteActions(tab), c.ran(ok))).toBe(1);
    expect(await tab.locator("[data-second-look-friction]").count()).toBe(0);
  });
});
