import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { BACKUP_FORMAT } from "../../src/settings/backup.ts";
import { message } from "./harness/messages.ts";
import { expectedFor, readVerdicts, waitForVerdicts, type State } from "./harness/page.ts";
import { PAGES } from "./harness/pages.ts";
import { useExtension } from "./harness/session.ts";
import { extensionPage, postSaying, storedSettings } from "./harness/settings-pages.ts";

const session = useExtension();

/** A word no pack knows: only the own-words list can make a post with it flagged. */
const OWN_TERM = "zorblax";
/** A bait post of the X timeline fixture, flagged by the built-in packs. */
const BAIT = "1853012000000000101";

/** The X timeline with every post judged, and a post of ours saying `text` judged too. */
async function xTimeline(text: string): Promise<{ tab: Page; own: string }> {
  const tab = await session.open(PAGES.xTimeline.url);
  const bait = Object.keys((await expectedFor(tab, PAGES.xTimeline.section)).bait);
  const own = await postSaying(tab, text);
  await waitForVerdicts(tab, [...bait, own]);
  return { tab, own };
}

/** The options page, on settings back at their defaults (one browser serves every test of this file). */
async function freshOptions(): Promise<Page> {
  const options = await session.open(extensionPage(session.browser.extensionId, "options"));
  await options.evaluate(() => (globalThis as unknown as { chrome: { storage: { local: { clear(): Promise<void> } } } }).chrome.storage.local.clear());
  await options.reload();
  await options.locator("#opt-warnings").waitFor();
  return options;
}

/** Waits until post id on tab reads `state` (undefined: not marked at all); the open tab is never reloaded. */
const settlesTo = (tab: Page, id: string, state: State | undefined) =>
  expect.poll(async () => (await readVerdicts(tab))[id], { timeout: 15_000, interval: 100 }).toBe(state);

async function addOwnTerm(options: Page, term: string): Promise<void> {
  await options.locator("#opt-custom-terms-new").fill(term);
  await options.locator("#opt-custom-terms-new").press("Enter");
  await expect.poll(() => options.locator("#opt-custom ul li span").allTextContents()).toContain(term);
}

