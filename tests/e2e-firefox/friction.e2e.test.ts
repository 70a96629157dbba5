import { describe, expect, it } from "vitest";
import type { Page } from "puppeteer-core";
import { message } from "../e2e/harness/messages.ts";
import { PAGES, type FixturePage } from "../e2e/harness/pages.ts";
import { DIALOG, SHARE_CONTROL, dialogAction } from "./harness/controls.ts";
import { expectedFor, siteActions, waitForVerdicts } from "../e2e/harness/page.ts";
import { inShadow, overlayFor } from "./harness/page.ts";
import { useFirefox } from "./harness/session.ts";

const session = useFirefox();

interface ShareCase {
  page: FixturePage;
  /** A post the fixture means as bait. */
  flagged: string;
  /** What the site's own share handler records in __siteActions for that post. */
  ran: string;
}

const CASES: ShareCase[] = [
  { page: PAGES.xTimeline, flagged: "1853012000000000101", ran: "share-menu:1853012000000000101" },
  { page: PAGES.redditFeed, flagged: "t3_1qx0a01", ran: "share-menu:t3_1qx0a01" },
  { page: PAGES.oldListing, flagged: "t3_9pq0k02", ran: "share:t3_9pq0k02" },
];

/** The fixture page with its verdicts in and the flagged post revealed: its controls sit under the cover until then. */
async function ready(c: ShareCase): Promise<Page> {
  const tab = await session.open(c.page.url);
  const verdicts = await waitForVerdicts(tab, Object.keys((await expectedFor(tab, c.page.section)).bait));
  expect(verdicts[c.flagged], `${c.flagged} must be flagged for this test`).toBe("flag");
  await (await inShadow(await overlayFor(tab, c.flagged), '[data-action="reveal"]')).click();
  return tab;
}

const runs = async (tab: Page, c: ShareCase) => (await siteActions(tab)).filter((entry) => entry === c.ran).length;

/** Clicks the flagged post's share control and checks that the pause dialog stands in the way. */
async function openDialog(tab: Page, c: ShareCase): Promise<void> {
  const control = await tab.$(SHARE_CONTROL[c.page.site](c.flagged));
  if (control === null) throw new Error(`no share control for ${c.flagged} on ${c.page.name}`);
  await control.click();
  const dialog = await tab.waitForSelector(DIALOG, { timeout: 5_000 });
  expect(await dialog?.evaluate((el) => el.getAttribute("aria-modal"))).toBe("true");
  expect(await dialog?.$eval("h2", (el) => el.textContent)).toBe(message("frictionTitle"));
  expect(await tab.$eval(dialogAction("share-anyway"), (el) => (el as HTMLButtonElement).disabled)).toBe(true);
}

const closed = (tab: Page) => tab.waitForSelector("[data-second-look-friction]", { hidden: true, timeout: 5_000 });

describe.each(CASES)("Firefox, share on $page.name", (c) => {
  it("opens the pause dialog on a flagged post; cancel keeps the site's share from running", async () => {
    const tab = await ready(c);
    await openDialog(tab, c);
    await (await tab.$(dialogAction("cancel")))?.click();
    await closed(tab);
    expect(await runs(tab, c)).toBe(0);
  });

  it("runs the site's share exactly once after the countdown and Share anyway", async () => {
    const tab = await ready(c);
    await openDialog(tab, c);
    // `visible` polls every frame: the countdown flips an attribute inside the dialog's shadow root, which
    // puppeteer 24's mutation polling (the newest line that runs on Node 20) does not observe.
    const shareAnyway = await tab.waitForSelector(`${dialogAction("share-anyway")}:not([disabled])`, { visible: true, timeout: 10_000 });
    expect(await shareAnyway?.evaluate((el) => el.textContent)).toBe(message("frictionShareAnyway"));
    await shareAnyway?.click();
    await closed(tab);
    await tab.waitForFunction((entry) => (window as unknown as { __siteActions: string[] }).__siteActions.includes(entry), { timeout: 3_000 }, c.ran);
    // A second run would come from the same replayed click or a reopened dialog: give either a moment to show.
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await runs(tab, c)).toBe(1);
    expect(await tab.$("[data-second-look-friction]")).toBeNull();
  });
});
