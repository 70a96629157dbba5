import type { ShareAction, ShareTarget } from "../adapter.ts";
import { isHtmlElement, pathElements } from "../common/dom.ts";
import { THING_SELECTOR } from "./read.ts";

/** Old Reddit's class names are its stable API (RES and Reddit's own open-source code rely on them). */
const CONTROLS: ReadonlyArray<readonly [string, ShareAction]> = [
  ["a.post-sharing-button", "share"],
  ["a.post-crosspost-button", "crosspost"],
];

export function oldRedditShareTarget(event: Event): ShareTarget | null {
  const path = pathElements(event);
  for (const [selector, action] of CONTROLS) {
    const control = path.find((el) => el.matches(selector));
    const post = control?.closest(THING_SELECTOR);
    if (isHtmlElement(control) && post != null) return { post, action, control };
  }
  return null;
}
