import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { EXTENSION_ID } from "../../src/ui/extension-id.ts";
import { firstPage, marksOf, waitForCover } from "./harness/cold-start.ts";
import type { ExtensionBrowser } from "./harness/launch.ts";
import { overlayOwners, readVerdicts, waitForVerdicts } from "./harness/page.ts";
import { postSaying } from "./harness/settings-pages.ts";

/**
 * Right after Chromium starts, its first storage.managed read answers only once policies are loaded, seconds
 * later (2-6 s measured here, with or without a policy file); the user's own settings come back in milliseconds.
 * Nothing in the build is slowed for the test: the browser is really started, on a profile of its own. The
 * policy adds a word, so the test sees when it is known.
 */
const POLICY_FILE = "/etc/chromium/policies/managed/second-look-cold-start-e2e.json";
const SCHOOL_TERM = "zorbleak";

/**
 * Bait is covered without waiting for the policy, which Chromium answers 2-3 s after it starts (before this fix
 * the first cover came 2.4-3 s after the script started). The 500 ms target itself is a speed target: the
 * "cold browser start" benchmark measures it (`npm run bench -- --only cold`); a wall-clock bound that tight
 * here failed on a loaded CI machine (546 ms).
 */
const COVER_BEFORE_POLICY_MS = 1_500;
/**
 * Content scripts run at document_idle, after DOMContentLoaded once the page is idle (100-250 ms here); before
 * this fix the first mark waited 2-4 s for the policy.
 */
const SCRIPT_STARTS_WITHIN_MS = 1_000;

/** Appends a post and reports whether it carried a mark by the next animation frame, before it was painted. */
async function markedWithinFrame(page: Page): Promise<boolean> {
  return page.evaluate(
    () =>
      new Promise<boolean>((resolve) => {
        const [id] = (window as unknown as { __fixture: { appendPosts(n: number): string[] } }).__fixture.appendPosts(1);
        requestAnimationFrame(() => {
          const article = document.querySelector(`a[href$="/status/${id}"]`)?.closest("article");
          resolve(article?.hasAttribute("data-second-look") === true);
        });
      }),
  );
}

const profile = mkdtempSync(join(tmpdir(), "second-look-cold-"));
let running: ExtensionBrowser | undefined;

beforeAll(() => {
  try {
    mkdirSync(dirname(POLICY_FILE), { recursive: true });
    writeFileSync(POLICY_FILE, JSON.stringify({ "3rdparty": { extensions: { [EXTENSION_ID]: { ExtraTerms: [SCHOOL_TERM] } } } }));
  } catch (error) {
    throw new Error(`cannot write the managed policy ${POLICY_FILE} (${(error as Error).message}): this spec needs root (CI runs as root)`);
  }
});
afterAll(async () => {
  await running?.close();
  rmSync(POLICY_FILE, { force: true });
  rmSync(profile, { recursive: true, force: true });
});

describe("cold browser start", () => {
  async function checkFirstPage(label: string) {
    const { browser, tab } = await firstPage(inject("extensionDir"), profile);
    running = browser;
    try {
      await judgedFirstPage(label, tab);
    } finally {
      await browser.close();
      running = undefined;
    }
  }

  async function judgedFirstPage(label: string, tab: Page) {
    await waitForCover(tab);
    expect(await markedWithinFrame(tab), `${label}: a post appended while the policy loads`).toBe(true);
    const flaggedEarly = Object.entries(await readVerdicts(tab)).filter(([, state]) => state === "flag").map(([id]) => id);
    const own = await postSaying(tab, `my ${SCHOOL_TERM} arrived today`);
    const { dcl, first, cover } = await marksOf(tab);
    if (dcl === null || first.pending === undefined || cover === null) throw new Error(`${label}: no marks recorded`);
    // The script marks every post pending as its first act, so the first pending mark is when it started.
    expect(first.pending - dcl, `${label}: content script start after DOMContentLoaded`).toBeLessThan(SCRIPT_STARTS_WITHIN_MS);
    expect(cover - first.pending, `${label}: first cover after the script started`).toBeLessThan(COVER_BEFORE_POLICY_MS);

    // Once the policy is known its word counts, and what was covered before stays covered (it only adds a word).
    await tab.waitForFunction((id) => document.querySelector(`a[href$="/status/${id}"]`)?.closest("article")?.getAttribute("data-second-look") === "flag", own, { timeout: 20_000 });
    const verdicts = await waitForVerdicts(tab, [...flaggedEarly, own]);
    expect(flaggedEarly.length, `${label}: bait covered before the policy was read`).toBeGreaterThan(0);
    for (const id of flaggedEarly) expect(verdicts[id], `${label}: post ${id}`).toBe("flag");
    expect((await overlayOwners(tab)).sort()).toEqual(Object.keys(verdicts).filter((id) => verdicts[id] === "flag").sort());
    const marks = await marksOf(tab);
    console.info(
      `${label}: script started ${Math.round(first.pending - dcl)} ms after DOMContentLoaded; first cover ${Math.round(cover - first.pending)} ms after it; ` +
        `the policy's word counted ${Math.round((marks.byId[own]?.flag ?? Number.NaN) - first.pending)} ms after it`,
    );
  }

  it("on a new profile's first page: posts are marked at once, bait is covered without waiting for the policy, which wins once read", async () => {
    await checkFirstPage("new profile");
  });

  it("after a restart, as a reader's browser starts every morning: the same", async () => {
    await checkFirstPage("restarted");
  });
});
