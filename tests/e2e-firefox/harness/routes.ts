import type { HTTPRequest, Page } from "puppeteer-core";
import { answer } from "../../e2e/harness/routes.ts";

const isWeb = (url: URL) => url.protocol === "http:" || url.protocol === "https:";

/**
 * Serves the fixture pages on X's and Reddit's real origins in this tab and fails every other web request,
 * with the Chromium suite's URL → fixture mapping. Interception is per tab over WebDriver BiDi (network.addIntercept);
 * the content scripts' moz-extension:// modules are let through untouched.
 */
export async function serveFixtures(page: Page): Promise<void> {
  await page.setRequestInterception(true);
  page.on("request", (request: HTTPRequest) => {
    const url = new URL(request.url());
    if (!isWeb(url)) return void request.continue();
    const reply = answer(url);
    void (reply === null ? request.abort("internetdisconnected") : request.respond(reply));
  });
}
