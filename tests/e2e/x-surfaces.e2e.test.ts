import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { xPost } from "./harness/controls.ts";
import { siteActions } from "./harness/page.ts";
import { useExtension } from "./harness/session.ts";
import { cancelDialog, count, openDialog, openRevealed, serveSurfaces, settled, shareAnyway, state, type Surface } from "./harness/surfaces.ts";

// The X surfaces of issue 13 (Articles, display names, profiles and hover cards, direct messages, media-only posts,
// replies, search, notifications) on pages that follow public captures of x.com, served on the real origin: the
// verdict through the DOM contract, the cover on the right element, the pause on every share-like control.
const session = useExtension();

serveSurfaces(session, ["x"]);

const URLS = {
  article: "https://x.com/velvetarchive/article/1865200000000000101",
  articleOk: "https://x.com/greenbedsclub/article/1865200000000000102",
  profile: "https://x.com/mayatorresvault",
  replies: "https://x.com/harbourcitynews/status/1865200000000000300",
  search: "https://x.com/search?q=maya%20torres&src=typed_query",
  notifications: "https://x.com/notifications",
  chat: "https://x.com/i/chat/1790000000000000001-1865200000000000601",
  messages: "https://x.com/messages/1790000000000000001-1865200000000000701",
};
const READ_VIEW = '[data-testid="twitterArticleReadView"]';
const PROFILE_HEADER = ".profile-info";
const post = (n: number) => xPost(`1865200000000000${n}`);

const SURFACES: Surface[] = [
  {
    name: "X Article on its own page",
    url: URLS.article,
    verdicts: { [READ_VIEW]: "flag" },
    covers: { [READ_VIEW]: READ_VIEW },
    unmarked: [],
  },
  { name: "X Article that is no bait", url: URLS.articleOk, verdicts: { [READ_VIEW]: "ok" }, covers: {}, unmarked: [] },
  {
    name: "X profile: header, media-only posts (photo alt, link card), hover card",
    url: URLS.profile,
    verdicts: { [PROFILE_HEADER]: "flag", [post(201)]: "flag", [post(202)]: "flag", [post(203)]: "ok", '[data-testid="HoverCard"]': "ok" },
    covers: { [PROFILE_HEADER]: PROFILE_HEADER, [post(201)]: post(201), [post(202)]: post(202) },
    unmarked: [post(204)],
  },
  {
    name: "X search results",
    url: URLS.search,
    verdicts: { [post(401)]: "flag", [post(402)]: "ok", [post(403)]: "ok" },
    covers: { [post(401)]: post(401) },
    unmarked: [],
  },
  {
    name: "X notifications",
    url: URLS.notifications,
    verdicts: { [post(501)]: "flag", [post(502)]: "ok" },
    covers: { [post(501)]: post(501) },
    unmarked: ['article[data-testid="notification"]'],
  },
  {
    name: "X direct messages (XChat)",
    url: URLS.chat,
    verdicts: { '[data-testid="message-1865200000000000601"]': "flag", '[data-testid="message-1865200000000000602"]': "ok", '[data-testid="message-1865200000000000603"]': "ok" },
    covers: { '[data-testid="message-1865200000000000601"]': '[data-testid="message-text-1865200000000000601"]' },
    unmarked: [],
  },
  {
    name: "X direct messages (older inbox)",
    url: URLS.messages,
    verdicts: { '[data-testid="cellInnerDiv"]:nth-child(1) > [data-testid="messageEntry"]': "flag", '[data-testid="cellInnerDiv"]:nth-child(2) > [data-testid="messageEntry"]': "ok" },
    covers: { '[data-testid="cellInnerDiv"]:nth-child(1) > [data-testid="messageEntry"]': '[data-testid="cellInnerDiv"]:nth-child(1) [data-testid="tweetText"]' },
    unmarked: [],
  },
];

