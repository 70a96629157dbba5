import { afterAll, afterEach, beforeAll } from "vitest";

export interface Lifecycle<B> {
  launch(): Promise<B>;
  /** Closes the tabs the test opened, so page state never carries over to the next test. */
  closeTabs(browser: B): Promise<unknown>;
  close(browser: B): Promise<void>;
}

/**
 * One browser per spec file (launching costs seconds): launched before its tests, its tabs closed after each
 * test, closed after the last. The getter throws when the launch failed, pointing at beforeAll.
 */
export function browserPerFile<B>(name: string, { launch, closeTabs, close }: Lifecycle<B>): () => B {
  let browser: B | undefined;
  beforeAll(async () => {
    browser = await launch();
  });
  afterEach(async () => {
    if (browser !== undefined) await closeTabs(browser);
  });
  afterAll(async () => {
    if (browser !== undefined) await close(browser);
  });
  return () => {
    if (browser === undefined) throw new Error(`${name} did not start (see beforeAll)`);
    return browser;
  };
}
