import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import type { HTTPRequest, Page } from "puppeteer-core";
import { message } from "../e2e/harness/messages.ts";
import { FIXTURES } from "../e2e/harness/paths.ts";
import { answer } from "../e2e/harness/routes.ts";
import { DIALOG, dialogAction } from "./harness/controls.ts";
import { siteActions } from "./harness/page.ts";
import { useFirefox } from "./harness/session.ts";

// Firefox on an X Article's own page, which follows a public capture (issue 13): the read view stands outside any
// post article and names its status only in its analytics link. The Chromium suite (tests/e2e/x-surfaces.e2e.test.ts)
// covers the other X surfaces.
const session = useFirefox();

/** x/surfaces.json: page URL (origin and path) → the capture-following page that answers it. */
const PAGES = JSON.parse(readFileSync(join(FIXTURES, "x", "surfaces.json"), "utf8")) as Record<string, string>;
const ARTICLE = "https://x.com/velvetarchive/article/1865200000000000101";
const ARTICLE_OK = "https://x.com/greenbedsclub/article/1865200000000000102";
const READ_VIEW = '[data-testid="twitterArticleReadView"]';

const opened: Page[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((tab) => tab.close()));
});

/** A tab on url serving the capture-following pages, and every other request as the harness does. */
async function open(url: string): Promise<Page> {
  const tab = await session.firefox.browser.newPage();
  opened.push(tab);
  await tab.setRequestInterception(true);
  tab.on("request", (request: HTTPRequest) => {
    const target = new URL(request.url());
    if (!target.protocol.startsWith("http")) return void request.continue();
    const page = PAGES[target.origin + target.pathname];
    const reply = page === undefined ? answer(target) : { status: 200, contentType: "text/html; charset=utf-8", body: readFileSync(join(FIXTURES, "x", page), "utf8") };
    void (reply === null ? request.abort("internetdisconnected") : request.respond(reply));
  });
  await tab.goto(url);
  return tab;
}

/** The DOM contract's verdict on the element, once it has one (flag or ok: never left pending). */
async function verdictOf(tab: Page, selector: string): Promise<string> {
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

describe("Firefox, X Article on its own page", () => {
  it("flags the bait Article and covers its read view; an Article that is no bait stays ok and uncovered", async () => {
    const tab = await open(ARTICLE);
    expect(await verdictOf(tab, READ_VIEW)).toBe("flag");
    await tab.waitForSelector(`${READ_VIEW} > [data-second-look-overlay]`, { timeout: 5_000 });
    expect(await tab.$eval(READ_VIEW, (el) => el.hasAttribute("data-second-look-blur"))).toBe(true);
    expect(await tab.$$eval("[data-second-look-overlay]", (all) => all.length)).toBe(1);

    const ok = await open(ARTICLE_OK);
    expect(await verdictOf(ok, READ_VIEW)).toBe("ok");
    expect(await ok.$$eval("[data-second-look-overlay]", (all) => all.length)).toBe(0);
  });

  it("pauses the Article's share button; cancelling keeps X's share menu from opening", async () => {
    const tab = await open(ARTICLE);
    expect(await verdictOf(tab, READ_VIEW)).toBe("flag");
    await (await tab.waitForSelector(`${READ_VIEW} > [data-second-look-overlay] >>> [data-action="reveal"]`))?.click();
    await (await tab.$(`${READ_VIEW} [role="group"] button[aria-label="Share post"]`))?.click();
    const dialog = await tab.waitForSelector(DIALOG, { timeout: 5_000 });
    expect(await dialog?.$eval("h2", (el) => el.textContent)).toBe(message("frictionTitle"));
    await (await tab.$(dialogAction("cancel")))?.click();
    await tab.waitForSelector("[data-second-look-friction]", { hidden: true, timeout: 5_000 });
    expect(await siteActions(tab)).toEqual([]);
  });

  it("runs the Article's repost menu once after Share anyway", async () => {
    const tab = await open(ARTICLE);
    expect(await verdictOf(tab, READ_VIEW)).toBe("flag");
    await (await tab.waitForSelector(`${READ_VIEW} > [data-second-look-overlay] >>> [data-action="reveal"]`))?.click();
    await (await tab.$(`${READ_VIEW} [data-testid="retweet"]`))?.click();
    await tab.waitForSelector(DIALOG, { timeout: 5_000 });
    expect(await siteActions(tab)).toEqual([]);
    const shareAnyway = await tab.waitForSelector(`${dialogAction("share-anyway")}:not([disabled])`, { visible: true, timeout: 10_000 });
    await shareAnyway?.click();
    await tab.waitForSelector("[data-second-look-friction]", { hidden: true, timeout: 5_000 });
    await tab.waitForFunction(() => (window as unknown as { __siteActions: string[] }).__siteActions.length > 0, { timeout: 3_000 });
    expect(await siteActions(tab)).toEqual(["repost-menu:1865200000000000101"]);
  });
});
