import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { siteActions } from "./harness/page.ts";
import { useExtension } from "./harness/session.ts";
import { cancelDialog, count, openDialog, openRevealed, serveSurfaces, settled, shareAnyway, state, type Surface } from "./harness/surfaces.ts";

// The 2026 Reddit surfaces (issue 13) on pages that follow public captures of the live sites, served on the real
// origins: right verdict through the DOM contract, the cover on the right element, the pause on every share-like
// control.
const session = useExtension();

serveSurfaces(session, ["reddit", "old-reddit"]);

const URLS = {
  feed: "https://www.reddit.com/r/nightowlchat/",
  thread: "https://www.reddit.com/r/nightowlchat/comments/1wq7c10/whats_the_strangest_thing_that_happened_on/",
  profile: "https://www.reddit.com/user/drop_link_bot/comments/",
  searchComments: "https://www.reddit.com/search/?q=elena+varga&type=comments",
  oldOverview: "https://old.reddit.com/user/drop_link_bot/",
  oldSearch: "https://old.reddit.com/search?q=elena+varga",
};

/** A hit of the Comments tab, by its body's id (the card itself has none). */
const searchComment = (id: string) => `[data-testid="search-sdui-comment-unit"]:has(#search-comment-${id}-post-rtjson-content)`;

const SURFACES_UNDER_TEST: Surface[] = [
  {
    name: "new Reddit feed: text body without .md, crosspost without a nested post, Repost button",
    url: URLS.feed,
    verdicts: { "#t3_1wq7b01": "flag", "#t3_1wq7b02": "flag", "#t3_1wq7b03": "ok", "#t3_1wq7b04": "flag" },
    covers: {
      "#t3_1wq7b01": 'article[data-post-id="t3_1wq7b01"]',
      "#t3_1wq7b02": 'article[data-post-id="t3_1wq7b02"]',
      "#t3_1wq7b04": 'article[data-post-id="t3_1wq7b04"]',
    },
    unmarked: ["shreddit-ad-post"],
  },
  {
    name: "new Reddit post page: comments inside <details>",
    url: URLS.thread,
    verdicts: {
      "#t3_1wq7c10": "ok",
      'shreddit-comment[thingid="t1_p7c0001"]': "flag",
      'shreddit-comment[thingid="t1_p7c0002"]': "ok",
      'shreddit-comment[thingid="t1_p7c0003"]': "ok",
    },
    covers: { 'shreddit-comment[thingid="t1_p7c0001"]': "#t1_p7c0001-comment-rtjson-content" },
    unmarked: [],
  },
  {
    name: "new Reddit profile comments",
    url: URLS.profile,
    verdicts: { 'shreddit-profile-comment[comment-id="t1_p8d0001"]': "flag", 'shreddit-profile-comment[comment-id="t1_p8d0002"]': "ok" },
    covers: { 'shreddit-profile-comment[comment-id="t1_p8d0001"]': 'shreddit-profile-comment[comment-id="t1_p8d0001"] > .md' },
    unmarked: [],
  },
  {
    // The page holds both tabs' results (its header says why); served on the Comments tab's URL.
    name: "new Reddit search results: post units, and the Comments tab's comment cards",
    url: URLS.searchComments,
    verdicts: {
      '[data-thingid="t3_1wq9s01"]': "flag",
      '[data-thingid="t3_1wq9s02"]': "ok",
      '[data-thingid="t3_1wq9s03"]': "ok",
      [searchComment("t1_p9c0001")]: "flag",
      [searchComment("t1_p9c0002")]: "ok",
    },
    // A comment is covered on its content box; the thread's title above it is no post of its own.
    covers: {
      '[data-thingid="t3_1wq9s01"]': '[data-thingid="t3_1wq9s01"] > div',
      [searchComment("t1_p9c0001")]: `${searchComment("t1_p9c0001")} [data-testid="search-comment-content"]`,
    },
    unmarked: ["h2.i18n-search-comment-post-title"],
  },
  {
    name: "old Reddit things marked by class only",
    url: URLS.oldOverview,
    verdicts: { "#thing_t3_9wq1k02": "flag", "#thing_t3_9wq1k03": "ok", "#thing_t1_9wq1c04": "flag" },
    covers: { "#thing_t3_9wq1k02": "#thing_t3_9wq1k02", "#thing_t1_9wq1c04": "#thing_t1_9wq1c04 > .entry" },
    unmarked: ["#thing_t3_9wq1k01"],
  },
  {
    name: "old Reddit search results",
    url: URLS.oldSearch,
    verdicts: { '[data-fullname="t3_9wq2s01"]': "flag", '[data-fullname="t3_9wq2s02"]': "ok", '[data-fullname="t3_9wq2s03"]': "flag" },
    covers: { '[data-fullname="t3_9wq2s01"]': '[data-fullname="t3_9wq2s01"]', '[data-fullname="t3_9wq2s03"]': '[data-fullname="t3_9wq2s03"]' },
    unmarked: [".search-result-subreddit"],
  },
];

