import AxeBuilder from "@axe-core/playwright";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { reasonLines } from "../../src/ui/kit/reasons.ts";
import { mergeEffective } from "../../src/settings/policy.ts";
import { DEFAULT_SETTINGS, type Settings } from "../../src/settings/schema.ts";
import { EXTENSION_ID } from "../../src/ui/extension-id.ts";
import { setMessageLookup } from "../../src/ui/kit/i18n.ts";
import { LESSON_POSTS } from "../../src/ui/lesson/posts.ts";
import { engineFor } from "../../src/ui/options/panes/test-post.ts";
import { shippedModel } from "../background/model/models.ts";
import { lookupFor } from "../ui/messages.ts";
import { message } from "./harness/messages.ts";
import { useExtension } from "./harness/session.ts";
import { extensionPage } from "./harness/settings-pages.ts";

/** Chromium's machine policy folder (see policy.e2e.test.ts): a school pins the lesson and changes nothing else. */
const POLICY_FILE = "/etc/chromium/policies/managed/second-look-lesson-e2e.json";

// Registered before useExtension's: policies load when the browser starts.
beforeAll(() => {
  try {
    mkdirSync(dirname(POLICY_FILE), { recursive: true });
    writeFileSync(POLICY_FILE, JSON.stringify({ "3rdparty": { extensions: { [EXTENSION_ID]: { PinLesson: true } } } }));
  } catch (error) {
    throw new Error(`cannot write the managed policy ${POLICY_FILE} (${(error as Error).message}): this spec needs root (CI runs as root)`);
  }
});
afterAll(() => rmSync(POLICY_FILE, { force: true }));

const session = useExtension();
const en = lookupFor("en");

interface Explanation {
  verdict: string;
  category: string | null;
  lines: [rule: string, quotes: string[]][];
  person: string;
}

/** What the page should say about each example, worked out here with the same engine for the same settings. */
async function expected(settings: Settings): Promise<Explanation[]> {
  setMessageLookup(en);
  try {
    const engine = engineFor()(mergeEffective(settings), await shippedModel());
    return LESSON_POSTS.map((post) => {
      const verdict = engine.evaluate({ text: en(post.text), name: post.site === "x" ? post.name : null });
      return {
        verdict: verdict.verdict,
        category: verdict.verdict === "flag" ? verdict.category : null,
        lines: reasonLines(verdict.reasons, "page").map((line): [string, string[]] => [line.rule, line.quotes]),
        person: en(post.person),
      };
    });
  } finally {
    setMessageLookup(null);
  }
}

/** What the page says in its live region. */
function explanation(page: Page): Promise<Explanation> {
  return page.locator("#lesson-reveal").evaluate((reveal) => ({
    verdict: reveal.querySelector("[data-verdict]")?.getAttribute("data-verdict") ?? "",
    category: reveal.querySelector("[data-category]")?.getAttribute("data-category") ?? null,
    lines: [...reveal.querySelectorAll<HTMLElement>("li")].map((li): [string, string[]] => [li.dataset.rule ?? "", [...li.querySelectorAll("q")].map((q) => q.textContent ?? "")]),
    person: reveal.querySelector(".person")?.textContent ?? "",
  }));
}

const focused = (page: Page) => page.evaluate(() => ({ id: document.activeElement?.id ?? "", choice: document.activeElement?.getAttribute("data-choice") ?? null }));

/** Tabs forward until the choice button has focus, as a student on the keyboard would. */
async function tabTo(page: Page, choice: string): Promise<void> {
  for (let i = 0; i < 10; i++) {
    await page.keyboard.press("Tab");
    if ((await focused(page)).choice === choice) return;
  }
  throw new Error(`the ${choice} button never got focus`);
}

async function openLesson(): Promise<Page> {
  const page = await session.open(extensionPage(session.browser.extensionId, "lesson"));
  await page.locator("#lesson-post-heading").waitFor();
  return page;
}

/** Settings as the options page would store them, written on an extension page before the lesson loads. */
async function storeSettings(page: Page, settings: Settings): Promise<void> {
  await page.evaluate(async (value) => {
    const { chrome } = globalThis as unknown as { chrome: { storage: { local: { set(items: object): Promise<void> } } } };
    await chrome.storage.local.set({ settings: value });
  }, settings);
}

const CHOICE_ORDER = ["share", "dont-share", "report"] as const;