describe.each(SURFACES)("$name", (surface) => {
  it("gives every post its verdict once, skips what is no post, and covers each flagged post on its own element", async () => {
    const tab = await session.open(surface.url);
    await settled(tab, Object.keys(surface.verdicts));
    for (const [selector, verdict] of Object.entries(surface.verdicts)) expect(await state(tab, selector), selector).toBe(verdict);
    expect(await tab.locator("[data-second-look]").count()).toBe(Object.keys(surface.verdicts).length);
    for (const selector of surface.unmarked) expect(await tab.locator(`${selector}[data-second-look]`).count(), selector).toBe(0);
    for (const [flagged, host] of Object.entries(surface.covers)) {
      await tab.locator(`${host} > [data-second-look-overlay]`).waitFor({ state: "attached", timeout: 5_000 });
      expect(await tab.locator(`${host}[data-second-look-blur]`).count(), `${flagged} is blurred under its cover`).toBe(1);
    }
    expect(await tab.locator("[data-second-look-overlay]").count()).toBe(Object.keys(surface.covers).length);
  });
});

describe("X profile header cover", () => {
  it("hides the name, bio and link, and leaves the tabs and the ok post below in view", async () => {
    const tab = await session.open(URLS.profile);
    await settled(tab, [PROFILE_HEADER, post(203)]);
    const header = tab.locator(PROFILE_HEADER);
    for (const part of ['[data-testid="UserName"]', '[data-testid="UserDescription"]', '[data-testid="UserUrl"]']) expect(await header.locator(part).count()).toBe(1);
    expect(await tab.locator('[role="tablist"]').evaluate((el) => el.closest("[data-second-look-blur]") === null)).toBe(true);
    expect(await tab.locator(post(203)).evaluate((el) => el.closest("[data-second-look-blur]") === null)).toBe(true);
  });
});

describe("X replies under a post", () => {
  const HOVER_CARD = '[data-testid="HoverCard"]';

  it("flags the reply bot's hover card for its bio and covers the card; the post and the other reply stay ok", async () => {
    const tab = await session.open(URLS.replies);
    await settled(tab, [post(300), post(302), HOVER_CARD]);
    expect(await state(tab, post(300))).toBe("ok");
    expect(await state(tab, post(302))).toBe("ok");
    expect(await tab.locator(`${post(303)}[data-second-look]`).count()).toBe(0);
    expect(await state(tab, HOVER_CARD)).toBe("flag");
    await tab.locator(`${HOVER_CARD} > [data-second-look-overlay]`).waitFor({ state: "attached", timeout: 5_000 });
    expect(await tab.locator(`${post(300)} [data-second-look-overlay]`).count()).toBe(0);
  });

  it("flags a reply whose only bait is its author's display name, and covers that reply only", async () => {
    const tab = await session.open(URLS.replies);
    await settled(tab, [post(300), post(301), post(302)]);
    expect(await state(tab, post(301))).toBe("flag");
    await tab.locator(`${post(301)} > [data-second-look-overlay]`).waitFor({ state: "attached", timeout: 5_000 });
    expect(await tab.locator(`${post(300)}[data-second-look-blur], ${post(302)}[data-second-look-blur]`).count()).toBe(0);
  });
});

interface ShareControl {
  name: string;
  /** The flagged post's page, the post, its cover host, its menu button, and what the site records when it runs. */
  flagged: { url: string; post: string; cover: string; button: string; ran: string };
  /** The menu item a "Share anyway" lets through once (Quote, Copy link), and what it records. */
  pick: { item: string; ran: string };
  /** An ok post's same control (on its own page when the flagged one's page holds one post only). */
  ok: { url: string; post: string; button: string; ran: string };
}

const RETWEET = '[data-testid="retweet"]';
const SHARE = '[role="group"] button[aria-haspopup="menu"]:not([data-testid])';
const QUOTE = '#layers [role="menuitem"][href="/compose/post"]';
const COPY_LINK = '#layers [role="menuitem"]:first-child';

