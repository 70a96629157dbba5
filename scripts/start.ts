// `npm start`: builds the extension and opens Chromium with it on the bundled demo feeds (the fixture pages of
// X, new Reddit and old Reddit, served on the real origins; nothing is fetched from the network).
//   npm start                          headed Chromium with three tabs when there is a display; runs until closed
//   npm start -- --headless            no window: prints what was flagged and exits
//   npm start -- --screenshot DIR      also writes a PNG per site, the "why" panel, the pause dialog, the lesson, the
//                                      options page and the popup into DIR (the README's docs/screenshots/)
import { mkdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import type { Page } from "playwright-core";
import { buildExtension } from "../tests/e2e/harness/build.ts";
import { chromiumPath } from "../tests/e2e/harness/browser-path.ts";
import { SHARE_CONTROL } from "../tests/e2e/harness/controls.ts";
import { launchExtension, type ExtensionBrowser } from "../tests/e2e/harness/launch.ts";
import type { Verdict } from "../src/rules/schema/verdict.ts";
import { expectedFor, overlayDetails, overlayFor, waitForVerdicts } from "../tests/e2e/harness/page.ts";
import { PAGES, type FixturePage } from "../tests/e2e/harness/pages.ts";
import { ROOT } from "../tests/e2e/harness/paths.ts";
import { extensionPage } from "../tests/e2e/harness/settings-pages.ts";
import { popupOver, topSignals, watchVerdicts } from "./demo.ts";

const DEMO: readonly FixturePage[] = [PAGES.xTimeline, PAGES.redditFeed, PAGES.oldListing];

interface Options {
  headless: boolean;
  screenshots: string | null;
}

function options(argv: string[]): Options {
  const { values } = parseArgs({ args: argv, options: { headless: { type: "boolean", default: false }, screenshot: { type: "string" } } });
  const noDisplay = !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY;
  return { headless: values.headless || noDisplay, screenshots: values.screenshot === undefined ? null : resolve(values.screenshot) };
}

/** Opens a demo page (in `tab` when given) and waits until every post on it has its verdict. */
async function show(browser: ExtensionBrowser, demo: FixturePage, tab?: Page): Promise<Page> {
  const page = tab ?? (await browser.context.newPage());
  await page.goto(demo.url);
  await waitForVerdicts(page, Object.keys((await expectedFor(page, demo.section)).bait));
  return page;
}

/** One line per flagged post: where, which post, the category and the signals of the verdict it got. */
function report(site: string, flagged: readonly string[], verdicts: ReadonlyMap<string, Verdict>): void {
  for (const id of flagged) {
    // Snapshots name their site before the id the page shows (src/sites/*/read.ts).
    const verdict = verdicts.get(`${site}:${id}`);
    console.log(`${site.padEnd(10)} ${id.padEnd(20)} ${(verdict?.category ?? "other").padEnd(13)} ${topSignals(verdict)}`);
  }
}

/** The lesson at its first bait post, explained: the student chose, and the engine said why. */
async function lessonPage(browser: ExtensionBrowser): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(extensionPage(browser.extensionId, "lesson"));
  await page.locator('[data-choice="share"]').click();
  await page.locator("#lesson-next").click();
  await page.locator('[data-choice="dont-share"]').click();
  await page.locator("#lesson-reveal [data-verdict]").waitFor();
  return page;
}

/** The options page at its top, where a reader lands. */
async function optionsPage(browser: ExtensionBrowser): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(extensionPage(browser.extensionId, "options"));
  await page.locator("main, form, section").first().waitFor();
  return page;
}

/** The screenshots a reviewer needs: each feed, one post's "why" panel, the pause before sharing, the lesson, the options and the popup. */
async function screenshots(dir: string, browser: ExtensionBrowser, tabs: ReadonlyMap<FixturePage, Page>): Promise<string[]> {
  mkdirSync(dir, { recursive: true });
  const written: string[] = [];
  const shoot = async (page: Page, name: string) => {
    const path = join(dir, `${name}.png`);
    // Our dialog fades in: a shot taken mid-animation would show the scrim alone.
    await page.screenshot({ path, animations: "disabled" });
    written.push(path);
  };
  for (const [demo, page] of tabs) {
    // A browser's first page withholds "Show post" until the school policy is known: shoot the covers as a reader
    // sees them a moment later.
    await page
      .locator('[data-second-look-overlay] [data-action="reveal"]')
      .first()
      .waitFor({ state: "attached", timeout: 10_000 })
      .catch(() => undefined);
    await shoot(page, demo.site);
  }
  const lesson = await lessonPage(browser);
  await lesson.setViewportSize({ width: 800, height: 860 });
  await shoot(lesson, "lesson");
  await lesson.close();
  const settings = await optionsPage(browser);
  await shoot(settings, "options");
  await settings.close();

  const x = tabs.get(PAGES.xTimeline);
  const first = x === undefined ? undefined : (await overlayDetails(x))[0];
  if (x === undefined || first === undefined) return written;
  const popup = await popupOver(browser, x);
  await shoot(popup, "popup");
  await popup.close();
  const overlay = await overlayFor(x, first.id);
  await (await overlay.$('[data-action="why"]'))?.click();
  await overlay.scrollIntoViewIfNeeded();
  await shoot(x, "why");
  await (await overlay.$('[data-action="why"]'))?.click();
  await (await overlay.$('[data-action="reveal"]'))?.click();
  await x.locator(SHARE_CONTROL.x(first.id)).click();
  await x.locator("[data-second-look-friction] [role=dialog]").waitFor({ state: "visible" });
  await shoot(x, "friction");
  await x.keyboard.press("Escape");
  return written;
}

async function main(): Promise<number> {
  const opts = options(process.argv.slice(2));
  try {
    chromiumPath();
  } catch (error) {
    console.error(`Second Look demo: ${(error as Error).message}`);
    return 1;
  }
  const dist = join(ROOT, "dist");
  console.error("Building the extension into dist/ …");
  buildExtension(dist);
  const browser = await launchExtension({ extensionDir: dist, headless: opts.headless, viewport: opts.headless ? { width: 1280, height: 900 } : null });
  try {
    const judged = await watchVerdicts(browser);
    const tabs = new Map<FixturePage, Page>();
    const [blank] = browser.context.pages();
    for (const [i, demo] of DEMO.entries()) tabs.set(demo, await show(browser, demo, i === 0 ? blank : undefined));

    const counts: string[] = [];
    let scanned = 0;
    const verdicts = await judged.read();
    for (const [demo, page] of tabs) {
      const flagged = (await overlayDetails(page)).map((overlay) => overlay.id);
      scanned += await page.locator("[data-second-look]").count();
      counts.push(`${demo.site} ${flagged.length}`);
      report(demo.site, flagged, verdicts);
    }
    const shots = opts.screenshots === null ? [] : await screenshots(opts.screenshots, browser, tabs);
    const total = counts.reduce((sum, entry) => sum + Number(entry.split(" ").pop()), 0);
    console.log(`Second Look demo: ${scanned} posts scanned on ${tabs.size} sites, ${total} flagged (${counts.join(", ")})${shots.length > 0 ? `; screenshots: ${shots.join(", ")}` : ""}`);

    if (opts.headless || opts.screenshots !== null) return 0;
    await tabs.get(DEMO[0] as FixturePage)?.bringToFront();
    console.error("Chromium is open with Second Look on the demo feeds; close the browser to quit.");
    await new Promise<void>((done) => browser.context.on("close", () => done()));
    return 0;
  } finally {
    await browser.close();
  }
}

process.exitCode = await main();
