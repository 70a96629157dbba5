import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { z } from "zod";

const SCRIPT = readFileSync(join(import.meta.dirname, "page/stream.js"), "utf8").trim();

/** Named so a CPU profile tells the benchmark's own page work from the site's. */
export const SCRIPT_URL = "second-look-bench/stream.js";

/** Calls one of page/stream.js's helpers in the page with JSON arguments. */
const call = (name: string, ...args: unknown[]) =>
  `${SCRIPT}.${name}(${args.map((a) => JSON.stringify(a)).join(", ")})\n//# sourceURL=${SCRIPT_URL}`;

export const StreamOptionsSchema = z.object({
  batches: z.number().int().positive(),
  size: z.number().int().positive(),
  intervalMs: z.number().positive(),
  /** How long to wait for the last verdicts after the last append (baseline: how long to keep watching). */
  settleMs: z.number().positive(),
  /** How many of the newest cells a virtualised feed (X) keeps mounted during the stream; null: all. */
  mounted: z.number().int().positive().nullable(),
  /** False without the extension: nothing will mark the posts. */
  expectVerdicts: z.boolean(),
});
export type StreamOptions = z.infer<typeof StreamOptionsSchema>;

const EntrySchema = z.object({ start: z.number(), duration: z.number() });

export const StreamResultSchema = z.object({
  posts: z.number().int(),
  /** Posts that got "flag" or "ok" without the error mark. */
  judged: z.number().int(),
  /** Posts marked unjudged (the worker could not be reached). */
  unavailable: z.number().int(),
  /** Posts the page unmounted before their verdict (a virtualised feed's scrolled-out cells). */
  unmounted: z.number().int(),
  flagged: z.number().int(),
  /** Per judged post, ms from just after its append to its verdict, in verdict order. */
  latencies: z.array(z.number()),
  /** Per judged post (same order), ms from its append to its "pending" mark: finding it, before the worker. */
  detections: z.array(z.number()),
  /** The batch each latency's post was appended in. */
  batchOf: z.array(z.number().int()),
  /** Per batch (by index), ms from its append until the page had rendered it (-1: not seen): the page's own time. */
  frames: z.array(z.number()),
  streamMs: z.number(),
  /** The page's performance.timeOrigin, and the first append and first verdict on its clock (null: none). */
  timeOrigin: z.number(),
  firstAppendAt: z.number().nullable(),
  firstVerdictAt: z.number().nullable(),
  settledMs: z.number(),
  /** How late the most delayed batch was appended (the page's timers were held up by that much). */
  lateMs: z.number(),
  longTasks: z.array(EntrySchema),
});
export type StreamResult = z.infer<typeof StreamResultSchema>;

/** Makes the next `count` appended posts' texts unique; returns how many of them are meant as bait. */
export async function uniqueTexts(page: Page, count: number): Promise<number> {
  return z.number().int().parse(await page.evaluate(call("uniqueTexts", count)));
}

/** Streams posts into the fixture feed and measures them from the page (see page/stream.js). */
export async function stream(page: Page, options: StreamOptions): Promise<StreamResult> {
  return StreamResultSchema.parse(await page.evaluate(call("stream", StreamOptionsSchema.parse(options))));
}

/** performance.memory's used JS heap, bytes, or null where the page has no performance.memory. */
export async function pageMemory(page: Page): Promise<number | null> {
  return z.number().nullable().parse(await page.evaluate(call("memory")));
}
