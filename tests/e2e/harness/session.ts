import { inject } from "vitest";
import type { BrowserContext, Page } from "playwright-core";
import { browserPerFile } from "./browser-per-file.ts";
import { launchExtension, type ExtensionBrowser, type LaunchOptions } from "./launch.ts";

export interface Session {
  readonly browser: ExtensionBrowser;
  /** A new tab on url (the only one: earlier tabs are closed after each test). */
  open(url: string): Promise<Page>;
}

const closeTabs = (context: BrowserContext) => Promise.all(context.pages().map((page) => page.close()));

/**
 * One Chromium with the extension per spec file, with fresh tabs for each test, so the toolbar badge and the page
 * state never carry over between tests. `extensionDir` names another build (a damaged copy, say); it is asked
 * once the hooks registered before this call have run. `lang` has the browser, and so the extension, speak
 * another language.
 */
export function useExtension(extensionDir: () => string = () => inject("extensionDir"), { lang }: Pick<LaunchOptions, "lang"> = {}): Session {
  const started = browserPerFile("the browser", {
    async launch() {
      const browser = await launchExtension({ extensionDir: extensionDir(), headless: true, reducedMotion: true, lang });
      // The persistent context opens with a blank tab; tests count tabs, so start from none.
      await closeTabs(browser.context);
      return browser;
    },
    closeTabs: (browser) => closeTabs(browser.context),
    close: (browser) => browser.close(),
  });
  return {
    get browser() {
      return started();
    },
    async open(url) {
      const page = await started().context.newPage();
      await page.goto(url);
      return page;
    },
  };
}
