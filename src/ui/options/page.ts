import type { Storage } from "webextension-polyfill";
import type { ModelLoad } from "../../rules/model/model.ts";
import { backupText } from "../../settings/backup.ts";
import { KEPT_ASIDE_KEY, SETTINGS_KEY, acknowledgeDropped, readDropped, readEffective, readSettings, replaceSettings, updateSettings, type SettingsStorage } from "../../settings/storage.ts";
import { STATS_KEY, readStats, resetStats } from "../../settings/stats.ts";
import { t } from "../kit/i18n.ts";
import { h } from "../kit/h.ts";
import { announce, clearStatusesOnInput, liveRegion } from "./controls.ts";
import { backupPane } from "./panes/backup.ts";
import { allowListPane, ownWordsPane } from "./panes/own-words.ts";
import { packsPane } from "./panes/packs.ts";
import { recoveredPane } from "./panes/recovered.ts";
import { sitesPane } from "./panes/sites.ts";
import { statsPane } from "./panes/stats.ts";
import { testPostPane } from "./panes/test-post.ts";
import { userPacksPane } from "./panes/user-packs.ts";
import { warningsPane } from "./panes/warnings.ts";
import type { OptionsActions, OptionsView, Pane } from "./view.ts";

export interface OptionsDeps {
  storage: SettingsStorage & { local: Pick<Storage.StorageArea, "get" | "set"> };
  /** Saves a file for the user; the page's default is a Blob URL and an <a download>. */
  download?: (fileName: string, text: string) => void;
  /** The learned check, loaded once (packagedModel): "Test a post" judges with it, and the switch says when it failed. */
  model: () => Promise<ModelLoad>;
}

function downloadWithLink(fileName: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: "application/json" }));
  const link = h("a", { href: url, download: fileName, hidden: true });
  document.body.append(link);
  link.click();
  link.remove();
  // The click has handed the URL to the download already; revoking later frees the Blob.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

const isTextField = (el: Element | null): el is HTMLInputElement | HTMLTextAreaElement =>
  el instanceof HTMLTextAreaElement || (el instanceof HTMLInputElement && el.type === "text");

/** Which control had focus (and where its caret was), so a re-render puts the user back where they were. */
function saveFocus(): () => void {
  const active = document.activeElement;
  const id = active instanceof HTMLElement ? active.id : "";
  const caret = isTextField(active) ? ([active.selectionStart ?? 0, active.selectionEnd ?? 0] as const) : null;
  return () => {
    const again = id ? document.getElementById(id) : null;
    if (!again || again === document.activeElement) return;
    again.focus();
    if (caret && isTextField(again)) again.setSelectionRange(caret[0], caret[1]);
  };
}

/**
 * Links to every section, kept beside them (sticky) so each is one step away, as blockers' dashboards do. A
 * section's address is its id (#opt-test), so it can be bookmarked or linked to; the link of the section in the
 * address is marked aria-current.
 */
function sectionNav(main: HTMLElement) {
  const element = h("nav", { id: "opt-nav", "aria-label": t("optionsNavLabel") });
  const current = (): HTMLElement | null => {
    const id = decodeURIComponent(location.hash.slice(1));
    const target = id ? document.getElementById(id) : null;
    return target?.parentElement === main && target.tagName === "SECTION" ? target : null;
  };
  const update = () => {
    const here = current();
    const sections = [...main.querySelectorAll<HTMLElement>(":scope > section[id]")];
    element.replaceChildren(
      h(
        "ul",
        {},
        sections.map((s) =>
          h("li", {}, [h("a", { href: `#${s.id}`, id: `${s.id}-nav`, "aria-current": s === here ? "location" : null }, [s.querySelector("h2")?.textContent ?? s.id])]),
        ),
      ),
    );
    // On narrow screens the links scroll sideways in one row: keep the current one in sight.
    const link = element.querySelector<HTMLElement>("[aria-current]");
    if (link && element.scrollWidth > element.clientWidth) element.scrollLeft = link.offsetLeft - (element.clientWidth - link.offsetWidth) / 2;
  };
  /** Marks the section in the address, brings it into view and, when the user went there, moves focus to its heading. */
  const go = (focus: boolean) => {
    update();
    const here = current();
    if (!here) return;
    here.scrollIntoView?.({ block: "start" });
    if (focus) here.querySelector<HTMLElement>("h2")?.focus({ preventScroll: true });
  };
  return { element, update, go };
}

