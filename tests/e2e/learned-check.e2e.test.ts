import { cpSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { ONLY_THE_MODEL_FLAGS, THE_MODEL_LETS_THROUGH } from "../background/model/models.ts";
import { message } from "./harness/messages.ts";
import { readVerdicts, whySignals } from "./harness/page.ts";
import { useExtension, type Session } from "./harness/session.ts";
import { extensionPage, storedSettings, xTimelineSaying } from "./harness/settings-pages.ts";

/** The X timeline, judged, with a post only the learned check flags and one it lets through. */
async function timeline(session: Session): Promise<{ tab: Page; modelOnly: string; letThrough: string }> {
  const { tab, ids } = await xTimelineSaying(session, ONLY_THE_MODEL_FLAGS, THE_MODEL_LETS_THROUGH);
  return { tab, modelOnly: ids[0] ?? "", letThrough: ids[1] ?? "" };
}

const verdictsOf = async (tab: Page, ...ids: string[]) => {
  const all = await readVerdicts(tab);
  return ids.map((id) => all[id]);
};

/** Waits until "Test a post" on the options page decides `verdict` for `text`. */
async function expectTested(options: Page, text: string, verdict: "flag" | "ok"): Promise<void> {
  await options.locator("#opt-test-text").fill(text);
  await expect.poll(() => options.locator("#opt-test-result [data-verdict]").getAttribute("data-verdict", { timeout: 5_000 })).toBe(verdict);
}

describe("the learned check", () => {
  const session = useExtension();

  it("is on by default: it flags bait in words no list holds, names those words under “why”, and lets an ordinary post through", async () => {
    const { tab, modelOnly, letThrough } = await timeline(session);
    expect(await verdictsOf(tab, modelOnly, letThrough)).toEqual(["flag", "ok"]);
    const signals = await whySignals(tab, modelOnly);
    const named = signals.find((s) => s.label === message("overlayModelWords"));
    expect(named?.quotes.length, JSON.stringify(signals)).toBeGreaterThan(0);
    for (const word of named?.quotes ?? []) expect(ONLY_THE_MODEL_FLAGS).toContain(word);

    const popup = await session.open(extensionPage(session.browser.extensionId, "popup"));
    await popup.locator("#flag-count").waitFor();
    expect(await popup.locator("#model-unavailable").count()).toBe(0);
  });

  it("switched off in the options, leaves the word lists judging alone, on tabs already open too", async () => {
    const { tab, modelOnly, letThrough } = await timeline(session);
    const options = await session.open(extensionPage(session.browser.extensionId, "options"));
    const box = options.locator("#opt-model");
    expect(await box.isChecked()).toBe(true);

    await box.uncheck();
    await expect.poll(async () => (await storedSettings(options))?.model).toBe(false);
    await expect.poll(() => verdictsOf(tab, modelOnly, letThrough), { timeout: 15_000 }).toEqual(["ok", "flag"]);
    await expectTested(options, ONLY_THE_MODEL_FLAGS, "ok");

    await box.check();
    await expect.poll(() => verdictsOf(tab, modelOnly, letThrough), { timeout: 15_000 }).toEqual(["flag", "ok"]);
    await expectTested(options, ONLY_THE_MODEL_FLAGS, "flag");
  });
});

describe("the learned check with damaged weights", () => {
  let damaged = "";
  beforeAll(() => {
    damaged = mkdtempSync(join(tmpdir(), "second-look-damaged-"));
    cpSync(inject("extensionDir"), damaged, { recursive: true });
    const assets = join(damaged, "assets");
    const weights = readdirSync(assets).filter((name) => name.startsWith("weights") && name.endsWith(".bin"));
    expect(weights).toHaveLength(1);
    writeFileSync(join(assets, weights[0] ?? ""), new Uint8Array(16));
  });
  afterAll(() => rmSync(damaged, { recursive: true, force: true }));
  const session = useExtension(() => damaged);

  it("keeps judging by the word lists and says so, in plain words, in the popup and beside the switch", async () => {
    const { tab, modelOnly, letThrough } = await timeline(session);
    expect(await verdictsOf(tab, modelOnly, letThrough)).toEqual(["ok", "flag"]);

    const popup = await session.open(extensionPage(session.browser.extensionId, "popup"));
    // The worker records the failure as it answers its first batch; the popup reads it when it opens.
    await expect
      .poll(async () => {
        await popup.reload();
        await popup.locator("#flag-count").waitFor();
        return popup.locator("#model-unavailable").count();
      })
      .toBe(1);
    expect(await popup.locator("#model-unavailable").textContent()).toBe(message("pageModelUnavailable"));

    const options = await session.open(extensionPage(session.browser.extensionId, "options"));
    expect(await options.locator("#opt-model-problem").textContent()).toBe(message("pageModelUnavailable"));
    expect(await options.locator("#opt-model").isChecked()).toBe(true);
    await expectTested(options, ONLY_THE_MODEL_FLAGS, "ok");
  });
});
