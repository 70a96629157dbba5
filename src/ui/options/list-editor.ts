import type { z } from "zod";
import { t } from "../i18n.ts";
import { h } from "../shadow/h.ts";
import { group } from "./controls.ts";

export interface ListSpec {
  items: readonly string[];
  locked: boolean;
  /** Entries the organisation adds to this list, shown read-only. */
  fromPolicy?: readonly string[];
  /** Applies an edit to the list as stored when the save runs. */
  onChange(edit: (items: readonly string[]) => string[]): Promise<unknown>;
}

/**
 * An editable list: a field checked against `entry` as the user types (the schema's own message appears next
 * to it), an Add button, and a Remove button per entry. Nothing is saved while the field is invalid. Built once
 * per list, so the draft and its error survive re-renders.
 */
export function listEditor(id: string, legend: string, entry: z.ZodType<string>) {
  const errorId = `${id}-error`;
  const field = h("input", { type: "text", id: `${id}-new`, autocomplete: "off", spellcheck: "false", "aria-describedby": errorId });
  const error = h("p", { id: errorId, class: "error", "aria-live": "polite" });
  let current: ListSpec | null = null;

  /** The entry as it would be stored, or null after showing why it cannot be. */
  const check = (): string | null => {
    const raw = field.value;
    const parsed = entry.safeParse(raw);
    const problem = raw.trim() === "" ? "" : !parsed.success ? (parsed.error.issues[0]?.message ?? "") : current?.items.includes(parsed.data) ? t("optionsListDuplicate") : "";
    error.textContent = problem;
    if (problem) field.setAttribute("aria-invalid", "true");
    else field.removeAttribute("aria-invalid");
    return parsed.success && !problem ? parsed.data : null;
  };
  field.addEventListener("input", () => void check());
  const form = h("form", {}, [
    h("label", { for: field.id }, [t("optionsListNew")]),
    field,
    h("button", { type: "submit" }, [t("optionsListAdd")]),
  ]);
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const value = check();
    if (value === null || !current) return;
    field.value = "";
    void current.onChange((items) => (items.includes(value) ? [...items] : [...items, value]));
  });

  return (spec: ListSpec): HTMLElement => {
    current = spec;
    const list =
      spec.items.length === 0
        ? h("p", { class: "muted" }, [t("optionsListEmpty")])
        : h(
            "ul",
            {},
            spec.items.map((item, i) => {
              const remove = h("button", { type: "button", id: `${id}-remove-${i}`, "aria-label": t("optionsListRemove", [item]) }, ["×"]);
              remove.addEventListener("click", () => void spec.onChange((items) => items.filter((x) => x !== item)));
              return h("li", {}, [h("span", {}, [item]), remove]);
            }),
          );
    const policy = spec.fromPolicy?.length ? h("p", { class: "muted" }, [t("optionsOwnFromPolicy", [spec.fromPolicy.join(", ")])]) : null;
    return group(legend, spec.locked, [list, policy, form, error], { class: "list-editor" });
  };
}
