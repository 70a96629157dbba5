import browser from "webextension-polyfill";
import { EVALUATE_MESSAGE, type EvaluateRequest } from "../background/evaluate/message.ts";
import type { SiteAdapter } from "../sites/adapter.ts";
import { installShareFriction } from "./friction/intercept.ts";
import * as overlay from "./overlay/index.ts";
import { defaults, type ScanSettings } from "./scan/options.ts";
import { scanPage } from "./scan/page-scan.ts";
import { STATE_ATTR } from "./scan/scanner.ts";
import { pageClock } from "./scan/slices.ts";
import { createTransport } from "./scan/transport.ts";

export interface StartDeps {
  settings: ScanSettings;
  send(message: EvaluateRequest): Promise<unknown>;
}

/**
 * The content script of every site: scan the feed, cover flagged posts and put friction on sharing them.
 * Returns the stopper, or null when the site is switched off or the adapter does not handle this page.
 */
export function start(adapter: SiteAdapter, deps: Partial<StartDeps> = {}): (() => void) | null {
  const settings = deps.settings ?? defaults;
  if (!settings.sites[adapter.site] || !adapter.handles(new URL(location.href))) return null;
  // Names this document for the worker, which restarts the tab's badge count when a new one appears.
  const page = crypto.randomUUID();
  const transport = createTransport(deps.send ?? ((message) => browser.runtime.sendMessage(message)));
  const scan = scanPage({
    adapter,
    evaluate: (posts) => transport({ type: EVALUATE_MESSAGE, page, posts }),
    overlay,
    settings,
    clock: pageClock,
    window,
  });
  // Friction stays after a reveal: seeing a post is the reader's choice, spreading it deserves the pause.
  const removeFriction = installShareFriction(adapter, {
    isFlagged: (post) => post.getAttribute(STATE_ATTR) === "flag",
    countdownSeconds: () => settings.countdownSeconds,
    theme: scan.theme,
  });
  return () => {
    removeFriction();
    scan.stop();
  };
}
