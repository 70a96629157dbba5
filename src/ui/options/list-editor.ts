import type { z } from "zod";
import { t } from "../kit/i18n.ts";
import { issueSentence } from "../kit/schema-errors.ts";
import { h } from "../kit/h.ts";
import { group } from "./controls.ts";

export interface ListSpec {
  items: readonly string[];
  locked: boolean;
  /** Entries the organisation adds to this list, shown read-only. */
  fromPolicy?: readonly string[];
  /** Applies an edit to the list as stored when the save runs. */
  onChange(edit: (items: readonly string[]) => string[]): Promise<unknown>;
}

/** What a list may say about an entry before it is added. */
export interface EntryAdvice {
  /** A caution shown under the field: the entry is still added, and the caution stays until the next edit. */
  caution?(value: string): string | null;
  /** An entry that belongs on another list (a hashtag typed as a word): checked and added there, with a note saying so. */
  elsewhere?(raw: string): { note: string; field: string; entry: z.ZodType<string>; add(value: string): Promise<unknown> } | null;
}

/**
 * An editable list: a field checked against `entry` as the user types (the schema's own message appears next
 * to it), an Add button, and a Remove button per entry. Nothing is saved while the field is invalid. Built once
 * per list, so the draft, its error and its note survive re-renders.
 */
export function listEditor(id: string, legend: string, entry: z.ZodType<string>, advice: EntryAdvice = {}) {
  // An entry is checked alone, so its issue has no path: the list's id (`opt-allow-accounts`) names its field.
  const problemOf = (error: z.ZodError, field = id.slice(id.lastIndexOf("-") + 1)) => {
    const [first] = error.issues;
    return first ? issueSentence(first, [field]) : "";
  };
  const errorId = `${id}-error`;
  const noteId = `${id}-note`;
  const field = h("input", { type: "text", id: `${id}-new`, autocomplete: "off", spellcheck: "false", "aria-describedby": `${errorId} ${noteId}` });
  const error = h("p", { id: errorId, class: "error", "aria-live": "polite" });
  const note = h("p", { id: noteId, class: "note", "aria-live": "polite" });
  let current: ListSpec | null = null;

  /** The entry as it would be stored and how to add it, or null after showing why it cannot be. */
  const check = (): { value: string; add: (value: string) => Promise<unknown> } | null => {
    const raw = field.value;
    const away = raw.trim() === "" ? null : (advice.elsewhere?.(raw) ?? null);
    const parsed = (away?.entry ?? entry).safeParse(raw);
    const problem = raw.trim() === "" ? "" : !parsed.success ? problemOf(parsed.error, away?.field) : !away && current?.items.includes(parsed.data) ? t("optionsListDuplicate") : "";
    error.textContent = problem;
    note.textContent = problem || !parsed.success ? "" : (away?.note ?? advice.caution?.(parsed.data) ?? "");
    if (problem) field.setAttribute("aria-invalid", "true");
    else field.removeAttribute("aria-invalid");
    if (!parsed.success || problem || !current) return null;
    const spec = current;
    return { value: parsed.data, add: away ? away.add : (value) => spec.onChange((items) => (items.includes(value) ? [...items] : [...items, value])) };
  };
  field.addEventListener("input", () => void check());
  const form = h("form", {}, [
    h("label", { for: field.id }, [t("optionsListNew")]),
    field,
    h("button", { type: "submit" }, [t("optionsListAdd")]),
  ]);
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const checked = check();
    if (checked === null) return;
    // The note stays: a caution or "it went on your hashtags" is most useful right after the entry was added.
    field.value = "";
    void checked.add(checked.value);
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
    return group(legend, spec.locked, [list, policy, form, error, note], { class: "list-editor" });
  };
}
