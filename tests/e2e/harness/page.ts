import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { ElementHandle, Page } from "playwright-core";
import { z } from "zod";

const State = z.enum(["pending", "flag", "ok"]);
export type State = z.infer<typeof State>;

const Verdicts = z.record(z.string(), State);
export type Verdicts = z.infer<typeof Verdicts>;

const Expected = z.object({
  /** Post id → whether the fixture means it as bait. */
  bait: z.record(z.string(), z.boolean()),
  /** Ads and promoted posts: never scanned. */
  unscanned: z.array(z.string()),
});
export type Expected = z.infer<typeof Expected>;

/**
 * A tab of either suite's driver (Playwright's for Chromium, puppeteer's for Firefox): the helpers that only run
 * script in the page serve both.
 */
export interface InPage {
  evaluate(expression: string): Promise<unknown>;
}

const PROBE = readFileSync(join(import.meta.dirname, "probe.js"), "utf8").trim();

/** The script calling one of probe.js's helpers in the page with JSON arguments (evaluated by either driver). */
export const call = (name: string, ...args: unknown[]) => `${PROBE}.${name}(${args.map((a) => JSON.stringify(a)).join(", ")})`;

/** Post id → state of every marked post on the page. */
export async function readVerdicts(page: InPage): Promise<Verdicts> {
  return Verdicts.parse(await page.evaluate(call("verdicts")));
}

/** The ids of the posts each overlay on the page covers (one entry per overlay). */
export async function overlayOwners(page: InPage): Promise<string[]> {
  return z.array(z.string()).parse(await page.evaluate(call("overlayOwners")));
}

export interface OverlayDetails {
  id: string;
  reason: string;
  signals: string[];
}

/** What each overlay on the page says: the post it covers, its reason sentence, the signals under "why". */
export function overlayDetails(page: Page): Promise<OverlayDetails[]> {
  return page.evaluate(call("overlayDetails")) as Promise<OverlayDetails[]>;
}

/** The data-theme of every overlay on the page. */
export function overlayThemes(page: Page): Promise<(string | null)[]> {
  return page.evaluate(call("overlayThemes")) as Promise<(string | null)[]>;
}

/** The overlay covering post `id`; throws when there is none. */
export async function overlayFor(page: Page, id: string): Promise<ElementHandle<HTMLElement>> {
  const handle = await page.evaluateHandle(call("overlayFor", id));
  const element = handle.asElement();
  if (element === null) throw new Error(`no overlay covers post ${id}`);
  return element as ElementHandle<HTMLElement>;
}

/**
 * The reveal button of the cover on post `id`, once there: on a browser's first page a cover offers no reveal
 * until the school policy is known (a second or two after the browser starts).
 */
export async function revealButton(page: Page, id: string): Promise<ElementHandle<HTMLElement | SVGElement>> {
  // The cover is drawn again once the policy is known, so each try asks for the post's cover afresh.
  for (const deadline = Date.now() + 10_000; Date.now() < deadline; await page.waitForTimeout(50)) {
    const button = await (await overlayFor(page, id)).$('[data-action="reveal"]');
    if (button !== null) return button;
  }
  throw new Error(`the cover on post ${id} never offered a reveal button`);
}

/** Opens the "why" panel of the overlay covering post `id` and returns its signals: the label, then the quoted words. */
export async function whySignals(page: Page, id: string): Promise<{ label: string; quotes: string[] }[]> {
  const overlay = await overlayFor(page, id);
  await (await overlay.$('[data-action="why"]'))?.click();
  await overlay.waitForSelector(".why[role=region]");
  return overlay.$$eval(".signals li", (items) =>
    items.map((li) => ({ label: li.querySelector("span")?.textContent ?? "", quotes: [...li.querySelectorAll("q")].map((q) => q.textContent ?? "") })),
  );
}

/**
 * Waits until every id in `ids` has its verdict and nothing on the page is pending; returns all verdicts.
 * On timeout the error lists what was still missing.
 */
export async function waitForVerdicts(page: InPage, ids: readonly string[], timeoutMs = 20_000): Promise<Verdicts> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const verdicts = await readVerdicts(page);
    const missing = ids.filter((id) => verdicts[id] !== "flag" && verdicts[id] !== "ok");
    const pending = Object.entries(verdicts).filter(([, state]) => state === "pending").map(([id]) => id);
    if (missing.length === 0 && pending.length === 0 && Object.keys(verdicts).length > 0) return verdicts;
    if (Date.now() > deadline) {
      throw new Error(`verdicts not settled after ${timeoutMs} ms: missing ${missing.slice(0, 10).join(", ") || "none"} (${missing.length}), pending ${pending.slice(0, 10).join(", ") || "none"} (${pending.length})`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/**
 * What a part of the page's `__fixture.data` (posts.js), named by its keys (`"timeline"`, `"navigation",
 * "/explore"`), says about its posts, nested replies included.
 */
export async function expectedFor(page: InPage, ...keys: string[]): Promise<Expected> {
  return Expected.parse(await page.evaluate(call("expected", ...keys)));
}

/** What the fixture's own handlers did (window.__siteActions). */
export async function siteActions(page: InPage): Promise<string[]> {
  return z.array(z.string()).parse(await page.evaluate("[...window.__siteActions]"));
}

/** Calls a `window.__fixture` method in the page. */
export function fixture<R>(page: Page, method: string, ...args: unknown[]): Promise<R> {
  return page.evaluate(
    ({ name, values }) => {
      const api = (window as unknown as { __fixture: Record<string, (...a: unknown[]) => unknown> }).__fixture;
      return api[name]?.(...values) as R;
    },
    { name: method, values: args },
  );
}

export interface Appended {
  id: string;
  /** Index into posts.js's `generated` list: the fixtures cycle through it, so the k-th appended post uses k % length. */
  template: number;
  /** Whether posts.js means that text as bait. */
  bait: boolean;
}

/**
 * Appends `total` posts to the feed in steps of `step`, scrolling to the end after each as a reader of an
 * endless feed does. `appendedBefore`: how many this page appended already (it continues the cycle).
 */
export async function appendWhileScrolling(page: Page, total: number, step: number, appendedBefore = 0): Promise<Appended[]> {
  const templates = await page.evaluate(() =>
    (window as unknown as { __fixture: { data: { generated: { bait: boolean }[] } } }).__fixture.data.generated.map((t) => t.bait),
  );
  const appended: Appended[] = [];
  while (appended.length < total) {
    const ids = await fixture<string[]>(page, "appendPosts", Math.min(step, total - appended.length));
    for (const id of ids) {
      const template = (appendedBefore + appended.length) % templates.length;
      appended.push({ id, template, bait: templates[template] ?? false });
    }
    await page.mouse.wheel(0, 4_000);
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  }
  return appended;
}
