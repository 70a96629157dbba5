/**
 * Real input in jsdom. Our controls act only on trusted events (a page script's `.click()` or dispatched event
 * is untrusted and ignored), and jsdom has no public way to make one, so these dispatch through the object
 * jsdom keeps behind each DOM wrapper, as jsdom itself does for events the browser fires.
 */
interface Impl {
  isTrusted: boolean;
  _dispatch(event: Impl): boolean;
}

function implOf(wrapper: object): Impl {
  const symbol = Object.getOwnPropertySymbols(wrapper).find((s) => s.description === "impl");
  const impl = symbol === undefined ? undefined : (wrapper as Record<symbol, Impl | undefined>)[symbol];
  if (impl === undefined) throw new Error("not a jsdom object: run this test in the jsdom environment");
  return impl;
}

/** Dispatches event at target with isTrusted true, as the browser does for what a person does. */
export function dispatchTrusted(target: EventTarget, event: Event): boolean {
  const impl = implOf(event);
  impl.isTrusted = true;
  return implOf(target)._dispatch(impl);
}

/** A person's click (or Enter/Space on a focused button, which browsers turn into a trusted click). */
export const userClick = (target: Element): boolean =>
  dispatchTrusted(target, new MouseEvent("click", { bubbles: true, cancelable: true, composed: true }));

/** A person's key press or release. */
export const userKey = (target: Element, key: string, type: "keydown" | "keyup" = "keydown", init: KeyboardEventInit = {}): boolean =>
  dispatchTrusted(target, new KeyboardEvent(type, { key, bubbles: true, cancelable: true, composed: true, ...init }));
