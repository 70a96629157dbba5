import { readFileSync, readdirSync } from "node:fs";
import { join, relative } from "node:path";
import type { Page } from "playwright-core";
import { describe, expect, inject, it } from "vitest";
import { SHARE_CONTROL } from "./harness/controls.ts";
import { message } from "./harness/messages.ts";
import { overlayFor, revealButton, siteActions, waitForVerdicts } from "./harness/page.ts";
import { PAGES } from "./harness/pages.ts";
import { useExtension } from "./harness/session.ts";
import { extensionPage, xTimelineSaying } from "./harness/settings-pages.ts";

/**
 * What a script of X's own could try against the extension, run in the page's main world (page.evaluate runs
 * there, as the site's scripts do): probe for it, read what it shows, and press its buttons. Each must fail,
 * while a person's real mouse and keyboard still work.
 */
const session = useExtension();

/** A bait post of the X timeline fixture, flagged by the built-in packs. */
const BAIT = "1853012000000000101";
/** A name a reader watches for: no pack knows it, so only their own list flags a post with it. */
const OWN_WORD = "jordan quillfeather";

/** Every file of the built extension, as a path under its root. */
function builtFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)));
}

/** The X timeline, judged, with the flagged post's overlay. */
async function xTimeline(): Promise<Page> {
  const tab = await session.open(PAGES.xTimeline.url);
  const verdicts = await waitForVerdicts(tab, [BAIT]);
  expect(verdicts[BAIT]).toBe("flag");
  return tab;
}

/** The page script's attack on one of our buttons: .click(), a dispatched click, and Enter and Space as keys. */
const pokeFromPage = (tab: Page, hostSelector: string, action: string) =>
  tab.evaluate(
    ({ host, name }) => {
      const target = [...document.querySelectorAll(host)]
        .map((el) => el.shadowRoot?.querySelector<HTMLElement>(`[data-action="${name}"]`))
        .find((el) => el !== null && el !== undefined);
      if (!target) return false;
      target.click();
      target.dispatchEvent(new MouseEvent("click", { bubbles: true, composed: true, cancelable: true }));
      target.focus();
      for (const key of ["Enter", " ", "Escape"]) {
        for (const type of ["keydown", "keyup"]) target.dispatchEvent(new KeyboardEvent(type, { key, bubbles: true, composed: true, cancelable: true }));
      }
      return true;
    },
    { host: hostSelector, name: action },
  );

describe("a page probing for the extension", () => {
  it("can fetch none of its files by its id, and finds no extension URL in the page or our shadow roots", async () => {
    const dir = inject("extensionDir");
    const files = builtFiles(dir);
    expect(files).toContain("src/ui/learn/index.html");

    const tab = await xTimeline();
    const { extensionId } = session.browser;
    const fetched = await tab.evaluate(
      ([id, paths]) =>
        Promise.all(
          paths.map((path) =>
            fetch(`chrome-extension://${id}/${path}`).then(
              () => path,
              () => null,
            ),
          ),
        ),
      [extensionId, files] as const,
    );
    expect(fetched.filter((path) => path !== null)).toEqual([]);
    const manifest = JSON.parse(readFileSync(join(dir, "manifest.json"), "utf8")) as Record<string, unknown>;
    expect(manifest.web_accessible_resources).toBeUndefined();

    // The "why" panel open: everything an overlay can hold is in the page now.
    await (await (await overlayFor(tab, BAIT)).$('[data-action="why"]'))?.click();
    const mentions = await tab.evaluate((id) => {
      const found: string[] = [];
      const walk = (root: Document | ShadowRoot) => {
        for (const el of root.querySelectorAll("*")) {
          for (const attr of el.attributes) if (attr.value.includes(id) || attr.value.includes("-extension://")) found.push(`${el.localName} ${attr.name}`);
          if (el.shadowRoot) walk(el.shadowRoot);
        }
      };
      walk(document);
      return found;
    }, extensionId);
    expect(mentions).toEqual([]);
  });

  it("gets the learn page opened by the extension itself when a person picks Learn more", async () => {
    const tab = await xTimeline();
    const overlay = await overlayFor(tab, BAIT);
    await (await overlay.$('[data-action="why"]'))?.click();
    const opened = session.browser.context.waitForEvent("page", { timeout: 10_000 });
    await (await overlay.$('[data-action="learn"]'))?.click();
    const learn = await opened;
    await learn.waitForURL(extensionPage(session.browser.extensionId, "learn"));
    await learn.locator("main h1").waitFor();
  });
});

