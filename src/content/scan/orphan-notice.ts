import { t } from "../../ui/kit/i18n.ts";
import { h } from "../../ui/kit/h.ts";
import { actionOf, createShadowHost, setTheme, type Theme } from "../../ui/kit/shadow-root.ts";
import css from "./orphan-notice.css?raw";

export const NOTICE_MARKER = "data-second-look-notice";

/**
 * The note a page gets when its content script outlived the extension (an update or reload with the tab open):
 * scanning stopped, covers stay, and reloading the tab brings a working script. Built while the extension is
 * still there, because a cut-off script may no longer read its own messages; shown only when needed.
 */
export function prepareOrphanNotice(reload: () => void) {
  const { host, root } = createShadowHost("second-look-notice", NOTICE_MARKER, css, "light");
  root.append(
    h("div", { class: "box", role: "status" }, [
      h("p", {}, [t("pageOrphanedText")]),
      h("div", { class: "actions" }, [
        h("button", { type: "button", class: "primary", "data-action": "reload-tab" }, [t("pageOrphanedReload")]),
        h("button", { type: "button", "data-action": "close" }, [t("pageOrphanedClose")]),
      ]),
    ]),
  );
  root.addEventListener("click", (event) => {
    // A page script's synthetic click must not reload the reader's tab or hide the note.
    if (!event.isTrusted) return;
    const action = actionOf(event);
    if (action === "reload-tab") reload();
    else if (action === "close") host.remove();
  });
  return {
    show(doc: Document, theme: Theme) {
      setTheme(host, theme);
      if (!host.isConnected) (doc.body ?? doc.documentElement).append(host);
    },
    remove: () => host.remove(),
  };
}