/**
 * The options page: a header, the sections' links, a notice when the organisation locked settings, and one pane per topic. Every
 * change is written through the settings storage (validated; locked settings refused) and the page renders
 * again from storage, so what it shows is always what the extension uses.
 */
export async function mountOptions(root: HTMLElement, deps: OptionsDeps): Promise<() => void> {
  const { storage } = deps;
  const saveStatus = liveRegion("opt-save-status");
  const reportFailure = <T extends { ok: boolean; errors?: string[] }>(result: T): T => {
    if (!result.ok) announce(saveStatus, t("pageNotSaved"), result.errors ?? []);
    else saveStatus.replaceChildren();
    return result;
  };
  let saving: Promise<unknown> = Promise.resolve();
  const actions: OptionsActions = {
    save: (change) => {
      const next = saving.then(async () => {
        const partial = typeof change === "function" ? change((await readSettings(storage)).settings) : change;
        return reportFailure(await updateSettings(storage, partial));
      });
      saving = next.catch(() => undefined);
      return next;
    },
    replace: (raw) => replaceSettings(storage, raw),
    exportText: async () => backupText((await readSettings(storage)).settings),
    resetStats: () => resetStats(storage.local),
    acknowledgeDropped: async () => reportFailure(await acknowledgeDropped(storage)),
    download: deps.download ?? downloadWithLink,
  };
  const panes: Pane[] = [recoveredPane, warningsPane, sitesPane, packsPane, ownWordsPane, allowListPane, testPostPane, statsPane, userPacksPane, backupPane].map((pane) =>
    pane(actions),
  );

  document.documentElement.lang = t("uiLang");
  document.title = t("optionsTitle");
  const header = h("header", {}, [h("h1", {}, [t("optionsTitle")]), h("p", {}, [t("optionsIntro")])]);
  // Right after the browser starts the policy read takes seconds: say so rather than show a blank page.
  const main = h("main", { id: "options" }, [h("p", { id: "opt-loading", role: "status" }, [t("pageLoading")])]);
  const nav = sectionNav(main);
  root.replaceChildren(header, nav.element, saveStatus, main);

  let rendered = false;
  const render = (view: OptionsView) => {
    const restoreFocus = saveFocus();
    const banner = view.effective.locked.size > 0 ? h("p", { class: "notice", id: "opt-locked-banner" }, [t("optionsLockedBanner")]) : null;
    main.replaceChildren(...[banner, ...panes.map((pane) => pane(view))].filter((el) => el !== null));
    nav.update();
    restoreFocus();
    // The page is built after it loaded, so an address such as #opt-test is honoured once its section exists.
    if (!rendered) nav.go(false);
    rendered = true;
  };
  // Reads are chained so a slow read cannot paint over a newer one.
  let latest = Promise.resolve();
  const refresh = () => {
    latest = latest.then(async () => {
      const [effective, stats, learnedCheck, dropped] = await Promise.all([readEffective(storage), readStats(storage.local), deps.model(), readDropped(storage)]);
      render({ effective, stats, learnedCheck, dropped });
    });
    return latest;
  };
  const listener = (changes: Record<string, unknown>, area: string) => {
    if (area === "managed" || (area === "local" && (SETTINGS_KEY in changes || KEPT_ASIDE_KEY in changes || STATS_KEY in changes))) void refresh();
  };
  storage.onChanged.addListener(listener);
  const stopClearing = clearStatusesOnInput(root);
  const onHash = () => nav.go(true);
  window.addEventListener("hashchange", onHash);
  await refresh();
  return () => {
    storage.onChanged.removeListener(listener);
    stopClearing();
    window.removeEventListener("hashchange", onHash);
  };
}
