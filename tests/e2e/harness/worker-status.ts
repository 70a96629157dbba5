import type { BrowserContext, Page } from "playwright-core";

type RunningStatus = "stopped" | "starting" | "running" | "stopping";

interface VersionsUpdated {
  versions: { scriptURL: string; runningStatus: RunningStatus }[];
}

/**
 * Follows the extension's service worker through the DevTools protocol: Playwright keeps listing a stopped
 * worker until it restarts, so the protocol's running status is the evidence that it really stopped.
 */
export async function watchExtensionWorker(context: BrowserContext, page: Page) {
  const cdp = await context.newCDPSession(page);
  const history: RunningStatus[] = [];
  const waiting = new Set<() => void>();
  cdp.on("ServiceWorker.workerVersionUpdated", ({ versions }: VersionsUpdated) => {
    for (const version of versions) if (version.scriptURL.startsWith("chrome-extension://")) history.push(version.runningStatus);
    for (const wake of waiting) wake();
  });
  await cdp.send("ServiceWorker.enable");

  /** Resolves when the worker reaches status after history position `from`; rejects after timeoutMs. */
  const reach = (status: RunningStatus, from: number, timeoutMs: number) =>
    new Promise<void>((resolve, reject) => {
      const check = () => {
        if (!history.slice(from).includes(status)) return;
        clearTimeout(timer);
        waiting.delete(check);
        resolve();
      };
      const timer = setTimeout(() => {
        waiting.delete(check);
        reject(new Error(`the extension's worker did not reach "${status}" within ${timeoutMs} ms (saw ${history.join(" → ")})`));
      }, timeoutMs);
      waiting.add(check);
      check();
    });

  return {
    history,
    /** Stops every service worker and waits until ours reports it stopped; returns the history position then. */
    async stop(timeoutMs = 10_000): Promise<number> {
      const from = history.length;
      await cdp.send("ServiceWorker.stopAllWorkers");
      await reach("stopped", from, timeoutMs);
      return history.length;
    },
    /** Waits until the worker runs again after history position `from`. */
    running: (from: number, timeoutMs = 10_000) => reach("running", from, timeoutMs),
    detach: () => cdp.detach(),
  };
}
