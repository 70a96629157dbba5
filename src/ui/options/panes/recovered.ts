import { t } from "../../kit/i18n.ts";
import { h } from "../../kit/h.ts";
import type { OptionsActions, Pane } from "../view.ts";

/**
 * What could not be read of the stored settings and was left out, at the top of the page until the user says
 * they have read it; everything else was kept, and the original stays kept aside in storage.
 */
export function recoveredPane({ acknowledgeDropped }: OptionsActions): Pane {
  return (view) => {
    if (view.dropped.length === 0) return null;
    const dismiss = h("button", { type: "button", id: "opt-recovered-dismiss" }, [t("optionsRecoveredDismiss")]);
    dismiss.addEventListener("click", () => void acknowledgeDropped());
    return h("section", { id: "opt-recovered", class: "notice", role: "alert", "aria-labelledby": "opt-recovered-heading" }, [
      h("h2", { id: "opt-recovered-heading" }, [t("optionsRecoveredHeading")]),
      h("p", {}, [t("optionsRecoveredIntro")]),
      h("ul", { class: "error" }, view.dropped.map((line) => h("li", {}, [line]))),
      h("div", { class: "actions" }, [dismiss]),
    ]);
  };
}
