import type { BrowserContext, Page } from "playwright-core";
import { z } from "zod";

const HeapUsageSchema = z.object({ usedSize: z.number(), totalSize: z.number() });

/**
 * The JS heap of page's renderer after full garbage collections, through the DevTools protocol. The page's
 * main world and every content script's isolated world live in one V8 isolate, so this counts both: a run
 * with the extension minus one without, on the same page and posts, is what the content script adds.
 */
export async function heapAfterGc(context: BrowserContext, page: Page): Promise<number> {
  const cdp = await context.newCDPSession(page);
  try {
    // Twice: the first collection can leave garbage that only weak references (WeakMaps, observers) kept.
    await cdp.send("HeapProfiler.collectGarbage");
    await cdp.send("HeapProfiler.collectGarbage");
    return HeapUsageSchema.parse(await cdp.send("Runtime.getHeapUsage")).usedSize;
  } finally {
    await cdp.detach();
  }
}
