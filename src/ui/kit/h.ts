type AttrValue = string | number | boolean | null | undefined;
type Child = Node | string | null | undefined | false;

/**
 * Builds an element from attributes and children. Strings become text nodes, never markup, so page text
 * (a reason's matched words) can be passed straight in. `true` sets an empty attribute; false/null/undefined omit it.
 */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, AttrValue> = {},
  children: readonly Child[] = [],
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === true) el.setAttribute(name, "");
    else if (value !== false && value !== null && value !== undefined) el.setAttribute(name, String(value));
  }
  for (const child of children) {
    if (typeof child === "string") el.append(document.createTextNode(child));
    else if (child) el.append(child);
  }
  return el;
}
