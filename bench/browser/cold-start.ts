/**
 * Cold browser start: Chromium started on a profile with the X timeline as its first page, as a reader whose
 * browser restores a tab. Right after a start Chromium answers the first storage.managed read only once it has
 * loaded policies, seconds later, whether or not there is a policy; nothing in the build is slowed for this. Each
 * run starts a new profile, then restarts the browser on it (the engine kept, as every morning after the first).
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { z } from "zod";
import { firstPage, marksOf, waitForCover } from "../../tests/e2e/harness/cold-start.ts";
import { extensionPage } from "../../tests/e2e/harness/settings-pages.ts";
import { fmt, type Table } from "../report/table.ts";
import { log, type Section, type SectionOptions, type SectionResult, type Target } from "../sections/section.ts";
import { extensionUnderTest } from "./browsers.ts";
import { spread, type Spread } from "./summary.ts";

const TARGET_COVER_MS = 500;
const STARTS = ["new profile", "restarted"] as const;
type Start = (typeof STARTS)[number];

/** An extension page's own clock: when its loading status first showed, and when it had rendered. */
const PageTimesSchema = z.object({ loading: z.number().nullable(), rendered: z.number().nullable() });
type PageTimes = z.infer<typeof PageTimesSchema>;

interface StartRun {
  /** DOMContentLoaded to the first pending mark: the content script marks every post pending as its first act. */
  scriptStartMs: number;
  /** The script's start to the first cover. */
  coverMs: number;
  options: PageTimes;
  popup: PageTimes;
}

/** Polls an extension page from its start (its own performance.now) until `rendered` matches. */
async function pageTimes(page: Page, rendered: string): Promise<PageTimes> {
  const handle = await page.waitForFunction(
    (selector) => {
      const w = window as unknown as { __times?: { loading: number | null } };
      w.__times ??= { loading: null };
      if (w.__times.loading === null && document.querySelector('[role=status][id$="loading"]')) w.__times.loading = performance.now();
      return document.querySelector(selector) ? { loading: w.__times.loading, rendered: performance.now() } : null;
    },
    rendered,
    { polling: "raf", timeout: 30_000 },
  );
  return PageTimesSchema.parse(await handle.jsonValue());
}

async function openAndTime(page: Page, url: string, rendered: string): Promise<PageTimes> {
  await page.goto(url, { waitUntil: "commit" });
  return pageTimes(page, rendered);
}

async function oneStart(extensionDir: string, profile: string): Promise<StartRun> {
  const { browser, tab } = await firstPage(extensionDir, profile);
  try {
    // Opened as soon as the first page has loaded, while the policy is still being read: how long the reader
    // looks at a loading state (a blank page before), then the page.
    const [options, popup] = await Promise.all([
      openAndTime(await browser.context.newPage(), extensionPage(browser.extensionId, "options"), "main section"),
      openAndTime(await browser.context.newPage(), extensionPage(browser.extensionId, "popup"), "#flag-count"),
      waitForCover(tab, 30_000),
    ]);
    const { dcl, first, cover } = await marksOf(tab);
    if (dcl === null || first.pending === undefined || cover === null) throw new Error("cold start: the X timeline recorded no marks");
    return { scriptStartMs: first.pending - dcl, coverMs: cover - first.pending, options, popup };
  } finally {
    await browser.close();
  }
}

const ms = (s: Spread) => (Number.isNaN(s.best) ? "—" : `${fmt.fixed(s.best, 0)} ms (${fmt.fixed(s.median, 0)} ms)`);

export const coldStartSection: Section = {
  id: "cold",
  title: "Browser — cold browser start",
  async run({ quick }: SectionOptions): Promise<SectionResult> {
    const extensionDir = extensionUnderTest();
    const rounds = quick ? 1 : 3;
    const runs: Record<Start, StartRun[]> = { "new profile": [], restarted: [] };
    for (let round = 0; round < rounds; round++) {
      const profile = mkdtempSync(join(tmpdir(), "second-look-bench-cold-"));
      try {
        for (const start of STARTS) {
          log(`cold start: round ${round + 1}/${rounds}, ${start}`);
          runs[start].push(await oneStart(extensionDir, profile));
        }
      } finally {
        rmSync(profile, { recursive: true, force: true });
      }
    }
    const summary = Object.fromEntries(
      STARTS.map((start) => {
        const of = (pick: (r: StartRun) => number) => spread(runs[start].map(pick));
        return [
          start,
          {
            scriptStart: of((r) => r.scriptStartMs),
            cover: of((r) => r.coverMs),
            coverWorst: Math.max(...runs[start].map((r) => r.coverMs)),
            optionsLoading: of((r) => r.options.loading ?? Number.NaN),
            optionsRendered: of((r) => r.options.rendered ?? Number.NaN),
            popupLoading: of((r) => r.popup.loading ?? Number.NaN),
            popupRendered: of((r) => r.popup.rendered ?? Number.NaN),
          },
        ];
      }),
    ) as Record<Start, { scriptStart: Spread; cover: Spread; coverWorst: number; optionsLoading: Spread; optionsRendered: Spread; popupLoading: Spread; popupRendered: Spread }>;

    const table: Table = {
      title: `Browser — cold browser start: the X timeline as the browser's first page; ${rounds} run(s), best (median)`,
      head: ["start", "first pending after DOMContentLoaded", "first cover after first pending", "worst cover", "options: loading shown", "options rendered", "popup: loading shown", "popup rendered"],
      rows: STARTS.map((start) => {
        const s = summary[start];
        return [start, ms(s.scriptStart), ms(s.cover), `${fmt.fixed(s.coverWorst, 0)} ms`, ms(s.optionsLoading), ms(s.optionsRendered), ms(s.popupLoading), ms(s.popupRendered)];
      }),
      notes: [
        "Chromium started headless on a throwaway profile (new profile), then again on the same profile (restarted); no policy file, no slowed build: the first storage.managed read after a start is slow by itself.",
        "The content script marks every post pending as its first act, so the first pending mark is when it started (document_idle: after DOMContentLoaded, once the page is idle).",
        "Page times: main-world MutationObserver on data-second-look and on overlays; the options page and the popup (opened as tabs once the first page has loaded) from their own navigation start.",
      ],
    };
    const targets: Target[] = STARTS.map((start) => ({
      name: `first cover after the content script started, ${start}`,
      goal: `≤ ${TARGET_COVER_MS} ms`,
      measured: ms(summary[start].cover),
      met: summary[start].cover.best <= TARGET_COVER_MS,
    }));
    return { tables: [table], targets, data: { runs, summary } };
  },
};
