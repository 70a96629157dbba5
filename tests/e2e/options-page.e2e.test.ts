import AxeBuilder from "@axe-core/playwright";
import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { message } from "./harness/messages.ts";
import { overlayDetails, readVerdicts } from "./harness/page.ts";
import { useExtension } from "./harness/session.ts";
import { extensionPage, storedSettings, xTimelineSaying } from "./harness/settings-pages.ts";

const session = useExtension();

/** The options page on settings back at their defaults, at the given width (one browser serves every test). */
async function freshOptions(width = 1280, hash = ""): Promise<Page> {
  const options = await session.browser.context.newPage();
  await options.setViewportSize({ width, height: 800 });
  await options.goto(extensionPage(session.browser.extensionId, "options"));
  await options.evaluate(() => (globalThis as unknown as { chrome: { storage: { local: { clear(): Promise<void> } } } }).chrome.storage.local.clear());
  await options.goto(`${extensionPage(session.browser.extensionId, "options")}${hash}`);
  await options.locator("#opt-backup").waitFor();
  return options;
}

async function violations(page: Page): Promise<string[]> {
  const { violations: found } = await new AxeBuilder({ page }).analyze();
  return found.flatMap((v) => v.nodes.map((node) => `${v.id} (${v.impact ?? "?"}): ${node.target.join(" ")} — ${node.failureSummary ?? v.help}`));
}

const inView = (page: Page, selector: string) =>
  page.locator(selector).evaluate((el) => {
    const box = el.getBoundingClientRect();
    return box.top >= 0 && box.bottom <= innerHeight && box.height > 0;
  });

describe("own words", () => {
  it("flag a post that a built-in exception would let through, with a sentence that names the reader's list", async () => {
    const options = await freshOptions();
    await options.locator("#opt-custom-terms-new").fill("sofa");
    await options.locator("#opt-custom-terms-new").press("Enter");
    await expect.poll(async () => (await storedSettings(options))?.custom?.terms).toEqual(["sofa"]);

    const { tab, ids } = await xTimelineSaying(session, "my new sofa is nude colour");
    const [own] = ids;
    expect((await readVerdicts(tab))[own ?? ""]).toBe("flag");
    const details = (await overlayDetails(tab)).find((d) => d.id === own);
    expect(details?.reason).toBe(message("overlayReasonOwnList"));
    await tab.close();
    await options.close();
  });

  it("caution about short words, and send a hashtag or a link to its own list, saying so", async () => {
    const options = await freshOptions();
    const field = options.locator("#opt-custom-terms-new");
    const note = options.locator("#opt-custom-terms-note");
    await field.fill("a");
    await expect.poll(() => note.textContent()).toContain("“a”");
    await field.press("Enter");
    await expect.poll(async () => (await storedSettings(options))?.custom?.terms).toEqual(["a"]);

    await field.fill("#tag");
    await field.press("Enter");
    await field.fill("https://t.me/x");
    await field.press("Enter");
    await expect.poll(async () => (await storedSettings(options))?.custom).toMatchObject({ terms: ["a"], hashtags: ["#tag"], links: ["t.me/x"] });
    expect(await note.textContent()).toContain("https://t.me/x");
    expect(await options.locator("#opt-custom-links-new").locator("xpath=ancestor::fieldset").locator("li span").allTextContents()).toEqual(["t.me/x"]);
    await options.close();
  });
});

describe("the share pause field", () => {
  it("says why 45, -1, 2.5 and an empty field are refused, and keeps the setting", async () => {
    const options = await freshOptions();
    const field = options.locator("#opt-friction");
    for (const [typed, key] of [
      ["45", "optionsFrictionRange"],
      ["-1", "optionsFrictionRange"],
      ["2.5", "optionsFrictionWhole"],
      ["", "optionsFrictionEmpty"],
    ] as const) {
      await field.fill(typed);
      await field.press("Tab");
      expect(await field.getAttribute("aria-invalid")).toBe("true");
      expect(await field.inputValue()).toBe(typed);
      const describedBy = (await field.getAttribute("aria-describedby"))?.split(" ") ?? [];
      const error = describedBy.find((id) => id.endsWith("-error")) ?? "";
      expect(await options.locator(`#${error}`).textContent()).toContain(message(key));
    }
    expect(await violations(options)).toEqual([]);
    expect((await storedSettings(options))?.frictionSeconds).toBeUndefined();

    await field.fill("12");
    await field.press("Tab");
    await expect.poll(async () => (await storedSettings(options))?.frictionSeconds).toBe(12);
    expect(await field.getAttribute("aria-invalid")).toBeNull();
    await options.close();
  });
});

describe("getting around the options page", () => {
  it.each([1280, 360])("at %i px the section links stay in view, and the keyboard reaches Test a post through them", async (width) => {
    const options = await freshOptions(width);
    await options.locator("#opt-backup").scrollIntoViewIfNeeded();
    expect(await inView(options, "#opt-nav")).toBe(true);

    // From the top of the page, Tab reaches the links before any section's controls.
    await options.evaluate(() => window.scrollTo(0, 0));
    await options.locator("body").focus();
    let reached = "";
    for (let i = 0; i < 20 && reached !== "opt-test-nav"; i++) {
      await options.keyboard.press("Tab");
      reached = await options.evaluate(() => document.activeElement?.id ?? "");
    }
    expect(reached).toBe("opt-test-nav");
    await options.keyboard.press("Enter");
    await expect.poll(() => options.evaluate(() => location.hash)).toBe("#opt-test");
    await expect.poll(() => options.evaluate(() => document.activeElement?.id)).toBe("opt-test-heading");
    expect(await options.locator("#opt-test-nav").getAttribute("aria-current")).toBe("location");
    expect(await inView(options, "#opt-test-heading")).toBe(true);
    expect(await violations(options)).toEqual([]);
    await options.close();
  });

  it.each([1280, 360])("at %i px opens at the section its address names, its link in sight", async (width) => {
    const options = await freshOptions(width, "#opt-backup");
    const link = options.locator("#opt-backup-nav");
    expect(await link.getAttribute("aria-current")).toBe("location");
    await expect.poll(() => inView(options, "#opt-backup-heading")).toBe(true);
    expect(await inView(options, "#opt-backup-nav")).toBe(true);
    const box = await link.boundingBox();
    expect(box && box.x >= 0 && box.x + box.width <= width).toBe(true);
    await options.close();
  });

  it("picks a file with a labelled button that shows the file's name, and clears its status once something else changes", async () => {
    const options = await freshOptions();
    const [chooser] = await Promise.all([options.waitForEvent("filechooser"), options.locator("#opt-import-button").click()]);
    await chooser.setFiles({ name: "not-settings.json", mimeType: "application/json", buffer: Buffer.from("not json") });
    expect(await options.locator("#opt-import-name").textContent()).toBe("Chosen: not-settings.json");
    const status = options.locator("#opt-backup-status");
    expect(await status.getAttribute("role")).toBe("status");
    await expect.poll(() => status.textContent()).toContain(message("optionsNotJson"));

    await options.locator("#opt-sensitivity-high").check();
    await expect.poll(() => status.textContent()).toBe("");
    await options.close();
  });
});
