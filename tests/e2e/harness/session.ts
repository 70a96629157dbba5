import { afterAll, afterEach, beforeAll, inject } from "vitest";
import type { Page } from "playwright-core";
import { launchExtension, type ExtensionBrowser, type LaunchOptions } from "./launch.ts";

export interface Session {
  readonly browser: ExtensionBrowser;
  /** A new tab on url (the only one: earlier tabs are closed after each test). */
  open(url: string): Promise<Page>;
}

/**
 * One Chromium with the extension per spec file (launching costs seconds); each test gets fresh tabs, so the
 * toolbar badge and the page state never carry over between tests. `extensionDir` names another build (a
 * damaged copy, say); it is asked once the hooks registered before this call have run. `lang` has the browser,
 * and so the extension, speak another language.
 */
export function useExtension(extensionDir: () => string = () => inject("extensionDir"), { lang }: Pick<LaunchOptions, "lang"> = {}): Session {
  let browser: ExtensionBrowser | undefined;
  beforeAll(async () => {
    browser = await launchExtension({ extensionDir: extensionDir(), headless: true, reducedMotion: true, lang });
    // The persistent context opens with a blank tab; tests count tabs, so start from none.
    await Promise.all(browser.context.pages().map((page) => page.close()));
  });
  afterEach(async () => {
    await Promise.all(browser?.context.pages().map((page) => page.close()) ?? []);
  });
  afterAll(async () => {
    await browser?.close();
  });
  const started = (): ExtensionBrowser => {
    if (browser === undefined) throw new Error("the browser did not start (see beforeAll)");
    return browser;
  };
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
