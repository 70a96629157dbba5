import type { HTTPRequest, Page } from "puppeteer-core";
import { answer, isWeb, type Answer } from "../../e2e/harness/routes.ts";

/** Answers some URLs before the fixture routes do (a capture-following page on its real URL); undefined passes on. */
export type FirstAnswer = (url: URL) => Answer | undefined;

/**
 * Serves the fixture pages on X's and Reddit's real origins in this tab and fails every other web request,
 * with the Chromium suite's URL → fixture mapping. Interception is per tab over WebDriver BiDi (network.addIntercept);
 * the content scripts' moz-extension:// modules are let through untouched.
 */
export async function serveFixtures(page: Page, first: FirstAnswer = () => undefined): Promise<void> {
  await page.setRequestInterception(true);
  page.on("request", (request: HTTPRequest) => {
    const url = new URL(request.url());
    if (!isWeb(url)) return void request.continue();
    const reply = first(url) ?? answer(url);
    void (reply === null ? request.abort("internetdisconnected") : request.respond(reply));
  });
}
