import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { message } from "./harness/messages.ts";
import { expectedFor, fixture, overlayOwners, readVerdicts, waitForVerdicts } from "./harness/page.ts";
import { PAGES } from "./harness/pages.ts";
import { useExtension } from "./harness/session.ts";
import { RETRY_LATER_MS } from "../../src/content/scan/verdict-requests.ts";

// An update or a reload of the extension with a tab open leaves that tab's content script cut off from it. It
// must say so and stop, rather than mark every new post unjudged and retry forever.
const session = useExtension();

interface NoticeState {
  text: string | null;
  buttons: string[];
}

const noticeOf = (tab: Page) =>
  tab.evaluate((): NoticeState | null => {
    const host = document.querySelector("[data-second-look-notice]");
    if (!host?.shadowRoot) return null;
    return {
      text: host.shadowRoot.querySelector("p")?.textContent ?? null,
      buttons: [...host.shadowRoot.querySelectorAll("button")].map((b) => b.getAttribute("data-action") ?? ""),
    };
  });

describe("an extension reloaded under an open tab", () => {
  it("stops scanning that tab, keeps its covers, and offers to reload it", async () => {
    const tab = await session.open(PAGES.xTimeline.url);
    await waitForVerdicts(tab, Object.keys((await expectedFor(tab, PAGES.xTimeline.section)).bait));
    const coveredBefore = (await overlayOwners(tab)).sort();
    expect(coveredBefore.length).toBeGreaterThan(0);

    // What an update or "Reload" in chrome://extensions does. Called a moment later, so that this call returns
    // before the worker goes away with the old extension. Chromium gives the open tab no new content script.
    const worker = await session.browser.worker();
    await worker.evaluate(() => {
      setTimeout(() => (globalThis as unknown as { chrome: { runtime: { reload(): void } } }).chrome.runtime.reload(), 50);
    });

    // New posts keep coming, as on a real feed; the first the cut-off script tries to send brings the notice.
    const appended: string[] = [];
    await expect
      .poll(
        async () => {
          appended.push(...(await fixture<string[]>(tab, "appendPosts", 1)));
          return noticeOf(tab);
        },
        { timeout: 15_000, interval: 250 },
      )
      .toEqual({ text: message("pageOrphanedText"), buttons: ["reload-tab", "close"] });
    const verdicts = await readVerdicts(tab);
    // Never left pending: a post that could not be judged is shown unjudged, as the DOM contract says.
    expect(verdicts[appended.at(-1) ?? ""]).toBe("ok");
    expect(await tab.locator("[data-second-look-error=unavailable]").count()).toBeGreaterThan(0);
    expect(Object.values(verdicts)).not.toContain("pending");
    const coveredAtNotice = (await overlayOwners(tab)).sort();
    expect(coveredAtNotice).toEqual(expect.arrayContaining(coveredBefore));

    // Stopped for good: posts added later are not even looked at, through the first retry's wait and beyond.
    const later = await fixture<string[]>(tab, "appendPosts", 3);
    await tab.waitForTimeout((RETRY_LATER_MS[0] ?? 0) + 1_000);
    const after = await readVerdicts(tab);
    expect(later.map((id) => after[id])).toEqual(later.map(() => undefined));
    // No retry changed a mark: the posts shown unjudged stay so, the flagged ones stay covered.
    expect(Object.fromEntries(Object.keys(verdicts).map((id) => [id, after[id]]))).toEqual(verdicts);
    expect((await overlayOwners(tab)).sort()).toEqual(coveredAtNotice);
    expect(await tab.locator("[data-second-look-notice]").count()).toBe(1);

    // "Reload this tab" reloads it, as a person's click. (In this headless setup the reloaded unpacked extension
    // does not come back at all, so what the reloaded page gets is not ours to check here.)
    const reloadButton = tab.locator("[data-second-look-notice] [data-action=reload-tab]");
    await Promise.all([tab.waitForEvent("load"), reloadButton.click()]);
    expect(await tab.locator("[data-second-look-notice]").count()).toBe(0);
  });
});
