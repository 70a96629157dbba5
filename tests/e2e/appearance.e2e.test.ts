import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { violations } from "./harness/axe.ts";
import { SHARE_CONTROL } from "./harness/controls.ts";
import { expectedFor, fixture, overlayFor, overlayThemes, readVerdicts, revealButton, waitForVerdicts } from "./harness/page.ts";
import { FEEDS, type FixturePage } from "./harness/pages.ts";
import { useExtension } from "./harness/session.ts";

const session = useExtension();

async function scanned(page: FixturePage): Promise<Page> {
  const tab = await session.open(page.url);
  await waitForVerdicts(tab, Object.keys((await expectedFor(tab, page.section)).bait));
  return tab;
}

const firstFlagged = async (tab: Page) => Object.entries(await readVerdicts(tab)).find(([, state]) => state === "flag")?.[0] ?? "";

/** Opens the pause dialog from a flagged post's share control (reached after revealing the post). */
async function openFriction(tab: Page, site: FixturePage["site"], id: string): Promise<void> {
  await (await revealButton(tab, id)).click();
  await tab.locator(SHARE_CONTROL[site](id)).click();
  await tab.locator("[data-second-look-friction] [role=dialog]").waitFor({ state: "visible", timeout: 5_000 });
}

describe.each(FEEDS)("$name", (page) => {
  it("follows the site's theme: the overlays and the pause dialog turn dark with it", async () => {
    const tab = await scanned(page);
    expect(new Set(await overlayThemes(tab))).toEqual(new Set(["light"]));
    await fixture(tab, "setTheme", "dark");
    await expect.poll(async () => [...new Set(await overlayThemes(tab))], { timeout: 5_000 }).toEqual(["dark"]);
    await openFriction(tab, page.site, await firstFlagged(tab));
    expect(await tab.locator("[data-second-look-friction]").getAttribute("data-theme")).toBe("dark");
  });

  it.each(["light", "dark"])("has no axe violations in the overlay (covered, explained, revealed) or the dialog, %s theme", async (theme) => {
    const tab = await scanned(page);
    if (theme === "dark") await fixture(tab, "setTheme", "dark");
    // Covers are drawn in the frame after the verdicts land: axe needs them there.
    await expect.poll(async () => [...new Set(await overlayThemes(tab))], { timeout: 5_000 }).toEqual([theme]);
    expect(await violations(tab, "[data-second-look-overlay]")).toEqual([]);
    const id = await firstFlagged(tab);
    await (await (await overlayFor(tab, id)).$('[data-action="why"]'))?.click();
    expect(await violations(tab, "[data-second-look-overlay]")).toEqual([]);
    await (await (await overlayFor(tab, id)).$('[data-action="why"]'))?.click();
    await openFriction(tab, page.site, id);
    expect(await violations(tab, "[data-second-look-overlay]", "[data-second-look-friction]")).toEqual([]);
  });
});
