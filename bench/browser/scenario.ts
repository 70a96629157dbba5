import type { Page } from "playwright-core";
import { expectedFor, waitForVerdicts } from "../../tests/e2e/harness/page.ts";
import type { FixturePage } from "../../tests/e2e/harness/pages.ts";
import { watchExtensionWorker } from "../../tests/e2e/harness/worker-status.ts";
import type { BenchBrowser } from "./browsers.ts";
import { heapAfterGc } from "./heap.ts";
import { pageMemory, stream, uniqueTexts, type StreamOptions, type StreamResult } from "./in-page.ts";
import { profiled, summariseProfile, type ProfileSummary } from "./profile.ts";

/** Which of the three ways a feed is streamed: the extension warm, right after its worker stopped, or absent. */
export type Mode = "warm" | "restart" | "baseline";

export interface Heap {
  /** JS heap after GC (DevTools protocol), bytes. */
  gc: number;
  /** performance.memory's usedJSHeapSize, bytes (bucketed; a cross-check). */
  page: number | null;
}

export interface PhaseResult {
  mode: Mode;
  /** How many of the streamed posts posts.js means as bait: the flagged count should match. */
  bait: number;
  stream: StreamResult;
  /** Before the first post was appended and after the stream settled; null where not measured (restart). */
  heapBefore: Heap | null;
  heapAfter: Heap | null;
  /** Where the renderer's time went during the stream, when profiled. */
  profile: ProfileSummary | null;
  /** After a stop: when the worker started, and its first verdict, ms after the first append (null: unknown). */
  wake: { startedMs: number; firstVerdictMs: number } | null;
}

/** The restarted worker's start and its first verdict, on the page's clock relative to the first append. */
function wakeOf(s: StreamResult, workerOrigin: number | null): PhaseResult["wake"] {
  if (workerOrigin === null || s.firstAppendAt === null || s.firstVerdictAt === null) return null;
  const append = s.timeOrigin + s.firstAppendAt;
  return { startedMs: workerOrigin - append, firstVerdictMs: s.timeOrigin + s.firstVerdictAt - append };
}

const heapOf = async (browser: BenchBrowser, tab: Page): Promise<Heap> => ({
  gc: await heapAfterGc(browser.context, tab),
  page: await pageMemory(tab),
});

/**
 * Streams posts into a fresh tab of `feed`. With the extension the tab's own posts are judged first (the worker
 * is then running and its engine compiled); "restart" then stops the worker through the DevTools protocol and
 * waits until it reports stopped, so the stream's first batch has to wake it.
 */
export async function measurePhase(
  browser: BenchBrowser,
  feed: FixturePage,
  mode: Mode,
  options: Omit<StreamOptions, "expectVerdicts">,
  profile = false,
): Promise<PhaseResult> {
  const tab = await browser.context.newPage();
  try {
    await tab.goto(feed.url);
    if (mode !== "baseline") await waitForVerdicts(tab, Object.keys((await expectedFor(tab, feed.section)).bait));
    const bait = await uniqueTexts(tab, options.batches * options.size);
    const heapBefore = mode === "restart" ? null : await heapOf(browser, tab);
    if (mode === "restart") {
      const worker = await watchExtensionWorker(browser.context, tab);
      await worker.stop();
      await worker.detach();
    }
    const streamed = () => stream(tab, { ...options, expectVerdicts: mode !== "baseline" });
    const run = profile ? await profiled(browser.context, tab, streamed) : { result: await streamed(), profile: null };
    const heapAfter = mode === "restart" ? null : await heapOf(browser, tab);
    const wake = mode === "restart" ? wakeOf(run.result, await browser.workerOrigin()) : null;
    return { mode, bait, stream: run.result, heapBefore, heapAfter, profile: run.profile && summariseProfile(run.profile), wake };
  } finally {
    await tab.close();
  }
}
