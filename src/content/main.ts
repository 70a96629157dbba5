import browser from "webextension-polyfill";
import { EVALUATE_MESSAGE, type EvaluateRequest } from "../background/evaluate/message.ts";
import { TROUBLE_MESSAGE, type TroubleMessage } from "../background/badge/trouble.ts";
import { OPEN_LEARN_MESSAGE, type OpenLearnMessage } from "../background/learn/message.ts";
import { STAT_MESSAGE, type StatMessage } from "../background/stats/message.ts";
import type { Effective } from "../settings/policy.ts";
import { readEffective, watchEffective } from "../settings/storage.ts";
import type { SiteAdapter } from "../sites/adapter.ts";
import { installShareFriction } from "./friction/intercept.ts";
import * as overlay from "./overlay/index.ts";
import { activity, scanSettings } from "./scan/options.ts";
import { prepareOrphanNotice } from "./scan/orphan-notice.ts";
import { scanPage } from "./scan/page-scan.ts";
import { ERROR_ATTR, STATE_ATTR } from "./scan/scanner.ts";
import { pageClock } from "./scan/slices.ts";
import { ContextGoneError, createTransport } from "./scan/transport.ts";

/** Where the settings come from; the browser's storage unless a test passes its own. */
export interface SettingsSource {
  read(): Promise<Effective>;
  watch(onChange: (e: Effective) => void): () => void;
}

export interface StartDeps {
  settings: SettingsSource;
  send(message: unknown): Promise<unknown>;
  /** False once the extension was updated, reloaded or removed under this page: Chromium then drops runtime.id. */
  alive(): boolean;
  /** Reloads the tab, for the notice shown once the extension is gone. */
  reload(): void;
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
    alive: partial.alive ?? (() => browser.runtime.id !== undefined),
    reload: partial.reload ?? (() => location.reload()),
  };
  const notify = (name: StatMessage["name"]) => void deps.send({ type: STAT_MESSAGE, name } satisfies StatMessage).catch(() => undefined);
  // Names this document for the worker, which restarts the tab's badge count when a new one appears.
  const page = crypto.randomUUID();
  const transport = createTransport((message) => deps.send(message), undefined, deps.alive);
  const notice = prepareOrphanNotice(deps.reload);
  let settings: ReturnType<typeof scanSettings> | null = null;
  let scan: ReturnType<typeof scanPage> | null = null;
  let resume: ReturnType<typeof setTimeout> | undefined;
  let unwatch = () => {};
  /** Whether this failing spell was reported to the worker already: once until a batch is judged again. */
  let troubleReported = false;

  /**
   * The extension is gone: nothing will answer again, so stop scanning and retrying for good, keep the covers and
   * the share pause on posts already flagged (they still work without the extension), and offer a reload.
   */
  const orphan = () => {
    unwatch();
    clearTimeout(resume);
    scan?.abandon();
    scan = null;
    notice.show(document, adapter.theme(document));
  };

  const evaluate = (posts: EvaluateRequest["posts"]) =>
    transport({ type: EVALUATE_MESSAGE, page, posts }).then(
      (verdicts) => {
        troubleReported = false;
        return verdicts;
      },
      (error: unknown) => {
        if (error instanceof ContextGoneError) orphan();
        else if (!troubleReported) {
          troubleReported = true;
          // The posts are shown unjudged: the worker puts that on the toolbar button, if it hears us at all.
          void deps.send({ type: TROUBLE_MESSAGE, page, site: adapter.site } satisfies TroubleMessage).catch(() => undefined);
        }
        throw error;
      },
    );

  const apply = (effective: Effective) => {
    scan?.stop();
    scan = null;
    clearTimeout(resume);
    clearMarks(adapter, document);
    const { active, until } = activity(effective, adapter.site, Date.now());
    settings = active ? scanSettings(effective) : null;
    if (until !== null) resume = setTimeout(() => apply(effective), until - Date.now() + 50);
    if (!settings) return;
    scan = scanPage({
      adapter,
      evaluate,
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
    if (event.type === "learn") void deps.send({ type: OPEN_LEARN_MESSAGE } satisfies OpenLearnMessage).catch(() => undefined);
  });
  unwatch = deps.settings.watch(apply);
  void deps.settings.read().then(apply);
  return () => {
    unwatch();
    stopEvents();
    removeFriction();
    clearTimeout(resume);
    scan?.stop();
    notice.remove();
  };
}
