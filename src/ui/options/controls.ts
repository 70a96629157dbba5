import { t, type MessageKey } from "../i18n.ts";
import { h } from "../shadow/h.ts";

type Child = Node | string | null | undefined | false;

/** "Set by your organisation", next to a locked setting's legend or label. */
export const lockedNote = (locked: boolean): HTMLElement | null => (locked ? h("span", { class: "locked" }, [t("pageLocked")]) : null);

/** A landmark-labelled section with its h2; `id` prefixes the ids inside it. */
export function section(id: string, heading: MessageKey, children: readonly Child[]): HTMLElement {
  return h("section", { id, "aria-labelledby": `${id}-heading` }, [h("h2", { id: `${id}-heading` }, [t(heading)]), ...children]);
}

/** A fieldset whose controls are all disabled, not hidden, when the organisation locked the setting. */
export function group(legend: string, locked: boolean, children: readonly Child[], attrs: Record<string, string> = {}): HTMLFieldSetElement {
  return h("fieldset", { ...attrs, disabled: locked }, [h("legend", {}, [legend, lockedNote(locked)]), ...children]);
}

export interface CheckboxSpec {
  id: string;
  label: Child;
  checked: boolean;
  onChange: (checked: boolean) => void;
  hint?: string;
  /** What stops the setting from working as chosen, read out with the hint. */
  problem?: string | null;
  /** Set by the organisation: disabled, with the note after the label. */
  locked?: boolean;
}

export function checkbox({ id, label, checked, onChange, hint, problem, locked = false }: CheckboxSpec): HTMLElement {
  const described = [hint ? `${id}-hint` : null, problem ? `${id}-problem` : null].filter((d) => d !== null).join(" ");
  const input = h("input", { type: "checkbox", id, checked, disabled: locked, "aria-describedby": described || null });
  input.addEventListener("change", () => onChange(input.checked));
  return h("div", { class: "option" }, [
    input,
    h("label", { for: id }, [
      label,
      lockedNote(locked),
      hint ? h("span", { class: "hint", id: `${id}-hint` }, [hint]) : null,
      problem ? h("span", { class: "problem", id: `${id}-problem` }, [problem]) : null,
    ]),
  ]);
}

export function radios<V extends string>(name: string, choices: readonly { value: V; label: string }[], current: V, onChange: (value: V) => void): HTMLElement[] {
  return choices.map(({ value, label }) => {
    const id = `${name}-${value}`;
    const input = h("input", { type: "radio", id, name, value, checked: value === current });
    input.addEventListener("change", () => {
      if (input.checked) onChange(value);
    });
    return h("div", { class: "option" }, [input, h("label", { for: id }, [label])]);
  });
}

/** A polite live region: status messages and lists of problems are announced when they change. */
export function liveRegion(id: string): HTMLElement {
  return h("div", { id, role: "status", "aria-live": "polite" });
}

/** Fills a live region with a message and, for failures, each "path: message" problem on its own line. */
export function announce(region: HTMLElement, message: string, problems: readonly string[] = []): void {
  region.replaceChildren(
    h("p", { class: problems.length > 0 ? "error" : "" }, [message]),
    problems.length > 0 ? h("ul", { class: "error" }, problems.map((p) => h("li", {}, [p]))) : "",
  );
}

/** The picked file's JSON (the input is cleared so the same file can be picked again), or why not. */
export async function takeJsonFile(input: HTMLInputElement): Promise<{ ok: true; raw: unknown } | { ok: false; problem: string } | null> {
  const file = input.files?.[0];
  input.value = "";
  if (!file) return null;
  try {
    return { ok: true, raw: JSON.parse(await file.text()) };
  } catch {
    return { ok: false, problem: t("optionsNotJson") };
  }
}
