import { parseSettings } from "../../../settings/storage.ts";
import { t } from "../../i18n.ts";
import { h } from "../../shadow/h.ts";
import { announce, liveRegion, section, takeJsonFile } from "../controls.ts";
import type { OptionsActions, Pane } from "../view.ts";

export const EXPORT_FILE_NAME = "second-look-settings.json";

/** Export to a file, import from one (all or nothing), and reset to the defaults after a confirmation. */
export function backupPane(actions: OptionsActions): Pane {
  const status = liveRegion("opt-backup-status");
  const file = h("input", { type: "file", id: "opt-import", accept: "application/json,.json" });
  let confirming = false;

  file.addEventListener("change", async () => {
    const picked = await takeJsonFile(file);
    if (!picked) return;
    if (!picked.ok) return announce(status, t("optionsImportFailed"), [picked.problem]);
    // Checked before anything is written: a bad file changes nothing and names each bad field.
    const parsed = parseSettings(picked.raw);
    if (!parsed.ok) return announce(status, t("optionsImportFailed"), parsed.errors);
    const replaced = await actions.replace(picked.raw);
    if (replaced.ok) announce(status, t("optionsImportDone"));
    else announce(status, t("optionsImportFailed"), replaced.errors);
  });

  return () => {
    const exportButton = h("button", { type: "button", id: "opt-export" }, [t("optionsExport")]);
    exportButton.addEventListener("click", async () => actions.download(EXPORT_FILE_NAME, await actions.exportText()));
    const resetButton = h("button", { type: "button", id: "opt-reset", class: "danger", "aria-expanded": String(confirming), "aria-controls": "opt-reset-confirm" }, [t("optionsReset")]);
    resetButton.addEventListener("click", () => setConfirming(true, "opt-reset-no"));
    const yes = h("button", { type: "button", id: "opt-reset-yes", class: "danger" }, [t("optionsResetYes")]);
    yes.addEventListener("click", async () => {
      confirming = false;
      const reset = await actions.replace({});
      announce(status, reset.ok ? t("optionsResetDone") : t("pageNotSaved"), reset.ok ? [] : reset.errors);
      document.getElementById("opt-reset")?.focus();
    });
    const no = h("button", { type: "button", id: "opt-reset-no" }, [t("optionsResetNo")]);
    no.addEventListener("click", () => setConfirming(false, "opt-reset"));
    const confirm = h("div", { id: "opt-reset-confirm", class: "notice", role: "group", "aria-labelledby": "opt-reset-question", hidden: !confirming }, [
      h("p", { id: "opt-reset-question" }, [t("optionsResetConfirm")]),
      h("div", { class: "actions" }, [yes, no]),
    ]);
    const root = section("opt-backup", "optionsBackupHeading", [
      h("div", { class: "actions" }, [exportButton, h("label", { for: file.id }, [t("optionsImport")]), file, resetButton]),
      confirm,
      status,
    ]);
    /** Shows or hides the confirmation in place (no re-render needed) and moves focus to where it makes sense. */
    function setConfirming(on: boolean, focusId: string) {
      confirming = on;
      confirm.hidden = !on;
      resetButton.setAttribute("aria-expanded", String(on));
      root.querySelector<HTMLElement>(`#${focusId}`)?.focus();
    }
    return root;
  };
}
