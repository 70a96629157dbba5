import { expect, it } from "vitest";
import { PAGES } from "../e2e/harness/pages.ts";
import { waitForVerdicts } from "../e2e/harness/page.ts";
import { inShadow, overlayFor } from "./harness/page.ts";
import { useFirefox } from "./harness/session.ts";

/**
 * Firefox names each install of an add-on by its own random UUID: a page that learns this install's
 * moz-extension:// URL can recognise the reader's browser anywhere. Nothing we put in the page may carry it.
 * (The Chromium suite's page-attacks.e2e.test.ts tries the other attacks.)
 */
const session = useFirefox();

/** A bait post of the X timeline fixture, flagged by the built-in packs. */
const BAIT = "1853012000000000101";

it("puts no moz-extension:// URL in the page or our shadow roots, explanation open", async () => {
  const tab = await session.open(PAGES.xTimeline.url);
  expect((await waitForVerdicts(tab, [BAIT]))[BAIT]).toBe("flag");
  const overlay = await overlayFor(tab, BAIT);
  await (await inShadow(overlay, '[data-action="why"]')).click();
  await inShadow(overlay, ".why[role=region]");
  const mentions = await tab.evaluate(() => {
    const found: string[] = [];
    const walk = (root: Document | ShadowRoot) => {
      for (const el of root.querySelectorAll("*")) {
        for (const attr of el.attributes) if (attr.value.includes("moz-extension:")) found.push(`${el.localName} ${attr.name}`);
        if (el.shadowRoot) walk(el.shadowRoot);
      }
    };
    walk(document);
    return found;
  });
  expect(mentions).toEqual([]);
});
