import { inject } from "vitest";
import type { Page } from "puppeteer-core";
import { browserPerFile } from "../../e2e/harness/browser-per-file.ts";
import { launchFirefox, type FirefoxWithExtension, type LaunchOptions } from "./launch.ts";
import { serveFixtures, type FirstAnswer } from "./routes.ts";

export interface Session {
  readonly firefox: FirefoxWithExtension;
  /** A new tab serving the fixtures, on url; closed after the test. `first` answers before the fixture routes. */
  open(url: string, first?: FirstAnswer): Promise<Page>;
}

/**
 * One Firefox with the extension per spec file, with fresh tabs for each test, so page state never carries over
 * between tests. Only the tabs tests opened are closed: closing Firefox's last tab would close its window.
 */
export function useFirefox(prefs?: LaunchOptions["prefs"]): Session {
  const opened: Page[] = [];
  const started = browserPerFile("Firefox", {
    launch: () => launchFirefox({ extensionDir: inject("extensionDir"), prefs }),
    closeTabs: () => Promise.all(opened.splice(0).map((page) => page.close())),
    close: (firefox) => firefox.close(),
  });
  return {
    get firefox() {
      return started();
    },
    async open(url, first) {
      const page = await started().browser.newPage();
      opened.push(page);
      await serveFixtures(page, first);
      await page.goto(url);
      return page;
    },
  };
}
