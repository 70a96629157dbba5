import { describe, expect, it } from "vitest";
import type { Page } from "puppeteer-core";
import { message } from "../e2e/harness/messages.ts";
import { PAGES, type FixturePage } from "../e2e/harness/pages.ts";
import { expectedFor, overlayOwners, readVerdicts, waitForVerdicts, type Verdicts } from "../e2e/harness/page.ts";
import { inShadow, overlayFor } from "./harness/page.ts";
import { useFirefox } from "./harness/session.ts";

const session = useFirefox();

/** Opens a fixture page and waits until every post it renders has its verdict. */
async function scanned(page: FixturePage) {
  const tab = await session.open(page.url);
  const expected = await expectedFor(tab, page.section);
  const verdicts = await waitForVerdicts(tab, Object.keys(expected.bait));
  return { tab, expected, verdicts };
}

const flaggedIn = (verdicts: Verdicts) => Object.keys(verdicts).filter((id) => verdicts[id] === "flag").sort();

/** The posts whose verdict is not what posts.js means, described for the failure message. */
const misjudged = (bait: Record<string, boolean>, verdicts: Verdicts) =>
  Object.entries(bait)
    .filter(([id, isBait]) => verdicts[id] !== (isBait ? "flag" : "ok"))
    .map(([id, isBait]) => `${id}: meant as ${isBait ? "bait" : "a hard negative"}, got ${verdicts[id]}`);

/** The filter on the post's own content next to the overlay: a blur while covered, none once revealed. */
const contentFilters = async (tab: Page, id: string) =>
  (await overlayFor(tab, id)).evaluate((el) =>
    [...(el.parentElement?.children ?? [])].filter((child) => child !== el && child.localName !== "style").map((child) => getComputedStyle(child).filter),
  );

describe.each(Object.values(PAGES))("Firefox, $name", (page) => {
  it("flags the bait, leaves the hard negatives ok, leaves nothing pending and skips ads", async () => {
    const { expected, verdicts } = await scanned(page);
    expect(Object.keys(expected.bait).length).toBeGreaterThan(0);
    expect(misjudged(expected.bait, verdicts)).toEqual([]);
    expect(Object.values(verdicts)).not.toContain("pending");
    for (const ad of expected.unscanned) expect(verdicts[ad], `ad ${ad}`).toBeUndefined();
  });

  it("covers each flagged post, and only those, with a blurring overlay in an open shadow root that reveal lifts", async () => {
    const { tab, verdicts } = await scanned(page);
    const flagged = flaggedIn(verdicts);
    expect(flagged.length).toBeGreaterThan(0);
    expect((await overlayOwners(tab)).sort()).toEqual(flagged);

    const id = flagged[0] ?? "";
    const overlay = await overlayFor(tab, id);
    expect(await overlay.evaluate((el) => el.shadowRoot?.mode)).toBe("open");
    expect(await overlay.evaluate((el) => el.getAttribute("data-mode"))).toBe("cover");
    expect(await (await inShadow(overlay, "h2")).evaluate((el) => el.textContent)).toBe(message("overlayTitle"));
    expect((await contentFilters(tab, id)).every((filter) => filter.includes("blur"))).toBe(true);

    await (await inShadow(overlay, '[data-action="reveal"]')).click();
    expect(await overlay.evaluate((el) => el.getAttribute("data-mode"))).toBe("revealed");
    expect(await (await inShadow(overlay, "h2")).evaluate((el) => el.textContent)).toBe(message("overlayRevealedTitle"));
    expect((await contentFilters(tab, id)).every((filter) => filter === "none")).toBe(true);
    expect((await readVerdicts(tab))[id]).toBe("flag");
  });
});
