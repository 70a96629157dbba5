import type { Sensitivity } from "../../../rules/engine.ts";
import { SettingsSchema } from "../../../settings/schema.ts";
import { t } from "../../kit/i18n.ts";
import { h } from "../../kit/h.ts";
import { checkbox, group, lockedNote, radios, section } from "../controls.ts";
import { isLocked, type OptionsActions, type Pane } from "../view.ts";

const FrictionSchema = SettingsSchema.shape.frictionSeconds.unwrap();

/** Why the pause field's value is refused, in the reader's words: out of range, not whole seconds, or no number at all. */
function frictionProblem(issues: readonly { code: string; expected?: unknown }[]): string {
  const issue = issues[0];
  if (issue?.code === "too_small" || issue?.code === "too_big") return t("optionsFrictionRange");
  if (issue?.code === "invalid_type" && issue.expected === "int") return t("optionsFrictionWhole");
  return t("optionsFrictionEmpty");
}

/** Sensitivity and the learned check, the share countdown, the warning's look and whether posts may be shown. */
export function warningsPane({ save }: OptionsActions): Pane {
  // A refused value stays in the field with its reason until it is fixed, through any re-render in between.
  let frictionDraft: { value: string; problem: string } | null = null;
  return (view) => {
    const { settings } = view.effective;
    const frictionLocked = isLocked(view, "frictionSeconds");
    const draft = frictionLocked ? null : frictionDraft;
    const friction = h("input", {
      type: "number",
      id: "opt-friction",
      min: 0,
      max: 30,
      step: 1,
      value: draft?.value ?? settings.frictionSeconds,
      disabled: frictionLocked,
      "aria-describedby": "opt-friction-hint opt-friction-error",
      "aria-invalid": draft ? "true" : null,
    });
    const explain = (d: typeof draft) => (d ? `${d.problem} ${t("optionsFrictionKept", [String(settings.frictionSeconds)])}` : "");
    const frictionError = h("p", { id: "opt-friction-error", class: "error", "aria-live": "polite" }, [explain(draft)]);
    friction.addEventListener("change", () => {
      const parsed = FrictionSchema.safeParse(friction.valueAsNumber);
      frictionDraft = parsed.success ? null : { value: friction.value, problem: frictionProblem(parsed.error.issues) };
      frictionError.textContent = explain(frictionDraft);
      if (frictionDraft) friction.setAttribute("aria-invalid", "true");
      else friction.removeAttribute("aria-invalid");
      if (parsed.success) void save({ frictionSeconds: parsed.data });
    });
    return section("opt-warnings", "optionsWarningsHeading", [
      group(
        t("optionsSensitivityLegend"),
        isLocked(view, "sensitivity"),
        [
          h("p", { id: "opt-sensitivity-hint", class: "muted" }, [t("optionsSensitivityHint")]),
          ...radios<Sensitivity>(
            "opt-sensitivity",
            [
              { value: "low", label: t("optionsSensitivityLow") },
              { value: "balanced", label: t("optionsSensitivityBalanced") },
              { value: "high", label: t("optionsSensitivityHigh") },
            ],
            settings.sensitivity,
            (sensitivity) => void save({ sensitivity }),
          ),
        ],
        { "aria-describedby": "opt-sensitivity-hint" },
      ),
      checkbox({
        id: "opt-model",
        label: t("optionsModelLabel"),
        hint: t("optionsModelHint"),
        // Said only while it is meant to judge: switched off, the failure changes nothing the user sees.
        problem: settings.model && view.learnedCheck.error !== undefined ? t("pageModelUnavailable") : null,
        checked: settings.model,
        locked: isLocked(view, "model"),
        onChange: (model) => void save({ model }),
      }),
      h("div", { class: "option" }, [
        h("label", { for: "opt-friction" }, [t("optionsFrictionLabel"), lockedNote(frictionLocked)]),
        friction,
      ]),
      h("p", { id: "opt-friction-hint", class: "muted" }, [t("optionsFrictionHint")]),
      frictionError,
      group(
        t("optionsStyleLegend"),
        isLocked(view, "overlayStyle"),
        radios(
          "opt-style",
          [
            { value: "blur", label: t("optionsStyleBlur") },
            { value: "label", label: t("optionsStyleLabel") },
          ],
          settings.overlayStyle,
          (overlayStyle) => void save({ overlayStyle }),
        ),
      ),
      checkbox({
        id: "opt-reveal",
        label: t("optionsAllowReveal"),
        checked: settings.allowReveal,
        locked: isLocked(view, "allowReveal"),
        onChange: (allowReveal) => void save({ allowReveal }),
      }),
      checkbox({
        id: "opt-search-notice",
        label: t("optionsSearchNotice"),
        hint: t("optionsSearchNoticeHint"),
        checked: settings.searchNotice,
        locked: isLocked(view, "searchNotice"),
        onChange: (searchNotice) => void save({ searchNotice }),
      }),
      checkbox({
        id: "opt-stats",
        label: t("optionsShowStats"),
        checked: settings.showStats,
        locked: isLocked(view, "showStats"),
        onChange: (showStats) => void save({ showStats }),
      }),
    ]);
  };
}
