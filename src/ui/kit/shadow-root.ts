import baseCss from "./shadow-base.css?raw";
import commonCss from "./common.css?raw";
import { t } from "./i18n.ts";
import { h } from "./h.ts";

export type Theme = "light" | "dark";

/**
 * Events that start in our UI end at our host: the site must not read a click on "Why?" as a click on the
 * post (X opens the post), nor our key presses as its shortcuts.
 */
const CONTAINED_EVENTS = ["click", "auxclick", "mousedown", "mouseup", "pointerdown", "pointerup", "keydown", "keyup", "keypress"];

/**
 * A host element (a custom tag, so the site's element selectors miss it) carrying `marker`, with an open
 * shadow root holding the shared and base stylesheets plus `css`. The site's styles stop at the boundary (`:host` resets
 * inherited ones) and ours cannot leak out.
 */
export function createShadowHost(tag: `${string}-${string}`, marker: string, css: string, theme: Theme): { host: HTMLElement; root: ShadowRoot } {
  const host = document.createElement(tag);
  host.setAttribute(marker, "");
  host.setAttribute("lang", t("uiLang"));
  setTheme(host, theme);
  const root = host.attachShadow({ mode: "open" });
  root.append(h("style", {}, [commonCss, baseCss, css]));
  for (const type of CONTAINED_EVENTS) root.addEventListener(type, (event) => event.stopPropagation());
  return { host, root };
}

/** Switches a host's colours: the stylesheets key their custom properties on this attribute. */
export function setTheme(host: Element, theme: Theme): void {
  host.setAttribute("data-theme", theme);
}

/** The `data-action` of the control an event inside one of our shadow roots came from (our public DOM contract). */
export function actionOf(event: Event): string | null {
  const target = event.target;
  return target instanceof Element ? (target.closest("[data-action]")?.getAttribute("data-action") ?? null) : null;
}
