import browser from "webextension-polyfill";
import { EVALUATE_MESSAGE, type EvaluateRequest } from "../background/evaluate/message.ts";
import { TROUBLE_MESSAGE, type TroubleMessage } from "../background/badge/trouble.ts";
import { OPEN_LEARN_MESSAGE, type OpenLearnMessage } from "../background/learn/message.ts";
import { STAT_MESSAGE, type StatMessage } from "../background/stats/message.ts";
import type { Effective } from "../settings/policy.ts";
import { readEffective, readEffectiveEarly, watchEffective, type EarlyEffective } from "../settings/storage.ts";
import type { SiteAdapter } from "../sites/adapter.ts";
import { installShareFriction } from "./friction/intercept.ts";
import { createHealthHandler, healthOf } from "./health/report.ts";
import * as overlay from "./overlay/index.ts";
import { activity, scanSettings } from "./scan/options.ts";
import { prepareOrphanNotice } from "./scan/orphan-notice.ts";
import { scanPage } from "./scan/page-scan.ts";
import { ERROR_ATTR, STATE_ATTR } from "./scan/marks.ts";
import { pageClock } from "./scan/slices.ts";
import { ContextGoneError, createTransport } from "./scan/transport.ts";
import { SEARCH_MESSAGE, SearchResponseSchema, type SearchRequest } from "./search/message.ts";
import { watchSearches } from "./search/watch.ts";

/** Where the settings come from; the browser's storage unless a test passes its own. */
export interface SettingsSource {
  read(): Promise<Effective>;
  /** The settings to start with while the policy may still be loading (readEffectiveEarly); else start waits for read(). */
  early?(): Promise<EarlyEffective>;
  watch(onChange: (e: Effective) => void): () => void;
}

export interface StartDeps {
  settings: SettingsSource;
  send(message: unknown): Promise<unknown>;
  /** False once the extension was updated, reloaded or removed under this page: Chromium then drops runtime.id. */
  alive(): boolean;
  /** Reloads the tab, for the notice shown once the extension is gone. */
  reload(): void;
  /** Answers messages sent to this tab (the popup's health question); returns the unsubscribe. */
  listen(answer: (message: unknown) => Promise<unknown> | undefined): () => void;
}

const browserSettings = (): SettingsSource => ({
  read: () => readEffective(browser.storage),
  early: () => readEffectiveEarly(browser.storage),
  watch: (onChange) => watchEffective(browser.storage, onChange),
});

/** Takes our marks and overlays off every post, so a paused or switched-off site is left as the page made it. */
function clearMarks(adapter: SiteAdapter, doc: Document) {
  for (const post of adapter.findPosts(doc)) {
    if (post.getAttribute(STATE_ATTR) === "flag") overlay.removeOverlay(post, adapter.overlayHost(post));
    post.removeAttribute(STATE_ATTR);
    post.removeAttribute(ERROR_ATTR);
  }
}

const coveredPosts = (adapter: SiteAdapter, doc: Document) => adapter.findPosts(doc).filter((post) => post.getAttribute(STATE_ATTR) === "flag");

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
    listen:
      partial.listen ??
      ((answer) => {
        const listener = (message: unknown) => answer(message);
        browser.runtime.onMessage.addListener(listener);
        return () => browser.runtime.onMessage.removeListener(listener);
      }),
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
  let stopSearches = () => {};
  const startedAt = performance.now();
  /** Whether this failing spell was reported to the worker already: once until a batch is judged again. */
  let troubleReported = false;

  /**
   * The extension is gone: nothing will answer again, so stop scanning and retrying for good, keep the covers and
   * the share pause on posts already flagged (they still work without the extension), and offer a reload.
   */
  const orphan = () => {
    unwatch();
    stopSearches();
    clearTimeout(resume);
    scan?.abandon();
    scan = null;
    notice.show(document, adapter.theme(document));
  };

  const evaluate = (posts: EvaluateRequest["posts"], settled: boolean) =>
    transport({ type: EVALUATE_MESSAGE, page, posts, ...(settled ? { settled } : {}) }).then(
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

  const openLearn = () => void deps.send({ type: OPEN_LEARN_MESSAGE } satisfies OpenLearnMessage).catch(() => undefined);

  const judgeSearches = (queries: string[]) =>
    deps.send({ type: SEARCH_MESSAGE, queries } satisfies SearchRequest).then((answer) => {
      const parsed = SearchResponseSchema.parse(answer);
      if (parsed.looking.length !== queries.length) throw new Error(`${SEARCH_MESSAGE}: ${parsed.looking.length} answers for ${queries.length} queries`);
      return parsed.looking;
    });

  /** Scans under `effective`; `settled` says whether it includes the policy (readEffectiveEarly). */
  const apply = (effective: Effective, settled = true) => {
    stopSearches();
    stopSearches = () => {};
    scan?.stop();
    scan = null;
    clearTimeout(resume);
    const { active, until } = activity(effective, adapter.site, Date.now());
    settings = active ? scanSettings(effective) : null;
    if (until !== null) resume = setTimeout(() => apply(effective, settled), until - Date.now() + 50);
    if (!settings) return clearMarks(adapter, document);
    if (effective.settings.searchNotice) stopSearches = watchSearches({ adapter, window, judge: judgeSearches, openLearn });
    scan = scanPage({
      adapter,
      evaluate: (posts) => evaluate(posts, settled),
      overlay,
      settings,
      clock: pageClock,
      window,
      // Judged again under the new settings, flagged posts stay covered meanwhile: bait must not flash into view.
      covered: coveredPosts(adapter, document),
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
    if (event.type === "learn") openLearn();
  });
  const stopListening = deps.listen(createHealthHandler(() => healthOf(adapter, document, performance.now() - startedAt, scan !== null)));
  /** Whether storage reported a change, or the script was stopped: the first read's answers are then out of date. */
  let overtaken = false;
  unwatch = deps.settings.watch((effective) => {
    overtaken = true;
    apply(effective);
  });
  const { early } = deps.settings;
  // On a browser's first page the policy takes seconds: posts are judged at once by the user's settings and the
  // policy last seen, and again once the policy is known, so a school's choices win from then on. Marked pending
  // before even the user's settings are read; a paused or switched-off site has the marks taken off again.
  if (early) {
    for (const post of adapter.findPosts(document)) post.setAttribute(STATE_ATTR, "pending");
    void early().then(
      ({ now, known, settled }) => {
        if (overtaken) return;
        apply(now, known);
        if (!known) void settled.then((effective) => !overtaken && apply(effective));
      },
      () => !overtaken && clearMarks(adapter, document),
    );
  } else void deps.settings.read().then((effective) => !overtaken && apply(effective));
  return () => {
    overtaken = true;
    unwatch();
    stopSearches();
    stopListening();
    stopEvents();
    removeFriction();
    clearTimeout(resume);
    scan?.stop();
    notice.remove();
  };
}
