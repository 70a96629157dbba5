import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, type BrowserContext } from "playwright-core";
import { z } from "zod";
import { buildExtension } from "../../tests/e2e/harness/build.ts";
import { chromiumPath } from "../../tests/e2e/harness/browser-path.ts";
import { BROWSER_FLAGS, launchExtension } from "../../tests/e2e/harness/launch.ts";
import { ROOT } from "../../tests/e2e/harness/paths.ts";
import { serveFixtures } from "../../tests/e2e/harness/routes.ts";

/** A Chromium serving the fixture pages on their real origins, with or without the extension. */
export interface BenchBrowser {
  context: BrowserContext;
  /** When the extension's running worker started (its performance.timeOrigin), or null (none, no extension). */
  workerOrigin(): Promise<number | null>;
  close(): Promise<void>;
}

/**
 * The extension to measure: BENCH_EXTENSION_DIR (a release build) when set, else built now from the working
 * tree into a folder of the benchmark's own, so an e2e run building meanwhile cannot swap files under it.
 */
export function extensionUnderTest(env: NodeJS.ProcessEnv = process.env): string {
  const prebuilt = env.BENCH_EXTENSION_DIR;
  if (prebuilt) return prebuilt;
  const dir = join(ROOT, "node_modules/.cache/second-look-bench/extension");
  buildExtension(dir);
  return dir;
}

export async function withExtension(extensionDir: string): Promise<BenchBrowser> {
  const browser = await launchExtension({ extensionDir, headless: true });
  return {
    context: browser.context,
    // Evaluated as text: tsx's keepNames helpers do not exist in the worker.
    workerOrigin: async () => z.number().parse(await (await browser.worker()).evaluate("performance.timeOrigin")),
    close: () => browser.close(),
  };
}

/** The baseline: the same Chromium, flags and fixture routes as launchExtension, without the extension. */
export async function withoutExtension(): Promise<BenchBrowser> {
  const profile = mkdtempSync(join(tmpdir(), "second-look-bench-profile-"));
  const remove = () => rmSync(profile, { recursive: true, force: true });
  let context: BrowserContext;
  try {
    context = await chromium.launchPersistentContext(profile, {
      executablePath: chromiumPath(),
      headless: true,
      viewport: { width: 1280, height: 900 },
      args: [...BROWSER_FLAGS],
    });
  } catch (error) {
    remove();
    throw error;
  }
  await serveFixtures(context);
  return {
    context,
    workerOrigin: () => Promise.resolve(null),
    async close() {
      await context.close();
      remove();
    },
  };
}

/** The browser's product and version ("Chrome/156.0…"), for the results. */
export async function browserVersion(browser: BenchBrowser): Promise<string> {
  const page = await browser.context.newPage();
  try {
    const cdp = await browser.context.newCDPSession(page);
    const { product } = await cdp.send("Browser.getVersion");
    await cdp.detach();
    return product;
  } finally {
    await page.close();
  }
}
