// What `npm start` needs of the running extension beyond the e2e harness: the verdicts and the popup.
import type { Page } from "playwright-core";
import type { Verdict } from "../src/rules/schema/verdict.ts";
import { EVALUATE_MESSAGE, EvaluateResponseSchema, MAX_BATCH } from "../src/background/evaluate/message.ts";
import type { ExtensionBrowser } from "../tests/e2e/harness/launch.ts";
import { extensionPage } from "../tests/e2e/harness/settings-pages.ts";

/**
 * The verdicts the extension reached on the demo pages, for `npm start`'s summary. The overlay holds no reasons
 * until its "why" panel is opened, and the content script keeps its verdicts in a world no test can reach, so the
 * worker keeps a copy of every post the pages send it, and the summary asks it again for those posts' verdicts:
 * the same engine, the same settings. Call before opening the pages.
 */
export async function watchVerdicts(browser: ExtensionBrowser): Promise<{ read(): Promise<Map<string, Verdict>> }> {
  const worker = await browser.worker();
  await worker.evaluate((type) => {
    const scope = globalThis as unknown as { __secondLookDemo?: unknown[]; chrome: { runtime: { onMessage: { addListener(listener: (message: unknown) => undefined): void } } } };
    scope.__secondLookDemo = [];
    // Returns nothing, so the worker's own listener still answers the page.
    scope.chrome.runtime.onMessage.addListener((message) => {
      const request = message as { type?: unknown; posts?: unknown[] };
      if (request.type === type && Array.isArray(request.posts)) scope.__secondLookDemo?.push(...request.posts);
    });
  }, EVALUATE_MESSAGE);

  return {
    async read() {
      const posts = await (await browser.worker()).evaluate(() => (globalThis as unknown as { __secondLookDemo?: unknown[] }).__secondLookDemo ?? []);
      const asking = await browser.context.newPage();
      try {
        await asking.goto(extensionPage(browser.extensionId, "popup"));
        const verdicts = new Map<string, Verdict>();
        for (let start = 0; start < posts.length; start += MAX_BATCH) {
          const request = { type: EVALUATE_MESSAGE, page: "npm-start-summary", posts: posts.slice(start, start + MAX_BATCH) };
          const answer = await asking.evaluate((message) => (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).chrome.runtime.sendMessage(message), request);
          for (const { id, verdict } of EvaluateResponseSchema.parse(answer).verdicts) verdicts.set(id, verdict);
        }
        return verdicts;
      } finally {
        await asking.close();
      }
    },
  };
}

/** The signals that weighed most (the engine lists them strongest first), as the CLI names them: rule and the post's words. */
export function topSignals(verdict: Verdict | undefined, count = 2): string {
  return (verdict?.reasons ?? [])
    .slice(0, count)
    .map((reason) => `${reason.rule} “${reason.match}”`)
    .join("; ");
}

/**
 * The popup as the toolbar button opens it over `over`: opened in a background tab, so `over` stays the active
 * tab the popup reports on.
 */
export async function popupOver(browser: ExtensionBrowser, over: Page): Promise<Page> {
  await over.bringToFront();
  const opened = browser.context.waitForEvent("page");
  const cdp = await browser.context.newCDPSession(over);
  await cdp.send("Target.createTarget", { url: extensionPage(browser.extensionId, "popup"), background: true });
  await cdp.detach();
  const popup = await opened;
  await popup.setViewportSize({ width: 380, height: 560 });
  await popup.locator("#flag-count").waitFor();
  return popup;
}
