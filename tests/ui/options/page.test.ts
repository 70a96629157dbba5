// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { ModelLoad } from "../../../src/rules/model/model.ts";
import { SETTINGS_KEY } from "../../../src/settings/storage.ts";
import { DEFAULT_SETTINGS } from "../../../src/settings/schema.ts";
import { STATS_KEY } from "../../../src/settings/stats.ts";
import { setMessageLookup } from "../../../src/ui/kit/i18n.ts";
import { mountOptions } from "../../../src/ui/options/page.ts";
import { TEST_DEBOUNCE_MS } from "../../../src/ui/options/panes/test-post.ts";
import { brokenModel, ONLY_THE_MODEL_FLAGS, shippedModel, THE_MODEL_LETS_THROUGH } from "../../background/model/models.ts";
import { lookupFor } from "../messages.ts";
import { byId, click, fakeStorage, settle, typeInto } from "../page-helpers.ts";

vi.mock("webextension-polyfill", () => ({ default: {} }));

let stop: (() => void) | null = null;

async function open(initial: Record<string, unknown> = {}, managed?: Record<string, unknown>, model: () => Promise<ModelLoad> = shippedModel) {
  const storage = fakeStorage(initial, managed);
  const download = vi.fn();
  stop = await mountOptions(document.body, { storage, download, model });
  return { storage, download, stored: () => storage.data[SETTINGS_KEY] as typeof DEFAULT_SETTINGS | undefined };
}

beforeEach(() => {
  setMessageLookup(lookupFor("en"));
  document.body.replaceChildren();
});
afterEach(() => {
  stop?.();
  setMessageLookup(null);
  vi.useRealTimers();
});

