import { describe, expect, it } from "vitest";
import { popupOver } from "../../scripts/demo.ts";
import { iconPaths, type ToolbarState } from "../../src/background/badge/icon.ts";
import { expectedFor, waitForVerdicts } from "./harness/page.ts";
import { PAGES } from "./harness/pages.ts";
import { useExtension } from "./harness/session.ts";

const session = useExtension();

type Scope = { chrome: { action: { setIcon(details: { tabId?: number; path: Record<string, string> }): Promise<void> } }; __icons?: { tabId?: number; path: Record<string, string> }[] };

/** The state each setIcon call showed, read back from the file names it was given. */
const stateOf = (path: Record<string, string>): string => Object.values(path)[0]?.match(/icons\/(\w+)-\d+\.png$/)?.[1] ?? "?";

describe("toolbar icon", () => {
  it("loads the icon of every state from the build", async () => {
    const worker = await session.browser.worker();
    for (const state of ["active", "paused", "unavailable"] satisfies ToolbarState[]) {
      const path = Object.fromEntries(Object.entries(iconPaths(state)).map(([size, file]) => [size, `/${file}`]));
      // Chromium rejects a path it cannot load as an image.
      await expect(worker.evaluate((p) => (globalThis as unknown as Scope).chrome.action.setIcon({ path: p }), path)).resolves.toBeUndefined();
    }
  });

  it("shows the pause on the tab when the reader pauses its site from the popup, and the active icon once resumed", async () => {
    const worker = await session.browser.worker();
    await worker.evaluate(() => {
      const scope = globalThis as unknown as Scope;
      const setIcon = scope.chrome.action.setIcon.bind(scope.chrome.action);
      scope.__icons = [];
      scope.chrome.action.setIcon = (details) => {
        scope.__icons?.push(details);
        return setIcon(details);
      };
    });
    const icons = async () => (await worker.evaluate(() => (globalThis as unknown as Scope).__icons ?? [])).map((call) => stateOf(call.path));

    const page = await session.open(PAGES.xTimeline.url);
    await waitForVerdicts(page, Object.keys((await expectedFor(page, PAGES.xTimeline.section)).bait));
    expect(await icons()).toContain("active");

    const popup = await popupOver(session.browser, page);
    await popup.locator("#pause-site").click();
    await expect.poll(async () => (await icons()).at(-1)).toBe("paused");
    await popup.reload();
    await popup.locator("#resume").click();
    await expect.poll(async () => (await icons()).at(-1)).toBe("active");
  });
});
