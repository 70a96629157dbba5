import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, type BrowserContext, type Worker } from "playwright-core";
import { chromiumPath } from "./browser-path.ts";
import { serveFixtures } from "./routes.ts";


/**
 * Chromium as every browser test and benchmark runs it: no sandbox (root in CI), and no background networking,
 * which this machine's closed network would refuse many times over. The extension speaks the browser's UI
 * language; tests read the English catalogue.
 */
export const BROWSER_FLAGS: readonly string[] = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--lang=en-US",
];

export interface LaunchOptions {
  /** The built extension (vite's outDir). */
  extensionDir: string;
  headless: boolean;
  viewport?: { width: number; height: number } | null;
  /**
   * Emulate a reader who asked for reduced motion, so no transition is under way when a test reads colours
   * (axe once measured a button mid-way through its hover transition and failed one run in two).
   */
  reducedMotion?: boolean;
  /** A profile to start from and keep (a browser restarted on it, as a reader's is); else a throwaway one. */
  profileDir?: string;
  /** The browser's UI language, which the extension speaks (Chromium's form: "de", "pt-BR"); English unless given. */
  lang?: string;
}

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  /** The extension's running service worker; waits for one when it was stopped (the next message wakes it). */
  worker(timeoutMs?: number): Promise<Worker>;
  close(): Promise<void>;
}

const isOurs = (worker: Worker) => worker.url().startsWith("chrome-extension://");

/**
 * Chromium with the built extension loaded, in a throwaway profile, serving the fixture pages on the real
 * origins and nothing else (no network: background traffic and updates are off).
 */
export async function launchExtension({ extensionDir, headless, viewport, reducedMotion = false, profileDir, lang }: LaunchOptions): Promise<ExtensionBrowser> {
  const profile = profileDir ?? mkdtempSync(join(tmpdir(), "second-look-profile-"));
  const removeProfile = () => {
    if (profileDir === undefined) rmSync(profile, { recursive: true, force: true });
  };
  let context: BrowserContext;
  try {
    context = await chromium.launchPersistentContext(profile, {
      executablePath: chromiumPath(),
      headless,
      viewport: viewport === undefined ? { width: 1280, height: 900 } : viewport,
      reducedMotion: reducedMotion ? "reduce" : "no-preference",
      // The last --lang wins over BROWSER_FLAGS' English.
      args: [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`, ...BROWSER_FLAGS, ...(lang ? [`--lang=${lang}`] : [])],
    });
  } catch (error) {
    removeProfile();
    throw error;
  }
  await serveFixtures(context);

  const worker = async (timeoutMs = 10_000): Promise<Worker> =>
    context.serviceWorkers().find(isOurs) ?? (await context.waitForEvent("serviceworker", { predicate: isOurs, timeout: timeoutMs }));
  const first = await worker();
  return {
    context,
    extensionId: new URL(first.url()).host,
    worker,
    async close() {
      await context.close();
      removeProfile();
    },
  };
}