/** Whether the cover on host shows whole: host is laid out at least as tall as the cover's own box (no clipping). */
const uncutCover = (tab: Page, host: string) =>
  tab.locator(`${host} > [data-second-look-overlay]`).evaluate((overlay) => {
    const box = overlay.shadowRoot?.querySelector(".box")?.getBoundingClientRect();
    const space = overlay.parentElement?.getBoundingClientRect();
    return box !== undefined && space !== undefined && box.height > 0 && space.height >= box.height;
  });

/** How many overlays the page holds, in open shadow roots too. */
const overlayCount = (tab: Page) =>
  tab.evaluate(() => {
    const found: Element[] = [];
    const walk = (root: Document | ShadowRoot): void => {
      found.push(...root.querySelectorAll("[data-second-look-overlay]"));
      for (const el of root.querySelectorAll("*")) if (el.shadowRoot) walk(el.shadowRoot);
    };
    walk(document);
    return found.length;
  });

describe.each(SURFACES_UNDER_TEST)("$name", (surface) => {
  it("gives every post its verdict once, skips what is no post, and covers each flagged post on its own element", async () => {
    const tab = await session.open(surface.url);
    await settled(tab, Object.keys(surface.verdicts));
    for (const [selector, verdict] of Object.entries(surface.verdicts)) expect(await state(tab, selector), selector).toBe(verdict);
    expect(await tab.locator("[data-second-look]").count()).toBe(Object.keys(surface.verdicts).length);
    for (const selector of surface.unmarked) expect(await tab.locator(`${selector}[data-second-look]`).count(), selector).toBe(0);
    for (const [post, host] of Object.entries(surface.covers)) {
      await tab.locator(`${host} > [data-second-look-overlay]`).waitFor({ state: "attached", timeout: 5_000 });
      expect(await tab.locator(`${host}[data-second-look-blur]`).count(), `${post} is blurred under its cover`).toBe(1);
      expect(await uncutCover(tab, host), `${post}'s cover shows whole`).toBe(true);
    }
    expect(await overlayCount(tab)).toBe(Object.keys(surface.covers).length);
  });
});

describe("the cover of a comment inside <details>", () => {
  it("leaves the ok reply inside the same <details> visible and clickable", async () => {
    const tab = await session.open(URLS.thread);
    await settled(tab, Object.keys((SURFACES_UNDER_TEST[1] as Surface).verdicts));
    const reply = tab.locator('shreddit-comment[thingid="t1_p7c0002"]');
    expect(await reply.evaluate((el) => el.closest("[data-second-look-blur]") === null)).toBe(true);
    expect(await tab.locator("#t1_p7c0002-comment-rtjson-content").evaluate((el) => getComputedStyle(el.firstElementChild as Element).filter)).toBe("none");
    await reply.locator("shreddit-comment-action-row button").first().click();
    expect(await siteActions(tab)).toEqual(["reply:t1_p7c0002"]);
  });
});

interface ShareControl {
  name: string;
  url: string;
  /** The post the control belongs to, its cover host, and the control itself (Playwright CSS). */
  flagged: { post: string; cover: string; control: string; ran: string };
  ok: { post: string; control: string; ran: string };
}

