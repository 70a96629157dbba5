import browser from "webextension-polyfill";
import { EVALUATE_MESSAGE } from "../background/evaluate/message.ts";
import { STAT_MESSAGE, type StatMessage } from "../background/stats/message.ts";
import type { Effective } from "../settings/policy.ts";
import { readEffective, watchEffective } from "../settings/storage.ts";
import type { SiteAdapter } from "../sites/adapter.ts";
import { installShareFriction } from "./friction/intercept.ts";
import * as overlay from "./overlay/index.ts";
import { activity, scanSettings } from "./scan/options.ts";
import { scanPage } from "./scan/page-scan.ts";
import { ERROR_ATTR, STATE_ATTR } from "./scan/scanner.ts";
import { pageClock } from "./scan/slices.ts";
import { createTransport } from "./scan/transport.ts";

/** Where the settings come from; the browser's storage unless a test passes its own. */
export interface SettingsSource {
  read(): Promise<Effective>;
  watch(onChange: (e: Effective) => void): () => void;
}

export interface StartDeps {
  settings: SettingsSource;
  send(message: unknown): Promise<unknown>;
  learnUrl: string;
}

const browserSettings = (): SettingsSource => ({
  read: () => readEffective(browser.storage),
  watch: (onChange) => watchEffective(browser.storage, onChange),
});

/** Takes our marks and overlays off every post, so a new scan (other settings, a pause) starts clean. */
function clearMarks(adapter: SiteAdapter, doc: Document) {
  for (const post of adapter.findPosts(doc)) {
    if (post.getAttribute(STATE_ATTR) === "flag") overlay.removeOverlay(post, adapter.overlayHost(post));
    post.removeAttribute(STATE_ATTR);
    post.removeAttribute(ERROR_ATTR);
  }
}

/**
 * The content script of every site: scan the feed, cover flagged posts and put friction on sharing them.
 * Settings changes apply at once: the scan starts again under the new settings (verdicts may differ), and a
 * paused or switched-off site is left untouched. Returns the stopper, or null when the adapter does not
 * handle this page.
 */
export function start(adapter: SiteAdapter, partial: Partial<StartDeps> = {}): (() => void) | null {
  if (!adapter.handles(new URL(location.href))) return null;
  const deps: StartDeps = {
    settings: partial.settings ?? browserSettings(),
    send: partial.send ?? ((message) => browser.runtime.sendMessage(message)),
    learnUrl: partial.learnUrl ?? browser.runtime.getURL("src/ui/learn/index.html"),
  };
  const notify = (name: StatMessage["name"]) => void deps.send({ type: STAT_MESSAGE, name } satisfies StatMessage).catch(() => undefined);
  // Names this document for the worker, which restarts the tab's badge count when a new one appears.
  const page = crypto.randomUUID();
  const transport = createTransport((message) => deps.send(message));
  let settings: ReturnType<typeof scanSettings> | null = null;
  let scan: ReturnType<typeof scanPage> | null = null;
  let resume: ReturnType<typeof setTimeout> | undefined;

  const apply = (effective: Effective) => {
    scan?.stop();
    scan = null;
    clearTimeout(resume);
    clearMarks(adapter, document);
    const { active, until } = activity(effective, adapter.site, Date.now());
    settings = active ? scanSettings(effective, deps.learnUrl) : null;
    if (until !== null) resume = setTimeout(() => apply(effective), until - Date.now() + 50);
    if (!settings) return;
    scan = scanPage({
      adapter,
      evaluate: (posts) => transport({ type: EVALUATE_MESSAGE, page, posts }),
      overlay,
      settings,
      clock: pageClock,
      window,
    });
  };

  // Friction stays after a reveal: seeing a post is the reader's choice, spreading it deserves the pause.
  const removeFriction = installShareFriction(adapter, {
    isFlagged: (post) => settings !== null && post.getAttribute(STATE_ATTR) === "flag",
    countdownSeconds: () => settings?.countdownSeconds ?? 0,
    theme: () => scan?.theme() ?? adapter.theme(document),
    onDecision: (decision) => {
      notify("sharesPaused");
      if (decision === "cancel") notify("sharesCancelled");
    },
  });
  const stopEvents = overlay.onOverlayEvent((event) => {
    if (event.type === "reveal") notify("revealed");
  });
  const unwatch = deps.settings.watch(apply);
  void deps.settings.read().then(apply);
  return () => {
    unwatch();
    stopEvents();
    removeFriction();
    clearTimeout(resume);
    scan?.stop();
  };
}
