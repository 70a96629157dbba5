import { t, type MessageKey } from "../kit/i18n.ts";
import { h } from "../kit/h.ts";

type Child = Node | string | null | undefined | false;

/** "Set by your organisation", next to a locked setting's legend or label. */
export const lockedNote = (locked: boolean): HTMLElement | null => (locked ? h("span", { class: "locked" }, [t("pageLocked")]) : null);

/** A landmark-labelled section with its h2; `id` prefixes the ids inside it, and is the section's address (#id). */
export function section(id: string, heading: MessageKey, children: readonly Child[]): HTMLElement {
  // The heading takes focus when the section is reached through its address, so keyboard users land there too.
  return h("section", { id, "aria-labelledby": `${id}-heading` }, [h("h2", { id: `${id}-heading`, tabindex: -1 }, [t(heading)]), ...children]);
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

/** A polite live region for statuses: messages and lists of problems are announced when they change. */
export function liveRegion(id: string): HTMLElement {
  return h("div", { id, role: "status", "aria-live": "polite", "data-status": true });
}

/** How long a message that something worked stays: long enough to read, short enough not to describe an older state. */
export const STATUS_CLEAR_MS = 10_000;
const clearing = new WeakMap<HTMLElement, ReturnType<typeof setTimeout>>();

export function clearStatus(region: HTMLElement): void {
  clearTimeout(clearing.get(region));
  region.replaceChildren();
}

/**
 * Fills a live region with a message and, for failures, each "path: message" problem on its own line. A message
 * that something worked goes after a while; a failure stays (it may need reading twice) until the user does
 * something else (clearStatusesOnInput).
 */
export function announce(region: HTMLElement, message: string, problems: readonly string[] = []): void {
  clearStatus(region);
  region.replaceChildren(
    h("p", { class: problems.length > 0 ? "error" : "" }, [message]),
    problems.length > 0 ? h("ul", { class: "error" }, problems.map((p) => h("li", {}, [p]))) : "",
  );
  if (problems.length === 0) clearing.set(region, setTimeout(() => clearStatus(region), STATUS_CLEAR_MS));
}

/**
 * Clears every status under `root` as soon as the user changes or presses something, before that control's own
 * handler runs, so what it announces next is the only status left. Returns how to stop.
 */
export function clearStatusesOnInput(root: HTMLElement): () => void {
  const clear = (event: Event) => {
    if (event.type === "click" && !(event.target instanceof Element && event.target.closest("button, input, select, textarea"))) return;
    for (const region of root.querySelectorAll<HTMLElement>("[data-status]")) clearStatus(region);
  };
  const types = ["input", "change", "click"] as const;
  for (const type of types) root.addEventListener(type, clear, { capture: true });
  return () => {
    for (const type of types) root.removeEventListener(type, clear, { capture: true });
  };
}

/** A file input as a labelled button (the input itself stays hidden), with the chosen file's name beside it. */
export function filePicker(id: string, label: string): { input: HTMLInputElement; element: HTMLElement } {
  const input = h("input", { type: "file", id, accept: "application/json,.json", hidden: true, "aria-label": label });
  const name = h("span", { id: `${id}-name`, class: "file-name" }, [t("optionsFileNone")]);
  const button = h("button", { type: "button", id: `${id}-button`, "aria-describedby": name.id }, [label]);
  button.addEventListener("click", () => input.click());
  // Registered first, before the pane's own handler empties the input so the same file can be picked again.
  input.addEventListener("change", () => {
    const file = input.files?.[0];
    if (file) name.textContent = t("optionsFileChosen", [file.name]);
  });
  return { input, element: h("span", { class: "file-picker" }, [button, name, input]) };
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
