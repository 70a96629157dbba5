import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EXTENSION_ID } from "../../src/ui/extension-id.ts";
import { ONLY_THE_MODEL_FLAGS, THE_MODEL_LETS_THROUGH } from "../background/model/models.ts";
import { SHARE_CONTROL } from "./harness/controls.ts";
import { message } from "./harness/messages.ts";
import { expectedFor, overlayFor, readVerdicts, waitForVerdicts, whySignals } from "./harness/page.ts";
import { PAGES } from "./harness/pages.ts";
import { useExtension } from "./harness/session.ts";
import { extensionPage, postSaying, xTimelineSaying } from "./harness/settings-pages.ts";
import { serveSurfaces, settled } from "./harness/surfaces.ts";

/** Where Chromium on Linux reads machine policy (docs/for-schools.md); only root can write there. */
const POLICY_FILE = "/etc/chromium/policies/managed/second-look-e2e.json";
const SCHOOL_TERM = "zorbleak";
const POLICY = {
  Sensitivity: "high",
  AllowReveal: false,
  FrictionSeconds: 7,
  ExtraTerms: [SCHOOL_TERM],
  LearnedCheck: false,
  SearchNotice: false,
  Locked: ["allow", "userPacks"],
};

// Registered before useExtension's: the policy must be on disk when the browser starts, as policies load then.
beforeAll(() => {
  try {
    mkdirSync(dirname(POLICY_FILE), { recursive: true });
    writeFileSync(POLICY_FILE, JSON.stringify({ "3rdparty": { extensions: { [EXTENSION_ID]: POLICY } } }));
  } catch (error) {
    throw new Error(
      `cannot write the managed policy ${POLICY_FILE} (${(error as Error).message}): this spec needs root (CI runs as root); run it as root or in a container`,
    );
  }
});
afterAll(() => rmSync(POLICY_FILE, { force: true }));

const session = useExtension();
serveSurfaces(session, ["x"]);

describe("managed policy", () => {
  it("the options page shows the organisation's values, labels and disables the locked settings", async () => {
    const options = await session.open(extensionPage(session.browser.extensionId, "options"));
    await options.locator("#opt-locked-banner").waitFor({ timeout: 10_000 });
    expect(await options.locator("#opt-locked-banner").textContent()).toBe(message("optionsLockedBanner"));

    const sensitivity = options.locator("#opt-warnings fieldset", { has: options.locator("#opt-sensitivity-high") });
    expect(await sensitivity.locator("legend .locked").textContent()).toBe(message("pageLocked"));
    expect(await options.locator("#opt-sensitivity-high").isChecked()).toBe(true);
    for (const level of ["low", "balanced", "high"]) expect(await options.locator(`#opt-sensitivity-${level}`).isDisabled()).toBe(true);

    expect(await options.locator("#opt-friction").inputValue()).toBe("7");
    expect(await options.locator("#opt-friction").isDisabled()).toBe(true);
    expect(await options.locator('label[for="opt-friction"] .locked').textContent()).toBe(message("pageLocked"));
    expect(await options.locator("#opt-reveal").isChecked()).toBe(false);
    expect(await options.locator("#opt-reveal").isDisabled()).toBe(true);
    expect(await options.locator('label[for="opt-reveal"] .locked').textContent()).toBe(message("pageLocked"));

    for (const field of ["accounts", "communities", "domains"]) {
      expect(await options.locator(`#opt-allow-${field}-new`).isDisabled(), `allow ${field}`).toBe(true);
    }
    expect(await options.locator("#opt-allow fieldset legend .locked").count()).toBe(3);
    expect(await options.locator("#opt-user-pack-file").isDisabled()).toBe(true);
    expect(await options.locator("fieldset.user-packs legend .locked").textContent()).toBe(message("pageLocked"));

    // Unlocked settings stay editable, and the school's word is listed beside the user's own.
    expect(await options.locator("#opt-style-label").isDisabled()).toBe(false);
    expect(await options.locator("#opt-custom-terms-new").isDisabled()).toBe(false);
    expect(await options.locator("#opt-custom").textContent()).toContain(SCHOOL_TERM);
  });

  it("switches the learned check off and locks it: the switch says so, and posts are judged by the word lists alone", async () => {
    const options = await session.open(extensionPage(session.browser.extensionId, "options"));
    const box = options.locator("#opt-model");
    await box.waitFor({ timeout: 10_000 });
    expect(await box.isChecked()).toBe(false);
    expect(await box.isDisabled()).toBe(true);
    expect(await options.locator('label[for="opt-model"] .locked').textContent()).toBe(message("pageLocked"));

    // With the learned check these would go the other way (learned-check.e2e.test.ts).
    const { tab, ids } = await xTimelineSaying(session, ONLY_THE_MODEL_FLAGS, THE_MODEL_LETS_THROUGH);
    const [modelOnly = "", letThrough = ""] = ids;
    const verdicts = await readVerdicts(tab);
    expect([verdicts[modelOnly], verdicts[letThrough]]).toEqual(["ok", "flag"]);
    const signals = await whySignals(tab, letThrough);
    expect(signals.length).toBeGreaterThan(0);
    expect(signals.map((s) => s.label)).not.toContain(message("overlayModelWords"));
  });

  it("switches the search note off and locks it: the switch says so, and a search for someone's leak gets no note", async () => {
    const options = await session.open(extensionPage(session.browser.extensionId, "options"));
    const box = options.locator("#opt-search-notice");
    await box.waitFor({ timeout: 10_000 });
    expect(await box.isChecked()).toBe(false);
    expect(await box.isDisabled()).toBe(true);
    expect(await options.locator('label[for="opt-search-notice"] .locked').textContent()).toBe(message("pageLocked"));

    // The query search-notice.e2e.test.ts shows the note for.
    const tab = await session.open("https://x.com/search?q=maya%20torres%20l34k3d&src=typed_query");
    await settled(tab, ['article[data-testid="tweet"] >> nth=0']);
    // The query is asked of the worker with the first tick: give it two.
    await tab.waitForTimeout(2_000);
    expect(await tab.locator("[data-second-look-search]").count()).toBe(0);
  });

  it("flags a post with the organisation's word, offers no reveal and counts down 7 seconds before sharing", async () => {
    const tab = await session.open(PAGES.xTimeline.url);
    const bait = Object.keys((await expectedFor(tab, PAGES.xTimeline.section)).bait);
    const own = await postSaying(tab, `my ${SCHOOL_TERM} arrived today`);
    const verdicts = await waitForVerdicts(tab, [...bait, own]);
    expect(verdicts[own]).toBe("flag");

    const flagged = Object.keys(verdicts).filter((id) => verdicts[id] === "flag");
    for (const id of flagged) {
      const overlay = await overlayFor(tab, id);
      expect(await overlay.$('[data-action="why"]'), `overlay of ${id}`).not.toBeNull();
      expect(await overlay.$('[data-action="reveal"]'), `overlay of ${id}`).toBeNull();
    }

    // The cover cannot be lifted, so the share control is reached from the keyboard, as a reader can.
    await tab.locator(SHARE_CONTROL.x(own)).focus();
    await tab.keyboard.press("Enter");
    const shareAnyway = tab.locator('[data-second-look-friction] [role=dialog] [data-action="share-anyway"]');
    await shareAnyway.waitFor({ state: "visible", timeout: 5_000 });
    expect(await shareAnyway.textContent()).toBe(message("frictionShareAnywayIn").replace("$SECONDS$", "7"));
    expect(await shareAnyway.isDisabled()).toBe(true);
    expect((await readVerdicts(tab))[own]).toBe("flag");
  });
});
