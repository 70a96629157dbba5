import type { ShareAction } from "../../sites/adapter.ts";
import type { Site } from "../../sites/snapshot.ts";
import { formatNumber, t, type MessageKey } from "../../ui/kit/i18n.ts";
import { h } from "../../ui/kit/h.ts";
import { actionOf, createShadowHost, type Theme } from "../../ui/kit/shadow-root.ts";
import dialogCss from "./dialog.css?raw";
import { trapTab } from "./focus-trap.ts";

export type Decision = "share" | "cancel";

export interface FrictionOptions {
  action: ShareAction;
  /** Part of the content script's contract; the pause reads the same on every site today. */
  site: Site;
  theme: Theme;
  /** How long "Share anyway" stays disabled; 0 enables it at once. */
  countdownSeconds: number;
}

const ACTION_KEY: Record<ShareAction, MessageKey> = {
  repost: "frictionActionRepost",
  quote: "frictionActionQuote",
  share: "frictionActionShare",
  "copy-link": "frictionActionCopyLink",
  crosspost: "frictionActionCrosspost",
};

const TITLE_ID = "second-look-friction-title";
const DESCRIPTION_ID = "second-look-friction-description";

/** The focused element, looking inside open shadow roots (the site's share button may live in one). */
function deepActiveElement(): HTMLElement | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active instanceof HTMLElement ? active : null;
}

/**
 * A modal pause before sharing a flagged post. "Don't share" has the focus; "Share anyway" unlocks after the
 * countdown. Resolves once, after the dialog is gone and focus is back where the reader was.
 */
export function askBeforeSharing(o: FrictionOptions): Promise<Decision> {
  const returnFocus = deepActiveElement();
  const { host, root } = createShadowHost("second-look-friction", "data-second-look-friction", dialogCss, o.theme);

  const cancel = h("button", { type: "button", class: "primary", "data-action": "cancel" }, [t("frictionCancel")]);
  const shareAnyway = h("button", { type: "button", "data-action": "share-anyway" }, [t("frictionShareAnyway")]);
  // Announced once when the wait is over, not every second.
  const status = h("p", { class: "visually-hidden", role: "status", "aria-live": "polite" });
  const dialog = h("div", { role: "dialog", "aria-modal": "true", "aria-labelledby": TITLE_ID, "aria-describedby": DESCRIPTION_ID }, [
    h("h2", { id: TITLE_ID }, [t("frictionTitle")]),
    h("div", { id: DESCRIPTION_ID }, [
      h("p", {}, [t("frictionUnverified")]),
      h("p", {}, [t("frictionHarm")]),
      h("p", {}, [t(ACTION_KEY[o.action])]),
    ]),
    status,
    h("div", { class: "actions" }, [cancel, shareAnyway]),
  ]);
  root.append(dialog);
  (document.body ?? document.documentElement).append(host);
  cancel.focus();

  return new Promise((resolve) => {
    let remaining = Math.max(0, Math.floor(o.countdownSeconds));
    let timer: ReturnType<typeof setTimeout> | undefined;
    const tick = (): void => {
      shareAnyway.disabled = remaining > 0;
      if (remaining > 0) {
        shareAnyway.textContent = t("frictionShareAnywayIn", [formatNumber(remaining)]);
        remaining -= 1;
        timer = setTimeout(tick, 1000);
      } else if (shareAnyway.textContent !== t("frictionShareAnyway")) {
        shareAnyway.textContent = t("frictionShareAnyway");
        status.textContent = t("frictionShareReady");
      }
    };

    // Focus that leaves (a click on the page behind, a screen reader's jump) is brought back.
    const keepFocus = (event: FocusEvent): void => {
      if (event.target !== host) cancel.focus();
    };
    const finish = (decision: Decision): void => {
      clearTimeout(timer);
      document.removeEventListener("focusin", keepFocus, true);
      host.remove();
      if (returnFocus?.isConnected) returnFocus.focus();
      resolve(decision);
    };

    // Only a person decides. The page can reach this open shadow root, but its .click() calls and dispatched
    // events arrive untrusted; Enter and Space on a focused button still click trusted.
    dialog.addEventListener("click", (event) => {
      if (!event.isTrusted) return;
      const action = actionOf(event);
      if (action === "cancel") finish("cancel");
      if (action === "share-anyway" && !shareAnyway.disabled) finish("share");
    });
    dialog.addEventListener("keydown", (event) => {
      if (!event.isTrusted) return;
      if (event.key === "Escape") {
        event.preventDefault();
        finish("cancel");
      } else trapTab(event, dialog, root.activeElement);
    });
    document.addEventListener("focusin", keepFocus, true);
    tick();
  });
}
