import { describe, expect, it } from "vitest";
import { message } from "../e2e/harness/messages.ts";
import { DIALOG, dialogAction } from "./harness/controls.ts";
import { siteActions } from "../e2e/harness/page.ts";
import { useFirefox } from "./harness/session.ts";
import { revealAndShareAnyway, useSurfaceTabs, verdictOf } from "./harness/surfaces.ts";

// Firefox on an X Article's own page, which follows a public capture (issue 13): the read view stands outside any
// post article and names its status only in its analytics link. The Chromium suite (tests/e2e/x-surfaces.e2e.test.ts)
// covers the other X surfaces.
const session = useFirefox();

const ARTICLE = "https://x.com/velvetarchive/article/1865200000000000101";
const ARTICLE_OK = "https://x.com/greenbedsclub/article/1865200000000000102";
const READ_VIEW = '[data-testid="twitterArticleReadView"]';
const open = useSurfaceTabs(session, "x");

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
    await revealAndShareAnyway(tab, READ_VIEW, `${READ_VIEW} [data-testid="retweet"]`);
    expect(await siteActions(tab)).toEqual(["repost-menu:1865200000000000101"]);
  });
});
