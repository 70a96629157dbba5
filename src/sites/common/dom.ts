import { PostSnapshotSchema, type PostSnapshot } from "../snapshot.ts";

export function isElement(node: unknown): node is Element {
  return typeof node === "object" && node !== null && (node as Node).nodeType === 1;
}

export function isHtmlElement(node: unknown): node is HTMLElement {
  return isElement(node) && "click" in node;
}

/** Elements matching selector at or under root, root first when it matches itself. */
export function elementsAt(root: ParentNode, selector: string): Element[] {
  const found = [...root.querySelectorAll(selector)];
  return isElement(root) && root.matches(selector) ? [root, ...found] : found;
}

/** The event's composed path as elements only, innermost first (it crosses open shadow roots). */
export function pathElements(event: Event): Element[] {
  return event.composedPath().filter(isElement);
}

/**
 * Runs a read against page markup the site may have changed under us: an exception means
 * "not recognised", never a broken scan.
 */
export function safely<T>(read: () => T, fallback: T): T {
  try {
    return read();
  } catch {
    return fallback;
  }
}

/** A snapshot validated at the DOM boundary; null when the page gave us something unusable (empty id). */
export function toSnapshot(fields: PostSnapshot): PostSnapshot | null {
  const parsed = PostSnapshotSchema.safeParse(fields);
  return parsed.success ? parsed.data : null;
}

/** The reader's system preference, used only when the site shows no theme marker of its own. */
export function prefersDark(doc: Document): boolean {
  return doc.defaultView?.matchMedia?.("(prefers-color-scheme: dark)").matches ?? false;
}
