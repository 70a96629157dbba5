import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Locator, Page } from "playwright-core";
import { violations } from "./harness/axe.ts";
import { expectedFor, fixture, overlayThemes, waitForVerdicts } from "./harness/page.ts";
import { FEEDS, type FixturePage } from "./harness/pages.ts";
import { ROOT } from "./harness/paths.ts";
import { useExtension } from "./harness/session.ts";

/** Phone widths, narrowest first. */
const WIDTHS = [320, 360, 400];
const THEMES = ["light", "dark"] as const;
const OVERLAYS = "[data-second-look-overlay]";

type Catalogue = Record<string, { message: string } | undefined>;
const catalogue = (folder: string): Catalogue => JSON.parse(readFileSync(join(ROOT, "_locales", folder, "messages.json"), "utf8")) as Catalogue;

/** How much a cover says, in characters: heading, buttons, the revealed bar and the longest of its sentences. */
function coverLength(messages: Catalogue): number {
  const fixed = ["overlayTitle", "overlayReveal", "overlayWhy", "overlayHide", "overlayRevealedTitle"].map((key) => messages[key]?.message.length ?? 0);
  const sentences = Object.entries(messages).flatMap(([key, entry]) => (key.startsWith("overlayReason") ? [entry?.message.length ?? 0] : []));
  return [...fixed, Math.max(0, ...sentences)].reduce((a, b) => a + b, 0);
}

const folders = readdirSync(join(ROOT, "_locales"));
const longest = folders.reduce((best, folder) => (coverLength(catalogue(folder)) > coverLength(catalogue(best)) ? folder : best));
/** German, whose long words first broke the cover, and whichever locale's cover says the most (a folder name). */
const LOCALES = [...new Set(["de", longest])];

/**
 * What is wrong with each overlay, as readable lines: words hidden in a cover too short for them (which would have
 * to be scrolled inside it), a button missing, outside its overlay's box, or under something else at its centre
 * (the next post), where a click would not reach it. The page is scrolled to each button first, the overlay never.
 */
function misplaced(tab: Page): Promise<string[]> {
  return tab.locator(OVERLAYS).evaluateAll((overlays) =>
    overlays.flatMap((overlay) => {
      const root = overlay.shadowRoot;
      if (root === null) return ["an overlay without its shadow root"];
      const mode = overlay.getAttribute("data-mode") ?? "";
      const buttons = [...root.querySelectorAll("button")];
      const actions = buttons.map((button) => button.getAttribute("data-action"));
      const wanted = mode === "cover" ? ["reveal", "why"] : mode === "revealed" ? ["hide", "why"] : ["why"];
      const problems = wanted.filter((action) => !actions.includes(action)).map((action) => `${mode}: no ${action} button`);
      const hidden = overlay.scrollHeight - overlay.clientHeight;
      if (hidden > 1) problems.push(`${mode}: ${hidden} px of its words hidden below its end`);
      for (const button of buttons) {
        const before = button.getBoundingClientRect();
        window.scrollBy(0, before.top + before.height / 2 - window.innerHeight / 2);
        const box = overlay.getBoundingClientRect();
        const r = button.getBoundingClientRect();
        const name = `${mode} "${button.textContent ?? ""}"`;
        if (r.width === 0 || r.height === 0) {
          problems.push(`${name}: not shown`);
          continue;
        }
        if (r.left < box.left - 0.5 || r.right > box.right + 0.5 || r.top < box.top - 0.5 || r.bottom > box.bottom + 0.5) {
          problems.push(`${name}: at ${Math.round(r.top)}–${Math.round(r.bottom)} px, outside its overlay at ${Math.round(box.top)}–${Math.round(box.bottom)} px`);
        }
        const x = r.left + r.width / 2;
        const y = r.top + r.height / 2;
        const top = document.elementFromPoint(x, y);
        const hit = root.elementFromPoint(x, y);
        if (top !== overlay || hit === null || !button.contains(hit)) {
          problems.push(`${name}: covered by <${top?.localName ?? "nothing"} class="${top?.getAttribute("class") ?? ""}">`);
        }
      }
      return problems;
    }),
  );
}

/** A person's click on a button of the first overlay; then waits for the overlay to show the state it leads to. */
async function press(tab: Page, action: string, then: (overlay: Locator) => Promise<void>): Promise<void> {
  const overlay = tab.locator(OVERLAYS).first();
  await overlay.locator(`[data-action="${action}"]`).click();
  await then(overlay);
}

