import { afterAll, afterEach, beforeAll, inject } from "vitest";
import type { Page } from "puppeteer-core";
import { launchFirefox, type FirefoxWithExtension, type LaunchOptions } from "./launch.ts";
import { serveFixtures } from "./routes.ts";

export interface Session {
  readonly firefox: FirefoxWithExtension;
  /** A new tab serving the fixtures, on url; closed after the test. */
  open(url: string): Promise<Page>;
}

/**
 * One Firefox with the extension per spec file (launching costs seconds); each test gets fresh tabs, so page
 * state never carries over between tests. Only the tabs tests opened are closed: closing Firefox's last tab
 * would close its window.
 */
export function useFirefox(prefs?: LaunchOptions["prefs"]): Session {
  let firefox: FirefoxWithExtension | undefined;
  const opened: Page[] = [];
  beforeAll(async () => {
    firefox = await launchFirefox({ extensionDir: inject("firefoxExtensionDir"), prefs });
  });
  afterEach(async () => {
    await Promise.all(opened.splice(0).map((page) => page.close()));
  });
  afterAll(async () => {
    await firefox?.close();
  });
  const started = (): FirefoxWithExtension => {
    if (firefox === undefined) throw new Error("Firefox did not start (see beforeAll)");
    return firefox;
  };
  return {
    get firefox() {
      return started();
    },
    async open(url) {
      const page = await started().browser.newPage();
      opened.push(page);
      await serveFixtures(page);
      await page.goto(url);
      return page;
    },
  };
}
