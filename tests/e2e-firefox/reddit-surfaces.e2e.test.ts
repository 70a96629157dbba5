import { describe, expect, it } from "vitest";
import type { Page } from "puppeteer-core";
import { message } from "../e2e/harness/messages.ts";
import { DIALOG, dialogAction } from "./harness/controls.ts";
import { siteActions } from "../e2e/harness/page.ts";
import { useFirefox } from "./harness/session.ts";
import { revealAndShareAnyway, useSurfaceTabs, verdictOf } from "./harness/surfaces.ts";

// Firefox on the 2026 new-Reddit surfaces that follow public captures: a comment inside <details> and a crosspost
// without a nested post (issue 13). The Chromium suite (tests/e2e/reddit-surfaces.e2e.test.ts) covers the rest.
const session = useFirefox();

const FEED = "https://www.reddit.com/r/nightowlchat/";
const THREAD = "https://www.reddit.com/r/nightowlchat/comments/1wq7c10/whats_the_strangest_thing_that_happened_on/";
const open = useSurfaceTabs(session, "reddit");

/** Whether host has the overlay as a child and its own content blurred under it. */
const covered = (tab: Page, host: string) =>
  tab.$eval(host, (el) => ({
    overlay: [...el.children].some((child) => child.hasAttribute("data-second-look-overlay")),
    blurred: [...el.children].filter((child) => !child.hasAttribute("data-second-look-overlay")).every((child) => getComputedStyle(child).filter !== "none"),
  }));

const COMMENT = 'shreddit-comment[thingid="t1_p7c0001"]';
const REPLY = 'shreddit-comment[thingid="t1_p7c0002"]';
const COMMENT_BODY = "#t1_p7c0001-comment-rtjson-content";

describe("Firefox, new Reddit comment inside <details>", () => {
  it("flags the bait comment and covers its own body only, not the ok reply in the same <details>", async () => {
    const tab = await open(THREAD);
    expect(await verdictOf(tab, COMMENT)).toBe("flag");
    expect(await verdictOf(tab, REPLY)).toBe("ok");
    expect(await verdictOf(tab, "#t3_1wq7c10")).toBe("ok");
    await tab.waitForSelector(`${COMMENT_BODY} > [data-second-look-overlay]`, { timeout: 5_000 });
    expect(await covered(tab, COMMENT_BODY)).toEqual({ overlay: true, blurred: true });
    expect(await tab.$eval(REPLY, (el) => el.closest("[data-second-look-blur]") === null && el.querySelector("[data-second-look-overlay]") === null)).toBe(true);
  });

  it("pauses the comment's share button; cancelling keeps Reddit's share menu from opening", async () => {
    const tab = await open(THREAD);
    expect(await verdictOf(tab, COMMENT)).toBe("flag");
    const share = await tab.waitForSelector(`${COMMENT} > details > shreddit-comment-action-row >>> shreddit-comment-share-button >>> button[aria-haspopup]`);
    await share?.click();
    const dialog = await tab.waitForSelector(DIALOG, { timeout: 5_000 });
    expect(await dialog?.$eval("h2", (el) => el.textContent)).toBe(message("frictionTitle"));
    await (await tab.$(dialogAction("cancel")))?.click();
    await tab.waitForSelector("[data-second-look-friction]", { hidden: true, timeout: 5_000 });
    expect(await siteActions(tab)).toEqual([]);
  });
});

describe("Firefox, new Reddit crosspost without a nested post", () => {
  it("flags the crosspost for the original it shows and covers its card", async () => {
    const tab = await open(FEED);
    expect(await tab.$$eval("#t3_1wq7b02 shreddit-post", (nested) => nested.length)).toBe(0);
    expect(await verdictOf(tab, "#t3_1wq7b02")).toBe("flag");
    expect(await verdictOf(tab, "#t3_1wq7b03")).toBe("ok");
    const card = 'article[data-post-id="t3_1wq7b02"]';
    await tab.waitForSelector(`${card} > [data-second-look-overlay]`, { timeout: 5_000 });
    expect(await covered(tab, card)).toEqual({ overlay: true, blurred: true });
  });

  it("pauses its Repost button until the reader chooses Share anyway, then reposts once", async () => {
    const tab = await open(FEED);
    expect(await verdictOf(tab, "#t3_1wq7b02")).toBe("flag");
    const card = 'article[data-post-id="t3_1wq7b02"]';
    await revealAndShareAnyway(tab, card, '#t3_1wq7b02 [slot="repost-button"] button');
    expect(await siteActions(tab)).toEqual(["repost:t3_1wq7b02"]);
  });
});
