import { fakeStorage } from "../settings/fake-storage.ts";

export { fakeStorage };

/** Lets storage promises, change events and the re-renders they start run to the end. */
export async function settle(): Promise<void> {
  for (let i = 0; i < 10; i++) await new Promise((resolve) => setTimeout(resolve, 0));
}

export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const el = document.getElementById(id);
  if (!el) throw new Error(`no #${id}`);
  return el as T;
}

export function click(id: string): void {
  byId(id).click();
}

export function typeInto(id: string, value: string): void {
  const field = byId<HTMLInputElement | HTMLTextAreaElement>(id);
  field.value = value;
  field.dispatchEvent(new Event("input", { bubbles: true }));
}

/** Picks a file in a file input, as the browser does after the user chose one. */
export function pickFile(id: string, content: string, name = "file.json"): void {
  const input = byId<HTMLInputElement>(id);
  Object.defineProperty(input, "files", { value: [new File([content], name, { type: "application/json" })], configurable: true });
  input.dispatchEvent(new Event("change", { bubbles: true }));
}