describe("a page reading our overlays", () => {
  it("finds that a word on the reader's own list matched, never the word", async () => {
    const options = await session.open(extensionPage(session.browser.extensionId, "options"));
    await options.locator("#opt-custom-terms-new").fill(OWN_WORD);
    await options.locator("#opt-custom-terms-new").press("Enter");
    await expect.poll(() => options.locator("#opt-custom ul li span").allTextContents()).toContain(OWN_WORD);

    const { tab, ids } = await xTimelineSaying(session, `Anyone seen ${OWN_WORD} lately?`);
    const own = ids[0] ?? "";
    expect((await waitForVerdicts(tab, [own]))[own]).toBe("flag");
    const overlay = await overlayFor(tab, own);
    await (await overlay.$('[data-action="why"]'))?.click();
    await overlay.waitForSelector(".why[role=region]");

    const shown = await tab.evaluate(() =>
      [...document.querySelectorAll("[data-second-look-overlay]")].map((host) => host.shadowRoot?.textContent ?? "").join("\n"),
    );
    expect(shown.toLowerCase()).not.toContain("quillfeather");
    expect(shown).toContain(message("overlayOwnTerm"));
  });
});

describe("a page pressing our buttons", () => {
  it("cannot reveal a post or open its explanation; a person's keyboard can", async () => {
    const tab = await xTimeline();
    expect(await pokeFromPage(tab, "[data-second-look-overlay]", "reveal")).toBe(true);
    expect(await pokeFromPage(tab, "[data-second-look-overlay]", "why")).toBe(true);
    await tab.waitForTimeout(300);
    const overlay = await overlayFor(tab, BAIT);
    expect(await overlay.evaluate((el) => el.getAttribute("data-mode"))).toBe("cover");
    expect(await (await overlay.$('[data-action="why"]'))?.getAttribute("aria-expanded")).toBe("false");
    expect(await tab.locator("[data-second-look-revealed]").count()).toBe(0);

    await (await overlay.$('[data-action="reveal"]'))?.focus();
    await tab.keyboard.press("Enter");
    await expect.poll(() => overlay.evaluate((el) => el.getAttribute("data-mode"))).toBe("revealed");
  });

  it("cannot share anyway, cancel or close the pause; a person's keyboard can share", async () => {
    const tab = await xTimeline();
    await (await revealButton(tab, BAIT)).click();
    await tab.locator(SHARE_CONTROL.x(BAIT)).click();
    const dialog = tab.locator("[data-second-look-friction] [role=dialog]");
    await dialog.waitFor({ state: "visible", timeout: 5_000 });
    const shareAnyway = tab.locator('[data-second-look-friction] [data-action="share-anyway"]');
    await expect.poll(() => shareAnyway.isEnabled(), { timeout: 10_000, interval: 200 }).toBe(true);

    for (const action of ["share-anyway", "cancel"]) expect(await pokeFromPage(tab, "[data-second-look-friction]", action)).toBe(true);
    await tab.waitForTimeout(300);
    expect(await dialog.isVisible()).toBe(true);
    expect((await siteActions(tab)).filter((entry) => entry === `share-menu:${BAIT}`)).toEqual([]);

    // Focus is on "Don't share"; Tab moves to "Share anyway", Enter clicks it.
    await tab.keyboard.press("Tab");
    await tab.keyboard.press("Enter");
    await tab.locator("[data-second-look-friction]").waitFor({ state: "detached", timeout: 5_000 });
    await expect.poll(async () => (await siteActions(tab)).filter((entry) => entry === `share-menu:${BAIT}`)).toHaveLength(1);
  });
});
