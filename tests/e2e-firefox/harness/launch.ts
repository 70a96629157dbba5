import puppeteer, { type Browser } from "puppeteer-core";
import { firefoxPath } from "../../e2e/harness/browser-path.ts";

export interface LaunchOptions {
  /** The Firefox build of the extension (vite's outDir in mode "firefox"). */
  extensionDir: string;
  /** Preferences on top of puppeteer's test profile (its defaults already turn off updates and telemetry). */
  prefs?: Record<string, unknown>;
}

export interface FirefoxWithExtension {
  browser: Browser;
  /** The add-on id Firefox installed it under (the manifest's gecko id). */
  extensionId: string;
  close(): Promise<void>;
}

/**
 * Headless Firefox in a throwaway profile (puppeteer creates and removes it) with the built extension installed
 * as a temporary add-on over WebDriver BiDi (webExtension.install), as about:debugging would. Host access is
 * left to Firefox's defaults, so the run shows what a fresh install gets.
 */
export async function launchFirefox({ extensionDir, prefs = {} }: LaunchOptions): Promise<FirefoxWithExtension> {
  const browser = await puppeteer.launch({
    browser: "firefox",
    protocol: "webDriverBiDi",
    executablePath: firefoxPath(),
    headless: true,
    defaultViewport: { width: 1280, height: 900 },
    // The extension speaks the browser's UI language; tests read the English catalogue.
    extraPrefsFirefox: { "intl.locale.requested": "en-US", ...prefs },
  });
  let extensionId: string;
  try {
    extensionId = await browser.installExtension(extensionDir);
  } catch (error) {
    await browser.close();
    throw error;
  }
  return {
    browser,
    extensionId,
    close: () => browser.close(),
  };
}