describe("options page", () => {
  it("says it is loading while the policy read is slow, then renders the panes", async () => {
    const storage = fakeStorage();
    let readPolicy: (policy: Record<string, unknown>) => void = () => {};
    storage.managed = { get: () => new Promise((resolve) => (readPolicy = resolve)) };
    const mounted = mountOptions(document.body, { storage, download: vi.fn(), model: shippedModel });
    await settle();
    expect(document.querySelector("main [role=status]")?.textContent).toBe("Loading your settings…");
    expect(document.querySelectorAll("main section")).toHaveLength(0);
    readPolicy({});
    stop = await mounted;
    expect(document.getElementById("opt-loading")).toBeNull();
    expect(document.querySelectorAll("main section > h2").length).toBeGreaterThanOrEqual(8);
  });

  it("has a title, a main landmark, a heading per pane and a label for every control", async () => {
    await open();
    expect(document.title).toBe("Second Look options");
    expect(document.documentElement.lang).toBe("en");
    expect(document.querySelectorAll("main section > h2").length).toBeGreaterThanOrEqual(8);
    for (const control of document.querySelectorAll<HTMLElement>("input, select, textarea")) {
      const labelled = control.id && document.querySelector(`label[for="${control.id}"]`);
      expect(labelled || control.getAttribute("aria-label"), `#${control.id}`).toBeTruthy();
    }
    for (const button of document.querySelectorAll("button")) expect(button.textContent?.trim() || button.getAttribute("aria-label")).toBeTruthy();
  });

  it("writes a changed control to the settings and shows the new value", async () => {
    const { stored } = await open();
    click("opt-sensitivity-high");
    await settle();
    expect(stored()?.sensitivity).toBe("high");
    expect(byId<HTMLInputElement>("opt-sensitivity-high").checked).toBe(true);

    click("opt-pack-en");
    click("opt-site-reddit");
    await settle();
    expect(stored()?.packs).toEqual({ en: false });
    expect(stored()?.sites).toEqual({ x: true, reddit: false, "old-reddit": true });

    const friction = byId<HTMLInputElement>("opt-friction");
    friction.value = "12";
    friction.dispatchEvent(new Event("change"));
    await settle();
    expect(stored()?.frictionSeconds).toBe(12);
  });

  it("switches a rule off in every pack that defines it, naming those packs", async () => {
    const { stored } = await open();
    const rule = byId<HTMLInputElement>("opt-rule-leak-word");
    expect(document.getElementById("opt-rule-leak-word-hint")?.textContent).toMatch(/English.*Spanish/);
    rule.click();
    await settle();
    expect(stored()?.disabledRules).toEqual(["leak-word"]);
    expect(byId<HTMLInputElement>("opt-rule-leak-word").checked).toBe(false);
  });

  it("shows why an own term is invalid as it is typed, and writes nothing", async () => {
    const { storage, stored } = await open();
    typeInto("opt-custom-terms-new", "le*ak");
    const field = byId("opt-custom-terms-new");
    const error = byId("opt-custom-terms-error");
    expect(field.getAttribute("aria-describedby")?.split(" ")).toContain(error.id);
    expect(field.getAttribute("aria-invalid")).toBe("true");
    expect(error.textContent).toBe("* may stand only at the start or the end of a word.");

    byId<HTMLFormElement>("opt-custom-terms-new").form?.requestSubmit();
    await settle();
    expect(storage.data).toEqual({});

    typeInto("opt-custom-terms-new", "le*");
    expect(field.hasAttribute("aria-invalid")).toBe(false);
    expect(error.textContent).toBe("");
    byId<HTMLFormElement>("opt-custom-terms-new").form?.requestSubmit();
    await settle();
    expect(stored()?.custom.terms).toEqual(["le*"]);
    expect(document.querySelector("#opt-custom ul li")?.textContent).toContain("le*");
  });

  it("adds and removes trusted sources in their stored form", async () => {
    const { stored } = await open();
    typeInto("opt-allow-communities-new", "r/News");
    byId<HTMLInputElement>("opt-allow-communities-new").form?.requestSubmit();
    await settle();
    expect(stored()?.allow.communities).toEqual(["news"]);
    typeInto("opt-allow-communities-new", "/r/news");
    expect(byId("opt-allow-communities-error").textContent).toBe("This is already on the list.");
    click("opt-allow-communities-remove-0");
    await settle();
    expect(stored()?.allow.communities).toEqual([]);
  });

  it("resets to the defaults only after the confirmation", async () => {
    const { stored } = await open({ [SETTINGS_KEY]: { ...DEFAULT_SETTINGS, frictionSeconds: 7 } });
    expect(byId("opt-reset-confirm").hidden).toBe(true);
    click("opt-reset");
    expect(byId("opt-reset-confirm").hidden).toBe(false);
    expect(document.activeElement?.id).toBe("opt-reset-no");
    click("opt-reset-no");
    await settle();
    expect(stored()?.frictionSeconds).toBe(7);
    click("opt-reset");
    click("opt-reset-yes");
    await settle();
    expect(stored()).toEqual(DEFAULT_SETTINGS);
    expect(byId("opt-backup-status").textContent).toContain("back to their defaults");
  });

  it("shows settings locked by the organisation disabled, labelled, with an explanation at the top", async () => {
    const { storage } = await open({}, { Sensitivity: "high", Locked: ["custom"], ShowStatistics: false });
    expect(byId("opt-locked-banner").textContent).toContain("Your organisation manages some of these settings");
    const sensitivity = byId<HTMLInputElement>("opt-sensitivity-high");
    expect(sensitivity.checked).toBe(true);
    expect(sensitivity.closest("fieldset")?.disabled).toBe(true);
    expect(sensitivity.closest("fieldset")?.querySelector("legend")?.textContent).toContain("Set by your organisation");
    expect(byId<HTMLInputElement>("opt-custom-terms-new").closest("fieldset")?.disabled).toBe(true);
    expect(byId<HTMLInputElement>("opt-stats").disabled).toBe(true);
    expect(byId("opt-stats").parentElement?.textContent).toContain("Set by your organisation");
    expect(document.getElementById("opt-statistics")).toBeNull();
    expect(byId<HTMLInputElement>("opt-reveal").disabled).toBe(false);
    expect(byId<HTMLInputElement>("opt-sensitivity-low").closest("fieldset")?.disabled).toBe(true);

    byId<HTMLInputElement>("opt-reveal").click();
    await settle();
    expect((storage.data[SETTINGS_KEY] as typeof DEFAULT_SETTINGS).allowReveal).toBe(false);
  });

  it("has the search note on by default, says where it shows, and switches it off", async () => {
    const { stored } = await open();
    const box = byId<HTMLInputElement>("opt-search-notice");
    expect(box.checked).toBe(true);
    expect(box.closest(".option")?.textContent).toContain("On X and Reddit, for searches like a name with");
    box.click();
    await settle();
    expect(stored()?.searchNotice).toBe(false);
    expect(byId<HTMLInputElement>("opt-search-notice").checked).toBe(false);
  });

  it("shows the search note set and locked by the organisation, and keeps it so when clicked", async () => {
    const { storage } = await open({}, { SearchNotice: false });
    const box = byId<HTMLInputElement>("opt-search-notice");
    expect(box.checked).toBe(false);
    expect(box.disabled).toBe(true);
    expect(document.querySelector('label[for="opt-search-notice"] .locked')?.textContent).toBe("Set by your organisation");
    expect(byId("opt-locked-banner").textContent).toContain("Your organisation manages some of these settings");
    box.click();
    await settle();
    expect(storage.data).toEqual({});
  });

  it("has the learned check on by default, says what it is, and switches it off", async () => {
    const { stored } = await open();
    const box = byId<HTMLInputElement>("opt-model");
    expect(box.checked).toBe(true);
    expect(box.disabled).toBe(false);
    expect(document.querySelector('label[for="opt-model"]')?.textContent).toContain("Use the learned check");
    expect(box.getAttribute("aria-describedby")).toBe("opt-model-hint");
    expect(byId("opt-model-hint").textContent).toMatch(/runs only on this device.*Nothing leaves this device.*word lists decide alone/);
    expect(document.getElementById("opt-model-problem")).toBeNull();

    box.click();
    await settle();
    expect(stored()?.model).toBe(false);
    expect(byId<HTMLInputElement>("opt-model").checked).toBe(false);
  });

  it("says beside the sensitivity that it moves the learned check too", async () => {
    await open();
    const fieldset = byId("opt-sensitivity-high").closest("fieldset");
    expect(fieldset?.getAttribute("aria-describedby")).toBe("opt-sensitivity-hint");
    expect(byId("opt-sensitivity-hint").textContent).toContain("word lists and to the learned check alike");
  });

  it("shows the learned check set and locked by the organisation", async () => {
    const { storage } = await open({}, { LearnedCheck: false });
    const box = byId<HTMLInputElement>("opt-model");
    expect(box.checked).toBe(false);
    expect(box.disabled).toBe(true);
    expect(document.querySelector('label[for="opt-model"] .locked')?.textContent).toBe("Set by your organisation");
    expect(byId("opt-locked-banner").textContent).toContain("Your organisation manages some of these settings");
    box.click();
    await settle();
    expect(storage.data).toEqual({});
  });

  it("says beside the switch, in plain words, when the learned check could not be loaded", async () => {
    await open({}, undefined, brokenModel);
    const problem = byId("opt-model-problem");
    expect(problem.textContent).toBe("The learned check could not be loaded, so posts are judged by the word lists alone. Reinstalling the extension fixes this.");
    expect(byId("opt-model").getAttribute("aria-describedby")).toBe("opt-model-hint opt-model-problem");

    stop?.();
    // Switched off, the word lists judging alone is what the user asked for: nothing to warn about.
    await open({ [SETTINGS_KEY]: { ...DEFAULT_SETTINGS, model: false } }, undefined, brokenModel);
    expect(document.getElementById("opt-model-problem")).toBeNull();
  });

  it("shows the organisation's extra terms beside the user's own", async () => {
    await open({}, { ExtraTerms: ["schoolleak*"] });
    expect(byId("opt-custom").textContent).toContain("Also flagged for your organisation: schoolleak*");
  });

  it("tests a post as the extension would: bait is flagged with its reasons, a household leak is not", async () => {
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout"] });
    const mounting = open();
    await vi.runAllTimersAsync();
    await mounting;
    const result = byId("opt-test-result");
    expect(result.textContent).toContain("Type or paste a post");

    typeInto("opt-test-text", "Mia Torres nudes leaked!! link in bio 🔞");
    expect(result.textContent).toContain("Type or paste a post");
    await vi.advanceTimersByTimeAsync(TEST_DEBOUNCE_MS);
    expect(result.querySelector("[data-verdict]")?.getAttribute("data-verdict")).toBe("flag");
    expect(result.textContent).toContain("Would be flagged");
    expect(result.textContent).toContain("offer leaked private images");
    expect(result.querySelector('[data-rule="leaked-intimate"]')?.textContent).toContain("leaked + nudes");

    typeInto("opt-test-text", "Kitchen sink leak fixed! full video of the repair, link in bio");
    await vi.advanceTimersByTimeAsync(TEST_DEBOUNCE_MS);
    expect(result.querySelector("[data-verdict]")?.getAttribute("data-verdict")).toBe("ok");
    expect(result.textContent).toContain("Would not be flagged");
    const household = result.querySelectorAll('[data-rule="household-context"]');
    expect(household).toHaveLength(1);
    expect(household[0]?.textContent).toContain("makes a flag less likely");
  });

  it("tests a post in the reader's language: German numbers, and what each rule noticed in German", async () => {
    setMessageLookup(lookupFor("de"));
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout"] });
    const mounting = open();
    await vi.runAllTimersAsync();
    await mounting;
    expect(document.getElementById("opt-rule-leak-word")?.closest("label, div")?.textContent).toContain("Behauptet, etwas sei geleakt worden");
    expect(document.getElementById("opt-rule-leak-word-hint")?.textContent).toMatch(/Englisch.*Spanisch \(español\)/);
    expect(byId("opt-packs").textContent).toContain("Wörter und Wendungen auf Französisch (français) für Leak-Köder");
    expect(byId("opt-packs").textContent).toContain("Second Look – Grundsignale");
    typeInto("opt-test-text", "Mia Torres nudes leaked!! link in bio 🔞");
    await vi.advanceTimersByTimeAsync(TEST_DEBOUNCE_MS);
    const result = byId("opt-test-result");
    expect(result.textContent).toMatch(/Wert [01],\d\d \(bei dieser Empfindlichkeit wird ab 0,55 markiert\)/);
    expect(result.querySelector('[data-rule="leaked-intimate"] span')?.textContent).toBe("Behauptet, intime Bilder oder Videos einer Person seien geleakt worden");
    expect(result.textContent).not.toContain("Says a person's intimate images");
  });

  async function testPost(text: string): Promise<HTMLElement> {
    typeInto("opt-test-text", text);
    await vi.advanceTimersByTimeAsync(TEST_DEBOUNCE_MS);
    return byId("opt-test-result");
  }
  const verdictOf = (result: HTMLElement) => result.querySelector("[data-verdict]")?.getAttribute("data-verdict");

  it("tests a post with the learned check, as the extension judges it, and names its reasons in plain words", async () => {
    expect((await shippedModel()).model).not.toBeNull();
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout"] });
    const mounting = open();
    await vi.runAllTimersAsync();
    await mounting;

    let result = await testPost(ONLY_THE_MODEL_FLAGS);
    expect(verdictOf(result)).toBe("flag");
    const words = result.querySelector('[data-rule="model"]');
    expect(words?.querySelector("span")?.textContent).toBe("Words that weighed most in the learned check:");
    const quoted = [...(words?.querySelectorAll("q") ?? [])].map((q) => q.textContent ?? "");
    expect(quoted.length).toBeGreaterThan(0);
    expect(new Set(quoted).size).toBe(quoted.length);
    for (const word of quoted) expect(ONLY_THE_MODEL_FLAGS).toContain(word);
    expect(result.textContent).not.toContain("Weighed most in the learned check");

    result = await testPost(THE_MODEL_LETS_THROUGH);
    expect(verdictOf(result)).toBe("ok");
    const letThrough = result.querySelector('[data-rule="model"]');
    expect(letThrough?.textContent).toBe("The learned check reads this as an ordinary post that only uses these words, so it is not flagged.");
    expect(letThrough?.querySelector("q")).toBeNull();
    expect(result.querySelector('[data-rule="doxx-act"] q')?.textContent).toBe("doxxing");

    // Switched off, the word lists judge alone, here as everywhere.
    click("opt-model");
    await vi.runAllTimersAsync();
    expect(verdictOf(byId("opt-test-result"))).toBe("flag");
    expect(byId("opt-test-result").querySelector('[data-rule="model"]')).toBeNull();
    expect(verdictOf(await testPost(ONLY_THE_MODEL_FLAGS))).toBe("ok");
  });

  it("tests a post by the word lists alone when the learned check could not be loaded, as the extension does", async () => {
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout"] });
    const mounting = open({}, undefined, brokenModel);
    await vi.runAllTimersAsync();
    await mounting;
    expect(verdictOf(await testPost(ONLY_THE_MODEL_FLAGS))).toBe("ok");
    expect(verdictOf(await testPost(THE_MODEL_LETS_THROUGH))).toBe("flag");
  });

  it("re-judges the test post when the settings change", async () => {
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout"] });
    const mounting = open();
    await vi.runAllTimersAsync();
    const { storage } = await mounting;
    typeInto("opt-test-text", "totally normal words about a zebra");
    await vi.advanceTimersByTimeAsync(TEST_DEBOUNCE_MS);
    expect(byId("opt-test-result").textContent).toContain("Would not be flagged");
    await storage.local.set({ [SETTINGS_KEY]: { ...DEFAULT_SETTINGS, custom: { terms: ["zebra"], hashtags: [], links: [] } } });
    await vi.runAllTimersAsync();
    expect(byId("opt-test-result").textContent).toContain("Would be flagged");
    expect(document.activeElement?.id).not.toBe("opt-test-text");
  });

  it("shows the local statistics and resets them", async () => {
    const since = Date.UTC(2025, 4, 12, 12);
    const { storage } = await open({ [STATS_KEY]: { flagged: 5, revealed: 2, sharesPaused: 3, sharesCancelled: 1, since } });
    expect(document.querySelector('[data-stat="flagged"]')?.textContent).toBe("5");
    expect(document.querySelector('[data-stat="sharesCancelled"]')?.textContent).toBe("1");
    expect(byId("opt-statistics").textContent).toContain("2025");
    click("opt-stats-reset");
    await settle();
    expect(storage.data[STATS_KEY]).toMatchObject({ flagged: 0, revealed: 0, sharesPaused: 0, sharesCancelled: 0 });
    expect(document.querySelector('[data-stat="flagged"]')?.textContent).toBe("0");
  });

  it("hides the statistics when they are switched off", async () => {
    await open({ [SETTINGS_KEY]: { ...DEFAULT_SETTINGS, showStats: false } });
    expect(document.getElementById("opt-statistics")).toBeNull();
  });

  it("puts focus back on the control that changed after the page renders again", async () => {
    await open();
    const box = byId<HTMLInputElement>("opt-reveal");
    box.focus();
    box.click();
    await settle();
    expect(byId("opt-reveal")).not.toBe(box);
    expect(document.activeElement?.id).toBe("opt-reveal");
  });
});