describe("the Spot the bait lesson", () => {
  it("runs from the first post to the summary by keyboard, each explanation the engine's own", async () => {
    const want = await expected(DEFAULT_SETTINGS);
    const page = await openLesson();
    for (const [i, post] of LESSON_POSTS.entries()) {
      expect(await page.locator("#lesson-post").getAttribute("data-post")).toBe(post.id);
      expect(await page.locator("#lesson-post-heading").textContent()).toBe(`Post ${i + 1} of ${LESSON_POSTS.length}`);
      const choice = CHOICE_ORDER[i % 3] ?? "share";
      await tabTo(page, choice);
      await page.keyboard.press("Enter");
      expect(await focused(page), post.id).toMatchObject({ id: "lesson-next" });
      expect(await explanation(page), post.id).toEqual(want[i]);
      await page.keyboard.press("Enter");
    }
    expect(await focused(page)).toMatchObject({ id: "lesson-choices-heading" });
    const covered = want.filter((e) => e.verdict === "flag").length;
    const sharedCovered = want.filter((e, i) => e.verdict === "flag" && i % 3 === 0).length;
    expect(await page.locator("#lesson-counts").textContent()).toBe(`Second Look would cover ${covered} of the ${LESSON_POSTS.length} posts. You chose to share ${sharedCovered} of those.`);
    expect(await page.locator("#lesson-sift li").count()).toBe(4);
    expect(await page.locator("#lesson-help a").evaluateAll((links) => links.map((a) => [a.getAttribute("href"), a.getAttribute("target")]))).toEqual([
      ["https://stopncii.org/", "_blank"],
      ["https://takeitdown.ncmec.org/", "_blank"],
    ]);

    // Progress is the tab's alone: a reload keeps it, a new tab starts over.
    await page.reload();
    await page.locator("#lesson-summary").waitFor();
    const fresh = await openLesson();
    expect(await fresh.locator("#lesson-post").getAttribute("data-post")).toBe(LESSON_POSTS[0]?.id);
  });

  it("explains with the reader's settings: a rule switched off in the options leaves the explanation", async () => {
    const changed: Settings = { ...DEFAULT_SETTINGS, disabledRules: ["is-this-you", "scam-link", "shortener-link"] };
    const [before, after] = await Promise.all([expected(DEFAULT_SETTINGS), expected(changed)]);
    const scam = LESSON_POSTS.findIndex((post) => post.id === "scam");
    expect(after[scam]).not.toEqual(before[scam]);

    const page = await openLesson();
    await storeSettings(page, changed);
    try {
      await page.reload();
      for (let i = 0; i <= scam; i++) {
        await page.locator('#lesson-post [data-choice="dont-share"]').click();
        if (i < scam) await page.locator("#lesson-next").click();
      }
      expect(await page.locator("#lesson-post").getAttribute("data-post")).toBe("scam");
      expect(await explanation(page)).toEqual(after[scam]);
    } finally {
      await storeSettings(page, DEFAULT_SETTINGS);
    }
  });

  it("is pinned first in the popup by the PinLesson policy, and the popup and the learn page open it", async () => {
    const popup = await session.open(extensionPage(session.browser.extensionId, "popup"));
    const pinned = popup.locator("main > #lesson-pinned");
    await pinned.waitFor();
    expect(await popup.locator("main > :nth-child(2)").getAttribute("id")).toBe("lesson-pinned");
    expect(await pinned.locator("p").textContent()).toBe(message("popupLessonPinned"));
    expect(await popup.locator("#open-lesson").count()).toBe(1);
    expect(await violations(popup)).toEqual([]);
    const opened = session.browser.context.waitForEvent("page");
    await pinned.locator("#open-lesson").click();
    const lesson = await opened;
    await lesson.waitForURL(/\/src\/ui\/lesson\/index\.html$/);
    await lesson.locator("#lesson-post-heading").waitFor();

    const learn = await session.open(extensionPage(session.browser.extensionId, "learn"));
    await learn.locator("#open-lesson").click();
    await learn.waitForURL(/\/src\/ui\/lesson\/index\.html$/);
    expect(await learn.locator("h1").textContent()).toBe(message("lessonTitle"));
  });
});

/** Each violation as "rule (impact): selector — what to fix". */
async function violations(page: Page): Promise<string[]> {
  const { violations: found } = await new AxeBuilder({ page }).analyze();
  return found.flatMap((v) => v.nodes.map((node) => `${v.id} (${v.impact ?? "?"}): ${node.target.join(" ")} — ${node.failureSummary ?? v.help}`));
}

describe.each(["light", "dark"] as const)("at 360 px in the %s colour scheme", (colorScheme) => {
  it("has no axe violations with a post explained and on the summary, and nothing wider than the screen", async () => {
    const page = await session.browser.context.newPage();
    await page.setViewportSize({ width: 360, height: 740 });
    await page.emulateMedia({ colorScheme });
    await page.goto(extensionPage(session.browser.extensionId, "lesson"));
    await page.locator("#lesson-post-heading").waitFor();
    expect(await page.evaluate(() => matchMedia("(prefers-color-scheme: dark)").matches)).toBe(colorScheme === "dark");
    const fits = () => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);

    for (const [i, post] of LESSON_POSTS.entries()) {
      await page.locator('#lesson-post [data-choice="report"]').click();
      // The first bait post and the first Reddit post, explained.
      if (post.id === "leak-offer" || post.id === "victim") {
        expect(await violations(page), post.id).toEqual([]);
        expect(await fits(), post.id).toBe(true);
      }
      await page.locator("#lesson-next").click();
      if (i === LESSON_POSTS.length - 1) await page.locator("#lesson-summary").waitFor();
    }
    expect(await violations(page)).toEqual([]);
    expect(await fits()).toBe(true);
  });
});
