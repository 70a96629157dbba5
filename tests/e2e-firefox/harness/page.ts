import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { ElementHandle, Page } from "puppeteer-core";
import { z } from "zod";

/** The Chromium suite's in-page probe (plain browser JavaScript), evaluated here unchanged. */
const PROBE = readFileSync(join(import.meta.dirname, "../../e2e/harness/probe.js"), "utf8").trim();

const call = (name: string, ...args: unknown[]) => `${PROBE}.${name}(${args.map((a) => JSON.stringify(a)).join(", ")})`;

const Verdicts = z.record(z.string(), z.enum(["pending", "flag", "ok"]));
export type Verdicts = z.infer<typeof Verdicts>;

const Expected = z.object({ bait: z.record(z.string(), z.boolean()), unscanned: z.array(z.string()) });
export type Expected = z.infer<typeof Expected>;

/** Post id → state of every marked post on the page. */
export async function readVerdicts(page: Page): Promise<Verdicts> {
  return Verdicts.parse(await page.evaluate(call("verdicts")));
}

/** The ids of the posts each overlay on the page covers (one entry per overlay). */
export async function overlayOwners(page: Page): Promise<string[]> {
  return z.array(z.string()).parse(await page.evaluate(call("overlayOwners")));
}

/** What the page's `__fixture.data` (posts.js) means its posts to be, for the part named by keys. */
export async function expectedFor(page: Page, ...keys: string[]): Promise<Expected> {
  return Expected.parse(await page.evaluate(call("expected", ...keys)));
}

/** What the fixture's own handlers did (window.__siteActions). */
export async function siteActions(page: Page): Promise<string[]> {
  return z.array(z.string()).parse(await page.evaluate("[...window.__siteActions]"));
}

/**
 * Waits until every id in `ids` has its verdict and nothing on the page is pending; returns all verdicts.
 * On timeout the error lists what was still missing.
 */
export async function waitForVerdicts(page: Page, ids: readonly string[], timeoutMs = 20_000): Promise<Verdicts> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const verdicts = await readVerdicts(page);
    const missing = ids.filter((id) => verdicts[id] !== "flag" && verdicts[id] !== "ok");
    const pending = Object.keys(verdicts).filter((id) => verdicts[id] === "pending");
    if (missing.length === 0 && pending.length === 0 && Object.keys(verdicts).length > 0) return verdicts;
    if (Date.now() > deadline) {
      throw new Error(`verdicts not settled after ${timeoutMs} ms: missing ${missing.slice(0, 10).join(", ") || "none"} (${missing.length}), pending ${pending.slice(0, 10).join(", ") || "none"} (${pending.length})`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** The overlay covering post `id`; throws when there is none. */
export async function overlayFor(page: Page, id: string): Promise<ElementHandle<HTMLElement>> {
  const element = (await page.evaluateHandle(call("overlayFor", id))).asElement();
  if (element === null) throw new Error(`no overlay covers post ${id}`);
  return element as ElementHandle<HTMLElement>;
}

/** The element matching selector in host's open shadow root; throws when there is none. */
export async function inShadow(host: ElementHandle<Element>, selector: string): Promise<ElementHandle<HTMLElement>> {
  const element = (await host.evaluateHandle((el, s) => el.shadowRoot?.querySelector<HTMLElement>(s) ?? null, selector)).asElement();
  if (element === null) throw new Error(`nothing matches ${selector} in the shadow root`);
  return element as ElementHandle<HTMLElement>;
}