describe("options page navigation", () => {
  afterEach(() => history.replaceState(null, "", "#"));

  it("links to every section from a labelled navigation, in the page's order, with Test a post among them", async () => {
    await open();
    const nav = byId("opt-nav");
    expect(nav.tagName).toBe("NAV");
    expect(nav.getAttribute("aria-label")).toBe("Sections of the options");
    const links = [...nav.querySelectorAll("a")];
    const sections = [...document.querySelectorAll("main > section")];
    expect(links.map((a) => a.getAttribute("href"))).toEqual(sections.map((s) => `#${s.id}`));
    expect(links.map((a) => a.textContent)).toEqual(sections.map((s) => s.querySelector("h2")?.textContent));
    expect(links.find((a) => a.getAttribute("href") === "#opt-test")?.textContent).toBe("Test a post");
    expect(nav.querySelector("[aria-current]")).toBeNull();
  });

  it("marks the section in the address as current, on opening and when the address changes, and focuses its heading", async () => {
    history.replaceState(null, "", "#opt-test");
    await open();
    expect(byId("opt-nav").querySelector('[aria-current="location"]')?.getAttribute("href")).toBe("#opt-test");

    history.replaceState(null, "", "#opt-backup");
    window.dispatchEvent(new HashChangeEvent("hashchange"));
    const current = byId("opt-nav").querySelectorAll('[aria-current="location"]');
    expect([...current].map((a) => a.getAttribute("href"))).toEqual(["#opt-backup"]);
    expect(document.activeElement?.id).toBe("opt-backup-heading");

    // An address that names no section (or an element that is not one) marks nothing.
    history.replaceState(null, "", "#opt-friction");
    window.dispatchEvent(new HashChangeEvent("hashchange"));
    expect(byId("opt-nav").querySelector("[aria-current]")).toBeNull();
  });

  it("keeps the current mark through a re-render", async () => {
    history.replaceState(null, "", "#opt-test");
    const { stored } = await open();
    click("opt-sensitivity-high");
    await settle();
    expect(stored()?.sensitivity).toBe("high");
    expect(byId("opt-nav").querySelector('[aria-current="location"]')?.getAttribute("href")).toBe("#opt-test");
  });
});
