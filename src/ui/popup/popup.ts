import type { Storage } from "webextension-polyfill";
import { readTabState } from "../../background/badge/flag-badge.ts";
import { readModelProblem } from "../../background/model/status.ts";
import { HealthReportSchema } from "../../content/health/message.ts";
import type { Effective } from "../../settings/policy.ts";
import { readEffective, updateSettings, type SettingsStorage } from "../../settings/storage.ts";
import type { Site } from "../../sites/snapshot.ts";
import { formatNumber, t } from "../kit/i18n.ts";
import { SITE_NAME } from "../options/panes/sites.ts";
import { h } from "../kit/h.ts";
import { HOUR_MS, INDEFINITE_MS, canPause, pausedUntil, withPause } from "./pause.ts";

export interface PopupDeps {
  storage: SettingsStorage & { session: Pick<Storage.StorageArea, "get"> };
  /** The active tab of the current window (its id needs no "tabs" permission). */
  activeTabId(): Promise<number | undefined>;
  openOptions(): Promise<unknown>;
  openLearn(): Promise<unknown>;
  openLesson(): Promise<unknown>;
  /** Asks the tab's content script how well it reads the page (src/content/health/); rejects when none answers. */
  askHealth(tabId: number): Promise<unknown>;
  now(): number;
}

function button(id: string, label: string, onClick: () => void, primary = false): HTMLButtonElement {
  const el = h("button", { type: "button", id, class: primary ? "primary" : null }, [label]);
  el.addEventListener("click", onClick);
  return el;
}

function countText(flagged: number): string {
  if (flagged === 0) return t("popupFlaggedNone");
  return flagged === 1 ? t("popupFlaggedOne") : t("popupFlaggedMany", [formatNumber(flagged)]);
}

/**
 * The toolbar popup: how many posts were flagged on this tab, whether they cannot be judged right now and what to
 * do then, whether the learned check failed to load, pausing on this site (unless the organisation forbids it),
 * and the way to the options and learn pages.
 */
export async function mountPopup(root: HTMLElement, deps: PopupDeps): Promise<void> {
  document.documentElement.lang = t("uiLang");
  document.title = t("popupTitle");
  // Right after the browser starts the policy read takes seconds: say so rather than show a blank popup.
  root.replaceChildren(h("main", {}, [h("h1", {}, [t("popupTitle")]), h("p", { id: "popup-loading", role: "status" }, [t("pageLoading")])]));
  const tabId = await deps.activeTabId();
  const tab = tabId === undefined ? null : await readTabState(deps.storage.session, tabId);
  const modelProblem = await readModelProblem(deps.storage.session);
  // A page without our content script (or one cut off by an update) does not answer: nothing to say about it then.
  // A page whose posts cannot be read never had a batch judged, so it has no tab state: the content script is asked.
  const health = tabId === undefined ? null : HealthReportSchema.safeParse(await deps.askHealth(tabId).catch(() => null));
  const unreadable = health?.success === true && health.data.unreadable;

  const pause = async (e: Effective, site: Site, forMs: number | null) => {
    await updateSettings(deps.storage, { pausedUntil: withPause(e.settings.pausedUntil, site, deps.now(), forMs) });
    await render();
  };

  /** This tab's site: pause buttons, or the resume button while paused. */
  const siteControls = (e: Effective, site: Site): HTMLElement[] => {
    const until = pausedUntil(e, site, deps.now());
    if (until === null) {
      return [button("pause-site", t("popupPauseSite"), () => void pause(e, site, INDEFINITE_MS)), button("pause-hour", t("popupPauseHour"), () => void pause(e, site, HOUR_MS))];
    }
    const time = new Date(until).toLocaleTimeString(t("uiLang"), { hour: "numeric", minute: "2-digit" });
    return [
      until - deps.now() <= HOUR_MS ? h("p", { id: "paused-until" }, [t("popupPausedUntil", [time])]) : null,
      button("resume", t("popupResume"), () => void pause(e, site, null), true),
    ].filter((el) => el !== null);
  };

  /** Elsewhere: a way back from a pause, since a paused site's pages no longer report to the popup. */
  const otherControls = (e: Effective): HTMLElement[] =>
    (Object.keys(SITE_NAME) as Site[])
      .filter((site) => pausedUntil(e, site, deps.now()) !== null)
      .map((site) => button(`resume-${site}`, t("popupResumeSite", [t(SITE_NAME[site])]), () => void pause(e, site, null)));

  async function render(): Promise<void> {
    const e = await readEffective(deps.storage);
    const lesson = button("open-lesson", t("popupLesson"), () => void deps.openLesson().then(() => window.close()), e.policy.PinLesson === true);
    const status = !tab ? (unreadable ? countText(0) : t("popupNotRunning")) : e.settings.sites[tab.site] ? countText(tab.flagged) : t("popupSiteOff");
    const pausing = canPause(e) ? (tab ? siteControls(e, tab.site) : otherControls(e)) : [h("p", { id: "pause-locked", class: "muted" }, [t("popupPauseLocked")])];
    root.replaceChildren(
      h("main", {}, [
        h("h1", {}, [t("popupTitle")]),
        // A school that pinned the lesson wants the class in it: it comes first, with a word on why it is there.
        e.policy.PinLesson ? h("div", { id: "lesson-pinned", class: "notice" }, [h("p", {}, [t("popupLessonPinned")]), lesson]) : null,
        h("p", { id: "flag-count", role: "status" }, [status]),
        // Failing open must never be silent: posts on this tab are shown unjudged, and the reader can fix that.
        tab?.trouble ? h("p", { id: "trouble", class: "notice", role: "alert" }, [t(tab.trouble === "engine" ? "popupTroubleEngine" : "popupTroubleMessages")]) : null,
        unreadable ? h("p", { id: "unreadable", class: "notice", role: "alert" }, [t("popupUnreadable")]) : null,
        // Switched off (by the user or the school), judging by the word lists alone is a choice, not a fault.
        e.settings.model && modelProblem !== null ? h("p", { id: "model-unavailable", class: "notice" }, [t("pageModelUnavailable")]) : null,
        h("div", { class: "actions", id: "pause" }, pausing),
        h("nav", { class: "actions", "aria-label": t("popupTitle") }, [
          button("open-options", t("popupOpenOptions"), () => void deps.openOptions().then(() => window.close())),
          button("open-learn", t("popupLearn"), () => void deps.openLearn().then(() => window.close())),
          e.policy.PinLesson ? null : lesson,
        ]),
      ]),
    );
  }
  await render();
}
