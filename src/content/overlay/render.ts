import type { Verdict } from "../../rules/schema/verdict.ts";
import type { Site } from "../../sites/snapshot.ts";
import { t } from "../../ui/kit/i18n.ts";
import { h } from "../../ui/kit/h.ts";
import { whyPanel } from "./why-panel.ts";
import { reasonKeyOf } from "../../ui/kit/wording.ts";

/** cover: the post is blurred under us; label: the post shows and we sit below it; revealed: shown on purpose. */
export type OverlayMode = "cover" | "label" | "revealed";
/** learn asks the worker to open the learn page: the page never sees its extension URL. */
export type OverlayAction = "reveal" | "hide" | "why" | "learn";

export interface OverlayView {
  mode: OverlayMode;
  verdict: Verdict;
  site: Site;
  allowReveal: boolean;
  whyOpen: boolean;
}

const WHY_ID = "second-look-why";

function actionButton(action: OverlayAction, label: string, attrs: Record<string, string> = {}): HTMLButtonElement {
  return h("button", { type: "button", "data-action": action, ...attrs }, [label]);
}

/** The whole UI of one overlay for its current state; rebuilt on each change, it never holds state itself. */
export function renderOverlay(view: OverlayView): HTMLElement {
  const revealed = view.mode === "revealed";
  const why = actionButton("why", t("overlayWhy"), {
    id: `${WHY_ID}-button`,
    "aria-expanded": String(view.whyOpen),
    ...(view.whyOpen ? { "aria-controls": WHY_ID } : {}),
  });
  const toggle =
    view.mode === "cover" && view.allowReveal
      ? actionButton("reveal", t("overlayReveal"))
      : revealed
        ? actionButton("hide", t("overlayHide"))
        : null;
  return h("div", { class: "box", role: "group", "aria-label": t("overlayRegionLabel") }, [
    h("h2", {}, [t(revealed ? "overlayRevealedTitle" : "overlayTitle")]),
    revealed ? null : h("p", { class: "reason" }, [t(reasonKeyOf(view.verdict))]),
    h("div", { class: "actions" }, [toggle, why]),
    // Built when opened: most covers are never explained, and a feed can hold hundreds of them.
    view.whyOpen ? whyPanel(view.verdict, view.site, { id: WHY_ID, "aria-labelledby": `${WHY_ID}-button` }) : null,
  ]);
}