describe.each(LOCALES)("in the %s locale", (folder) => {
  const messages = catalogue(folder);
  const session = useExtension(undefined, { lang: folder.replace("_", "-") });

  async function scanned(page: FixturePage, width: number): Promise<Page> {
    const tab = await session.open(page.url);
    await tab.setViewportSize({ width, height: 800 });
    await waitForVerdicts(tab, Object.keys((await expectedFor(tab, page.section)).bait));
    const headings = await tab.locator(OVERLAYS).evaluateAll((overlays) => overlays.map((o) => o.shadowRoot?.querySelector("h2")?.textContent));
    expect(headings.length).toBeGreaterThan(0);
    // The browser really speaks the locale under test.
    expect(new Set(headings)).toEqual(new Set([messages.overlayTitle?.message]));
    return tab;
  }

  describe.each(FEEDS)("$name", (page) => {
    it("grows each cover with its words at 320, 360 and 400 px, light and dark: every button inside it, on top and clickable, axe clean", async () => {
      const tab = await scanned(page, WIDTHS[0] ?? 320);
      for (const theme of THEMES) {
        if (theme === "dark") {
          await fixture(tab, "setTheme", "dark");
          await expect.poll(async () => [...new Set(await overlayThemes(tab))], { timeout: 5_000 }).toEqual(["dark"]);
        }
        for (const width of WIDTHS) {
          await tab.setViewportSize({ width, height: 800 });
          const where = `${page.name}, ${theme}, ${width} px`;
          await expect.poll(() => misplaced(tab), { timeout: 5_000, message: `covered, ${where}` }).toEqual([]);

          await press(tab, "why", (overlay) => overlay.locator(".why[role=region]").waitFor());
          await expect.poll(() => misplaced(tab), { timeout: 5_000, message: `explained, ${where}` }).toEqual([]);
          await press(tab, "why", (overlay) => overlay.locator(".why[role=region]").waitFor({ state: "detached" }));

          await press(tab, "reveal", (overlay) => overlay.locator('[data-action="hide"]').waitFor());
          await expect.poll(() => misplaced(tab), { timeout: 5_000, message: `revealed, ${where}` }).toEqual([]);
          await press(tab, "hide", (overlay) => overlay.locator('[data-action="reveal"]').waitFor());
        }
        await tab.setViewportSize({ width: WIDTHS[0] ?? 320, height: 800 });
        await expect.poll(() => misplaced(tab), { timeout: 5_000 }).toEqual([]);
        expect(await violations(tab, OVERLAYS), `covered, ${theme}`).toEqual([]);
        await press(tab, "why", (overlay) => overlay.locator(".why[role=region]").waitFor());
        expect(await violations(tab, OVERLAYS), `explained, ${theme}`).toEqual([]);
        await press(tab, "why", (overlay) => overlay.locator(".why[role=region]").waitFor({ state: "detached" }));
      }
    });

    it("puts a revealed post's bar inside the post, at its top, above the post's own content", async () => {
      const tab = await scanned(page, 360);
      await press(tab, "reveal", (overlay) => overlay.locator('[data-action="hide"]').waitFor());
      const placement = await tab.locator('[data-second-look-overlay][data-mode="revealed"]').evaluate((bar) => {
        const host = bar.parentElement;
        if (host === null) return ["the bar has no parent"];
        const b = bar.getBoundingClientRect();
        const p = host.getBoundingClientRect();
        const problems: string[] = [];
        if (b.left < p.left - 0.5 || b.right > p.right + 0.5 || b.top < p.top - 0.5 || b.bottom > p.bottom + 0.5) problems.push("the bar lies outside the post");
        if (b.top - p.top > 16) problems.push(`the bar starts ${Math.round(b.top - p.top)} px below the post's top`);
        for (const part of host.children) {
          const r = part.getBoundingClientRect();
          if (part !== bar && r.width > 0 && r.height > 0 && r.top < b.bottom - 0.5) problems.push(`<${part.localName} class="${part.getAttribute("class") ?? ""}"> is beside or above the bar`);
        }
        return problems;
      });
      expect(placement).toEqual([]);
      await expect.poll(() => misplaced(tab), { timeout: 5_000 }).toEqual([]);
    });
  });
});
