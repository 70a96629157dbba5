import type { SiteAdapter } from "../../sites/adapter.ts";
import { t } from "../../ui/kit/i18n.ts";
import { h } from "../../ui/kit/h.ts";
import { actionOf, createShadowHost, setTheme } from "../../ui/kit/shadow-root.ts";
import { MAX_QUERIES } from "./message.ts";
import css from "./notice.css?raw";
import labelCss from "./trend-label.css?raw";

export const SEARCH_MARKER = "data-second-look-search";
export const TREND_MARKER = "data-second-look-trend";
/** The search box's words and the trend list are read again at this pace: enough for a single-page app's navigation. */
export const SEARCH_TICK_MS = 1_000;
const MAX_LENGTH = 500;

export interface SearchWatchDeps {
  adapter: SiteAdapter;
  window: Window;
  /** Whether each query looks for a person's leaked or intimate images (asked of the worker); rejects when unanswered. */
  judge(queries: string[]): Promise<boolean[]>;
  openLearn(): void;
}

/**
 * The note above search results that look for someone's leaked images, and the label on trends of that form.
 * Each query is judged once; the note is one element, put back only if the site's re-render dropped it, so a
 * navigation never stacks notes nor loops. A dismissed query stays quiet on this page.
 */
export function watchSearches({ adapter, window, judge, openLearn }: SearchWatchDeps) {
  const doc = window.document;
  const looking = new Map<string, boolean>();
  const asking = new Set<string>();
  const dismissed = new Set<string>();
  const labels = new Set<HTMLElement>();
  let shownFor: string | null = null;
  let stopped = false;

  const { host, root } = createShadowHost("second-look-search", SEARCH_MARKER, css, adapter.theme(doc));
  root.append(
    h("section", { class: "box", role: "note", "aria-label": t("searchNoticeLabel") }, [
      h("h2", {}, [t("searchNoticeTitle")]),
      h("p", {}, [t("searchNoticeLeadsTo")]),
      h("p", {}, [t("searchNoticeHarm")]),
      h("div", { class: "actions" }, [
        h("button", { type: "button", class: "primary", "data-action": "learn" }, [t("searchNoticeLearn")]),
        h("button", { type: "button", "data-action": "dismiss" }, [t("searchNoticeDismiss")]),
      ]),
    ]),
  );
  root.addEventListener("click", (event) => {
    // A page script's synthetic click must neither open a tab nor hide the note.
    if (!event.isTrusted) return;
    const action = actionOf(event);
    if (action === "learn") openLearn();
    else if (action === "dismiss" && shownFor !== null) {
      dismissed.add(shownFor);
      update();
    }
  });

  function ask(queries: readonly string[]) {
    const fresh = [...new Set(queries)].filter((q) => !looking.has(q) && !asking.has(q)).slice(0, MAX_QUERIES);
    if (fresh.length === 0) return;
    for (const q of fresh) asking.add(q);
    judge(fresh).then(
      (answers) => {
        fresh.forEach((q, i) => {
          asking.delete(q);
          looking.set(q, answers[i] === true);
        });
        if (!stopped) update();
      },
      // Asked again on the next tick, not at once: a worker that keeps failing must not be asked in a loop.
      () => fresh.forEach((q) => asking.delete(q)),
    );
  }

  function placeNotice(query: string | null) {
    const show = query !== null && looking.get(query) === true && !dismissed.has(query);
    const results = show ? adapter.searchResults(doc) : null;
    if (results === null) {
      host.remove();
      shownFor = null;
      return;
    }
    shownFor = query;
    setTheme(host, adapter.theme(doc));
    if (host.nextElementSibling !== results) results.before(host);
  }

  function labelTrends(trends: ReturnType<SiteAdapter["trendingEntries"]>) {
    for (const { entry, text } of trends) {
      const present = [...entry.children].find((child): child is HTMLElement => child instanceof HTMLElement && child.hasAttribute(TREND_MARKER));
      if (looking.get(text) === true) {
        if (present) continue;
        const label = createShadowHost("second-look-trend", TREND_MARKER, labelCss, adapter.theme(doc));
        label.root.append(h("span", {}, [t("searchTrendLabel")]));
        entry.append(label.host);
        labels.add(label.host);
      } else present?.remove();
    }
  }

  function update() {
    const query = adapter.searchQuery(new URL(window.location.href))?.slice(0, MAX_LENGTH) ?? null;
    const trends = adapter.trendingEntries(doc).filter(({ text }) => text !== "").map(({ entry, text }) => ({ entry, text: text.slice(0, MAX_LENGTH) }));
    ask([...(query === null ? [] : [query]), ...trends.map(({ text }) => text)]);
    placeNotice(query);
    labelTrends(trends);
  }

  window.addEventListener("popstate", update);
  const tick = window.setInterval(update, SEARCH_TICK_MS);
  update();

  return () => {
    stopped = true;
    window.removeEventListener("popstate", update);
    window.clearInterval(tick);
    host.remove();
    for (const label of labels) label.remove();
  };
}
