import { changedSettings, readBackup } from "../../../settings/backup.ts";
import type { SettingKey, Settings } from "../../../settings/schema.ts";
import { formatNumber, t, type MessageKey } from "../../kit/i18n.ts";
import { h } from "../../kit/h.ts";
import { announce, filePicker, liveRegion, section, takeJsonFile } from "../controls.ts";
import type { OptionsActions, OptionsView, Pane } from "../view.ts";

export const EXPORT_FILE_NAME = "second-look-settings.json";

const onOff = (on: boolean) => t(on ? "optionsImportOn" : "optionsImportOff");

/** Each setting as the user knows it from this page: its label, and its value in a few words (null: too rich to sum up). */
const DESCRIBE: Record<SettingKey, [MessageKey, ((s: Settings) => string) | null]> = {
  sensitivity: ["optionsSensitivityLegend", (s) => t(({ low: "optionsSensitivityLow", balanced: "optionsSensitivityBalanced", high: "optionsSensitivityHigh" } as const)[s.sensitivity])],
  packs: ["optionsPacksLegend", null],
  disabledRules: ["optionsRulesLegend", null],
  model: ["optionsModelLabel", (s) => onOff(s.model)],
  frictionSeconds: ["optionsFrictionLabel", (s) => formatNumber(s.frictionSeconds)],
  overlayStyle: ["optionsStyleLegend", (s) => t(s.overlayStyle === "blur" ? "optionsStyleBlur" : "optionsStyleLabel")],
  allowReveal: ["optionsAllowReveal", (s) => onOff(s.allowReveal)],
  showStats: ["optionsShowStats", (s) => onOff(s.showStats)],
  searchNotice: ["optionsSearchNotice", (s) => onOff(s.searchNotice)],
  sites: ["optionsSitesLegend", null],
  custom: ["optionsOwnHeading", (s) => formatNumber(s.custom.terms.length + s.custom.hashtags.length + s.custom.links.length)],
  allow: ["optionsAllowHeading", (s) => formatNumber(s.allow.accounts.length + s.allow.communities.length + s.allow.domains.length)],
  userPacks: ["optionsUserPacksHeading", (s) => (s.userPacks.length === 0 ? t("optionsImportNone") : s.userPacks.map((p) => p.name).join(", "))],
  pausedUntil: ["optionsImportPauses", null],
};

/** One line per setting the import would change: "Sensitivity: Balanced → High". */
function changeLines(current: Settings, next: Settings, keys: readonly SettingKey[]): string[] {
  return keys.map((key) => {
    const [label, value] = DESCRIBE[key];
    return value ? t("optionsImportChange", [t(label), value(current), value(next)]) : t("optionsImportChanged", [t(label)]);
  });
}

const REFUSED: Record<"pack" | "empty" | "other", MessageKey> = { pack: "optionsImportIsPack", empty: "optionsImportEmpty", other: "optionsImportOther" };

/**
 * Export to a file; import from one of ours only, after showing what it would change and a confirmation; reset to
 * the defaults after a confirmation. A refused or cancelled import changes nothing.
 */
export function backupPane(actions: OptionsActions): Pane {
  const status = liveRegion("opt-backup-status");
  const { input: file, element: picker } = filePicker("opt-import", t("optionsImport"));
  let confirming = false;
  let latest: OptionsView | null = null;
  let importing: Settings | null = null;

  const importList = h("ul", { id: "opt-import-changes" });
  const importYes = h("button", { type: "button", id: "opt-import-yes", class: "danger" }, [t("optionsImportYes")]);
  const importNo = h("button", { type: "button", id: "opt-import-no" }, [t("optionsImportNo")]);
  const importConfirm = h("div", { id: "opt-import-confirm", class: "notice", role: "group", "aria-labelledby": "opt-import-question", hidden: true }, [
    h("p", { id: "opt-import-question" }, [t("optionsImportAsk")]),
    importList,
    h("div", { class: "actions" }, [importYes, importNo]),
  ]);
  const closeImport = () => {
    importing = null;
    importConfirm.hidden = true;
    importList.replaceChildren();
  };
  importYes.addEventListener("click", async () => {
    const next = importing;
    closeImport();
    if (!next) return;
    const replaced = await actions.replace(next);
    if (replaced.ok) announce(status, t("optionsImportDone"));
    else announce(status, t("optionsImportFailed"), replaced.errors);
    document.getElementById("opt-import-button")?.focus();
  });
  importNo.addEventListener("click", () => {
    closeImport();
    announce(status, t("optionsImportCancelled"));
    document.getElementById("opt-import-button")?.focus();
  });

  file.addEventListener("change", async () => {
    closeImport();
    const picked = await takeJsonFile(file);
    if (!picked) return;
    if (!picked.ok) return announce(status, t("optionsImportFailed"), [picked.problem]);
    // Checked before anything is written: only our own file, whole, may replace the settings.
    const backup = readBackup(picked.raw);
    if (backup.kind === "invalid") return announce(status, t("optionsImportFailed"), backup.errors);
    if (backup.kind !== "backup") return announce(status, t("optionsImportFailed"), [t(REFUSED[backup.kind])]);
    if (!latest) return;
    const { settings: current, locked } = latest.effective;
    // Locked settings stay as the organisation set them, so they are not offered as changes.
    const changes = changedSettings(current, backup.settings).filter((key) => !locked.has(key));
    if (changes.length === 0) return announce(status, t("optionsImportSame"));
    importing = backup.settings;
    importList.replaceChildren(...changeLines(current, backup.settings, changes).map((line) => h("li", {}, [line])));
    status.replaceChildren();
    importConfirm.hidden = false;
    importNo.focus();
  });

  return (view) => {
    latest = view;
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
      h("div", { class: "actions" }, [exportButton, picker, resetButton]),
      importConfirm,
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