const CONTROLS: ShareControl[] = [
  {
    name: "new Reddit feed Repost button",
    url: URLS.feed,
    flagged: { post: "#t3_1wq7b01", cover: 'article[data-post-id="t3_1wq7b01"]', control: '#t3_1wq7b01 [slot="repost-button"] button', ran: "repost:t3_1wq7b01" },
    ok: { post: "#t3_1wq7b03", control: '#t3_1wq7b03 [slot="repost-button"] button', ran: "repost:t3_1wq7b03" },
  },
  {
    name: "new Reddit share button on a crosspost",
    url: URLS.feed,
    flagged: {
      post: "#t3_1wq7b02",
      cover: 'article[data-post-id="t3_1wq7b02"]',
      control: 'article[data-post-id="t3_1wq7b02"] shreddit-post-share-button button[aria-haspopup]',
      ran: "share-menu:t3_1wq7b02",
    },
    ok: { post: "#t3_1wq7b03", control: 'article[data-post-id="t3_1wq7b03"] shreddit-post-share-button button[aria-haspopup]', ran: "share-menu:t3_1wq7b03" },
  },
  {
    name: "new Reddit share button of a comment inside <details>",
    url: URLS.thread,
    flagged: {
      post: 'shreddit-comment[thingid="t1_p7c0001"]',
      cover: "#t1_p7c0001-comment-rtjson-content",
      control: 'shreddit-comment[thingid="t1_p7c0001"] > details > shreddit-comment-action-row shreddit-comment-share-button button[aria-haspopup]',
      ran: "comment-share-menu:t1_p7c0001",
    },
    ok: {
      post: 'shreddit-comment[thingid="t1_p7c0003"]',
      control: 'shreddit-comment[thingid="t1_p7c0003"] shreddit-comment-share-button button[aria-haspopup]',
      ran: "comment-share-menu:t1_p7c0003",
    },
  },
  {
    name: "new Reddit share button of a profile comment",
    url: URLS.profile,
    flagged: {
      post: 'shreddit-profile-comment[comment-id="t1_p8d0001"]',
      cover: 'shreddit-profile-comment[comment-id="t1_p8d0001"] > .md',
      control: 'shreddit-profile-comment[comment-id="t1_p8d0001"] shreddit-comment-share-button button[aria-haspopup]',
      ran: "comment-share-menu:t1_p8d0001",
    },
    ok: {
      post: 'shreddit-profile-comment[comment-id="t1_p8d0002"]',
      control: 'shreddit-profile-comment[comment-id="t1_p8d0002"] shreddit-comment-share-button button[aria-haspopup]',
      ran: "comment-share-menu:t1_p8d0002",
    },
  },
  {
    name: "old Reddit share link of a link marked by class only",
    url: URLS.oldOverview,
    flagged: { post: "#thing_t3_9wq1k02", cover: "#thing_t3_9wq1k02", control: "#thing_t3_9wq1k02 a.post-sharing-button", ran: "share:t3_9wq1k02" },
    ok: { post: "#thing_t3_9wq1k03", control: "#thing_t3_9wq1k03 a.post-sharing-button", ran: "share:t3_9wq1k03" },
  },
  {
    name: "old Reddit crosspost link of a link marked by class only",
    url: URLS.oldOverview,
    flagged: { post: "#thing_t3_9wq1k02", cover: "#thing_t3_9wq1k02", control: "#thing_t3_9wq1k02 a.post-crosspost-button", ran: "crosspost:t3_9wq1k02" },
    ok: { post: "#thing_t3_9wq1k03", control: "#thing_t3_9wq1k03 a.post-crosspost-button", ran: "crosspost:t3_9wq1k03" },
  },
  {
    name: "old Reddit share link of a comment marked by class only",
    url: URLS.oldOverview,
    flagged: { post: "#thing_t1_9wq1c04", cover: "#thing_t1_9wq1c04 > .entry", control: "#thing_t1_9wq1c04 a.post-sharing-button", ran: "share:t1_9wq1c04" },
    ok: { post: "#thing_t3_9wq1k03", control: "#thing_t3_9wq1k03 a.post-sharing-button", ran: "share:t3_9wq1k03" },
  },
];

const ready = (c: ShareControl): Promise<Page> => openRevealed(session, c.url, c.flagged, [c.ok.post]);

describe.each(CONTROLS)("$name", (c) => {
  it("pauses a flagged post's control; cancelling keeps the site's action from running", async () => {
    const tab = await ready(c);
    await openDialog(tab, c.flagged.control);
    await cancelDialog(tab);
    expect(count(await siteActions(tab), c.flagged.ran)).toBe(0);
  });

  it("runs the site's action exactly once after Share anyway, and an ok post's control at once", async () => {
    const tab = await ready(c);
    await openDialog(tab, c.flagged.control);
    await shareAnyway(tab);
    await expect.poll(async () => count(await siteActions(tab), c.flagged.ran), { timeout: 3_000 }).toBe(1);
    await tab.locator(c.ok.control).click();
    expect(count(await siteActions(tab), c.ok.ran)).toBe(1);
    expect(await tab.locator("[data-second-look-friction]").count()).toBe(0);
    expect(count(await siteActions(tab), c.flagged.ran)).toBe(1);
  });
});