const CONTROLS: ShareControl[] = [
  {
    name: "X Article repost, then Quote",
    flagged: { url: URLS.article, post: READ_VIEW, cover: READ_VIEW, button: `${READ_VIEW} ${RETWEET}`, ran: "repost-menu:1865200000000000101" },
    pick: { item: QUOTE, ran: "quote:1865200000000000101" },
    ok: { url: URLS.articleOk, post: READ_VIEW, button: `${READ_VIEW} ${RETWEET}`, ran: "repost-menu:1865200000000000102" },
  },
  {
    name: "X Article share, then Copy link",
    flagged: { url: URLS.article, post: READ_VIEW, cover: READ_VIEW, button: `${READ_VIEW} ${SHARE}`, ran: "share-menu:1865200000000000101" },
    pick: { item: COPY_LINK, ran: "copy-link:1865200000000000101" },
    ok: { url: URLS.articleOk, post: READ_VIEW, button: `${READ_VIEW} ${SHARE}`, ran: "share-menu:1865200000000000102" },
  },
  {
    name: "X photo-only post repost, then Quote",
    flagged: { url: URLS.profile, post: post(201), cover: post(201), button: `${post(201)} ${RETWEET}`, ran: "repost-menu:1865200000000000201" },
    pick: { item: QUOTE, ran: "quote:1865200000000000201" },
    ok: { url: URLS.profile, post: post(203), button: `${post(203)} ${RETWEET}`, ran: "repost-menu:1865200000000000203" },
  },
  {
    name: "X link-card post share, then Copy link",
    flagged: { url: URLS.profile, post: post(202), cover: post(202), button: `${post(202)} ${SHARE}`, ran: "share-menu:1865200000000000202" },
    pick: { item: COPY_LINK, ran: "copy-link:1865200000000000202" },
    ok: { url: URLS.profile, post: post(203), button: `${post(203)} ${SHARE}`, ran: "share-menu:1865200000000000203" },
  },
  {
    name: "X search result repost, then Repost",
    flagged: { url: URLS.search, post: post(401), cover: post(401), button: `${post(401)} ${RETWEET}`, ran: "repost-menu:1865200000000000401" },
    pick: { item: '#layers [data-testid="retweetConfirm"]', ran: "retweet:1865200000000000401" },
    ok: { url: URLS.search, post: post(402), button: `${post(402)} ${RETWEET}`, ran: "repost-menu:1865200000000000402" },
  },
  {
    name: "X notification mention share, then Copy link",
    flagged: { url: URLS.notifications, post: post(501), cover: post(501), button: `${post(501)} ${SHARE}`, ran: "share-menu:1865200000000000501" },
    pick: { item: COPY_LINK, ran: "copy-link:1865200000000000501" },
    ok: { url: URLS.notifications, post: post(502), button: `${post(502)} ${SHARE}`, ran: "share-menu:1865200000000000502" },
  },
];

const ready = (c: ShareControl): Promise<Page> => openRevealed(session, c.flagged.url, c.flagged);

describe.each(CONTROLS)("$name", (c) => {
  it("pauses the flagged post's control; cancelling keeps the site's menu from opening", async () => {
    const tab = await ready(c);
    await openDialog(tab, c.flagged.button);
    await cancelDialog(tab);
    expect(count(await siteActions(tab), c.flagged.ran)).toBe(0);
    expect(await tab.locator("#layers [role=menu]").count()).toBe(0);
  });

  it("after Share anyway, opens the menu once and lets the reader's pick in it run once", async () => {
    const tab = await ready(c);
    await openDialog(tab, c.flagged.button);
    await shareAnyway(tab);
    await expect.poll(async () => count(await siteActions(tab), c.flagged.ran), { timeout: 3_000 }).toBe(1);
    await tab.locator(c.pick.item).click();
    expect(await tab.locator("[data-second-look-friction]").count()).toBe(0);
    expect(count(await siteActions(tab), c.pick.ran)).toBe(1);
    expect(count(await siteActions(tab), c.flagged.ran)).toBe(1);
  });

  it("lets an ok post's control run at once", async () => {
    const tab = await session.open(c.ok.url);
    await expect.poll(() => state(tab, c.ok.post), { timeout: 20_000, interval: 100 }).toBe("ok");
    await tab.locator(c.ok.button).click();
    expect(count(await siteActions(tab), c.ok.ran)).toBe(1);
    expect(await tab.locator("[data-second-look-friction]").count()).toBe(0);
  });
});
