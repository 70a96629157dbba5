import { reasonItem, reasonLines } from "../../kit/reasons.ts";
import { reasonKeyOf } from "../../kit/wording.ts";
import { compileEngine, type Engine } from "../../../rules/engine.ts";
import type { ModelLoad } from "../../../rules/model/model.ts";
import type { Verdict } from "../../../rules/schema/verdict.ts";
import { THRESHOLDS } from "../../../rules/scoring/sensitivity.ts";
import type { Effective } from "../../../settings/policy.ts";
import { packsFor } from "../../../settings/rule-packs.ts";
import { formatNumber, t } from "../../kit/i18n.ts";
import { h } from "../../kit/h.ts";
import { section } from "../controls.ts";
import type { OptionsView, Pane } from "../view.ts";

/** Long enough to skip keystrokes in a word, short enough to feel live. */
export const TEST_DEBOUNCE_MS = 250;

/**
 * The engine the extension would compile for these settings, recompiled only when its inputs change. Like the
 * worker, it judges with the learned check when the setting is on and the model loaded, and by rules otherwise.
 */
export function engineFor() {
  let cached: { key: string; engine: Engine } | null = null;
  return (e: Effective, learnedCheck: ModelLoad): Engine => {
    const { sensitivity, disabledRules } = e.settings;
    const model = e.settings.model ? learnedCheck.model : null;
    const packs = packsFor(e);
    // A page loads its model once, so whether it judges is all the key needs of it.
    const key = JSON.stringify([sensitivity, disabledRules, packs, model !== null]);
    if (cached?.key !== key) cached = { key, engine: compileEngine(packs, { sensitivity, disabledRules, model }) };
    return cached.engine;
  };
}

const two = (n: number) => formatNumber(n, { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** The verdict in plain words: flagged or not, the score against the threshold, the kind, and what matched. */
function describe(verdict: Verdict, e: Effective): (Node | string)[] {
  const flagged = verdict.verdict === "flag";
  return [
    h("p", { class: flagged ? "verdict-flag" : "verdict-ok", "data-verdict": verdict.verdict }, [t(flagged ? "optionsTestFlag" : "optionsTestOk")]),
    h("p", {}, [t("optionsTestScore", [two(verdict.score), two(THRESHOLDS[e.settings.sensitivity])])]),
    verdict.category ? h("p", { "data-category": verdict.category }, [t(reasonKeyOf(verdict))]) : "",
    verdict.reasons.length === 0
      ? h("p", { class: "muted" }, [t("optionsTestNothing")])
      : h("div", {}, [
          h("h3", {}, [t("overlaySignalsHeading")]),
          h(
            "ul",
            { class: "reasons" },
            reasonLines(verdict.reasons, "options").map((line) => reasonItem(line, line.lowers ? ` (${t("optionsTestException")})` : null)),
          ),
        ]),
  ];
}

/** "Test a post": type or paste a text and see, as you type, what the extension would decide with these settings. */
export function testPostPane(): Pane {
  const engine = engineFor();
  const text = h("textarea", { id: "opt-test-text", rows: 5, spellcheck: "false", "aria-describedby": "opt-test-hint" });
  const result = h("div", { id: "opt-test-result", role: "status", "aria-live": "polite" });
  let current: OptionsView | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const update = () => {
    if (!current) return;
    const { effective, learnedCheck } = current;
    const post = text.value;
    result.replaceChildren(
      ...(post.trim() === "" ? [h("p", { class: "muted" }, [t("optionsTestEmpty")])] : describe(engine(effective, learnedCheck).evaluate({ text: post }), effective)),
    );
  };
  text.addEventListener("input", () => {
    clearTimeout(timer);
    timer = setTimeout(update, TEST_DEBOUNCE_MS);
  });

  return (view) => {
    current = view;
    update();
    return section("opt-test", "optionsTestHeading", [
      h("label", { for: text.id }, [t("optionsTestLabel")]),
      text,
      h("p", { id: "opt-test-hint", class: "muted" }, [t("optionsTestHint")]),
      result,
    ]);
  };
}
