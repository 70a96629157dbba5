import type { StatName } from "../../../settings/stats.ts";
import { formatNumber, t, type MessageKey } from "../../kit/i18n.ts";
import { h } from "../../kit/h.ts";
import { section } from "../controls.ts";
import type { OptionsActions, Pane } from "../view.ts";

const LABELS: Record<StatName, MessageKey> = {
  flagged: "optionsStatsFlagged",
  revealed: "optionsStatsRevealed",
  sharesPaused: "optionsStatsSharesPaused",
  sharesCancelled: "optionsStatsSharesCancelled",
};

/** The on-device counts, absent altogether when the user (or the organisation) turned statistics off. */
export function statsPane({ resetStats }: OptionsActions): Pane {
  return ({ effective, stats }) => {
    if (!effective.settings.showStats) return null;
    const reset = h("button", { type: "button", id: "opt-stats-reset" }, [t("optionsStatsReset")]);
    reset.addEventListener("click", () => void resetStats());
    const since = new Date(stats.since).toLocaleDateString(t("uiLang"), { dateStyle: "long" });
    return section("opt-statistics", "optionsStatsHeading", [
      h(
        "dl",
        { class: "stats" },
        (Object.keys(LABELS) as StatName[]).flatMap((name) => [h("dt", {}, [t(LABELS[name])]), h("dd", { "data-stat": name }, [formatNumber(stats[name])])]),
      ),
      h("p", { class: "muted" }, [t("optionsStatsSince", [since])]),
      reset,
    ]);
  };
}
