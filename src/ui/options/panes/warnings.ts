import type { Sensitivity } from "../../../rules/engine.ts";
import { SettingsSchema } from "../../../settings/schema.ts";
import { t } from "../../i18n.ts";
import { h } from "../../shadow/h.ts";
import { checkbox, group, lockedNote, radios, section } from "../controls.ts";
import { isLocked, type OptionsActions, type Pane } from "../view.ts";

const FrictionSchema = SettingsSchema.shape.frictionSeconds.unwrap();

/** Sensitivity and the learned check, the share countdown, the warning's look and whether posts may be shown. */
export function warningsPane({ save }: OptionsActions): Pane {
  return (view) => {
    const { settings } = view.effective;
    const frictionLocked = isLocked(view, "frictionSeconds");
    const friction = h("input", {
      type: "number",
      id: "opt-friction",
      min: 0,
      max: 30,
      step: 1,
      value: settings.frictionSeconds,
      disabled: frictionLocked,
      "aria-describedby": "opt-friction-hint",
    });
    friction.addEventListener("change", () => {
      const parsed = FrictionSchema.safeParse(friction.valueAsNumber);
      if (parsed.success) void save({ frictionSeconds: parsed.data });
      else friction.value = String(settings.frictionSeconds);
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
        id: "opt-stats",
        label: t("optionsShowStats"),
        checked: settings.showStats,
        locked: isLocked(view, "showStats"),
        onChange: (showStats) => void save({ showStats }),
      }),
    ]);
  };
}