describe("options page", () => {
  it("an own word flags an already open tab's post and is still listed after a reload", async () => {
    const { tab, own } = await xTimeline(`my ${OWN_TERM} arrived today`);
    expect((await readVerdicts(tab))[own]).toBe("ok");
    const options = await freshOptions();

    await addOwnTerm(options, OWN_TERM);
    await settlesTo(tab, own, "flag");

    await options.reload();
    await options.locator("#opt-custom").waitFor();
    expect(await options.locator("#opt-custom ul li span").allTextContents()).toEqual([OWN_TERM]);
    expect((await storedSettings(options))?.custom?.terms).toEqual([OWN_TERM]);
  });

  it("sensitivity persists and decides whether an own word alone is enough", async () => {
    const { tab, own } = await xTimeline(`my ${OWN_TERM} arrived today`);
    const options = await freshOptions();
    await addOwnTerm(options, OWN_TERM);
    await settlesTo(tab, own, "flag");

    // An own word weighs 0.6: enough at balanced (0.55), not at low (0.75).
    await options.locator("#opt-sensitivity-low").check();
    await settlesTo(tab, own, "ok");
    await options.reload();
    expect(await options.locator("#opt-sensitivity-low").isChecked()).toBe(true);
    expect((await storedSettings(options))?.sensitivity).toBe("low");

    await options.locator("#opt-sensitivity-high").check();
    await settlesTo(tab, own, "flag");
  });

  it("built-in packs switched off stop flagging the fixture's bait, persist, and on again flag it", async () => {
    const { tab } = await xTimeline("just a post");
    expect((await readVerdicts(tab))[BAIT]).toBe("flag");
    const options = await freshOptions();
    const packs = options.locator('#opt-packs input[id^="opt-pack-"]');
    const ids = await packs.evaluateAll((inputs) => inputs.map((input) => input.id));
    expect(ids.length).toBeGreaterThan(0);
    for (const id of ids) {
      await options.locator(`#${id}`).uncheck();
      await expect.poll(() => options.locator(`#${id}`).isChecked()).toBe(false);
    }
    await settlesTo(tab, BAIT, "ok");

    await options.reload();
    await options.locator("#opt-packs").waitFor();
    expect(await options.locator('#opt-packs input[id^="opt-pack-"]:checked').count()).toBe(0);
    const stored = (await storedSettings(options))?.packs ?? {};
    expect(Object.values(stored).every((on) => on === false) && Object.keys(stored).length === ids.length).toBe(true);

    for (const id of ids) {
      await options.locator(`#${id}`).check();
      await expect.poll(() => options.locator(`#${id}`).isChecked()).toBe(true);
    }
    await settlesTo(tab, BAIT, "flag");
  });

  it("a rule switched off is stored and stays off after a reload", async () => {
    const options = await freshOptions();
    await options.locator("#opt-packs details summary").click();
    const rule = options.locator('#opt-packs input[id^="opt-rule-"]').first();
    const ruleId = (await rule.getAttribute("id"))?.slice("opt-rule-".length) ?? "";
    expect(ruleId).not.toBe("");
    await rule.uncheck();
    await expect.poll(async () => (await storedSettings(options))?.disabledRules).toEqual([ruleId]);

    await options.reload();
    await options.locator("#opt-packs details summary").click();
    expect(await options.locator(`#opt-rule-${ruleId}`).isChecked()).toBe(false);
  });

  it("switching X off unmarks its open tab's posts; switching it on marks them again", async () => {
    const { tab } = await xTimeline("just a post");
    const options = await freshOptions();

    await options.locator("#opt-site-x").uncheck();
    await expect.poll(async () => Object.keys(await readVerdicts(tab)).length, { timeout: 15_000 }).toBe(0);
    expect(await tab.locator("[data-second-look-overlay]").count()).toBe(0);
    await options.reload();
    expect(await options.locator("#opt-site-x").isChecked()).toBe(false);

    await options.locator("#opt-site-x").check();
    await settlesTo(tab, BAIT, "flag");
  });

  it("a file with a wrong field is not imported: the page names the field and storage is unchanged", async () => {
    const options = await freshOptions();
    await options.locator("#opt-sensitivity-high").check();
    await expect.poll(async () => (await storedSettings(options))?.sensitivity).toBe("high");
    const before = await storedSettings(options);

    await options.locator("#opt-import").setInputFiles({
      name: "bad-settings.json",
      mimeType: "application/json",
      buffer: Buffer.from(JSON.stringify({ format: BACKUP_FORMAT, version: 2, sensitivity: "low", frictionSeconds: 500 })),
    });
    const status = options.locator("#opt-backup-status");
    await expect.poll(() => status.textContent()).toContain(message("optionsImportFailed"));
    const problems = await status.locator("li").allTextContents();
    expect(problems.length).toBe(1);
    expect(problems[0]).toMatch(/^frictionSeconds\b/);

    expect(await storedSettings(options)).toEqual(before);
    expect(await options.locator("#opt-sensitivity-high").isChecked()).toBe(true);
  });

  it("a rule pack, an empty object or other JSON picked as settings is refused, saying what it is, and nothing changes", async () => {
    const options = await freshOptions();
    await addOwnTerm(options, OWN_TERM);
    const before = await storedSettings(options);
    const files = [
      ["en.json", readFileSync("src/rules/packs/en.json"), message("optionsImportIsPack")],
      ["empty.json", Buffer.from("{}"), message("optionsImportEmpty")],
      ["hello.json", Buffer.from('{"hello":1}'), message("optionsImportOther")],
    ] as const;
    const status = options.locator("#opt-backup-status");
    for (const [name, buffer, says] of files) {
      await options.locator("#opt-import").setInputFiles({ name, mimeType: "application/json", buffer });
      await expect.poll(() => status.locator("li").allTextContents()).toEqual([says]);
      expect(await status.textContent()).toContain(message("optionsImportFailed"));
      expect(await options.locator("#opt-import-confirm").isHidden()).toBe(true);
      expect(await storedSettings(options)).toEqual(before);
    }
    expect(await options.locator("#opt-custom ul li span").allTextContents()).toEqual([OWN_TERM]);
  });

  it("stored settings with a bad entry keep the rest at work, and the options page lists what was left out until read", async () => {
    const options = await freshOptions();
    const corrupt = { version: 2, sensitivity: "high", custom: { terms: [OWN_TERM, "z".repeat(120)] }, allow: { accounts: ["two words"] } };
    await options.evaluate(async (settings) => {
      const { chrome } = globalThis as unknown as { chrome: { storage: { local: { set(items: object): Promise<void> } } } };
      await chrome.storage.local.set({ settings });
    }, corrupt);
    const { tab, own } = await xTimeline(`my ${OWN_TERM} arrived today`);
    await settlesTo(tab, own, "flag");

    await options.reload();
    const notice = options.locator("#opt-recovered");
    await notice.waitFor();
    const lines = await notice.locator("li").allTextContents();
    expect(lines.map((line) => line.split(":")[0])).toEqual(["custom.terms[1]", "allow.accounts[0]"]);
    expect(await options.locator("#opt-sensitivity-high").isChecked()).toBe(true);

    await options.locator("#opt-recovered-dismiss").click();
    await notice.waitFor({ state: "detached" });
    expect(await storedSettings(options)).toMatchObject({ sensitivity: "high", custom: { terms: [OWN_TERM] }, allow: { accounts: [] } });
    const keptAside = await options.evaluate(async () => {
      const { chrome } = globalThis as unknown as { chrome: { storage: { local: { get(key: string): Promise<Record<string, unknown>> } } } };
      return (await chrome.storage.local.get("settingsKeptAside")).settingsKeptAside;
    });
    expect(keptAside).toEqual([expect.objectContaining({ raw: corrupt, seen: true })]);
    await options.reload();
    await options.locator("#opt-warnings").waitFor();
    expect(await notice.count()).toBe(0);
    await settlesTo(tab, own, "flag");
  });
});

describe("popup", () => {
  it("pauses on the active tab's site, which unmarks its posts, and resumes", async () => {
    await freshOptions();
    const { tab } = await xTimeline("just a post");
    expect((await readVerdicts(tab))[BAIT]).toBe("flag");
    // The popup asks for the active tab of its window: opened as a background tab next to the X tab, the X tab is it.
    const popup = await session.open(extensionPage(session.browser.extensionId, "popup"));
    await tab.bringToFront();
    await popup.reload();

    await popup.locator("#pause-site").click();
    await expect.poll(async () => Object.keys(await readVerdicts(tab)).length, { timeout: 15_000 }).toBe(0);
    expect(await tab.locator("[data-second-look-overlay]").count()).toBe(0);
    expect(Object.keys((await storedSettings(popup))?.pausedUntil ?? {})).toEqual(["x"]);

    const resume = popup.locator("#resume");
    expect(await resume.textContent()).toBe(message("popupResume"));
    await resume.click();
    await settlesTo(tab, BAIT, "flag");
  });
});
