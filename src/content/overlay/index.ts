import { z } from "zod";
import { SiteSchema } from "../../sites/snapshot.ts";
import type { Verdict } from "../../rules/schema/verdict.ts";
import { actionOf, createShadowHost, setTheme, type Theme } from "../../ui/kit/shadow-root.ts";
import overlayCss from "./overlay.css?raw";
import { ensurePageStyle } from "./page-style.ts";
import { renderOverlay, type OverlayAction, type OverlayMode } from "./render.ts";

export const OverlayOptionsSchema = z.object({
  site: SiteSchema,
  theme: z.enum(["light", "dark"]),
  /** Schools turn this off: the post then stays covered. */
  allowReveal: z.boolean(),
  /** blur: cover the post; label: leave it visible with a compact label below. */
  style: z.enum(["blur", "label"]),
});
export type OverlayOptions = z.infer<typeof OverlayOptionsSchema>;

export interface OverlayEvent {
  type: OverlayAction;
  post: Element;
  verdict: Verdict;
}

const MARKER = "data-second-look-overlay";
const REVEALED = "data-second-look-revealed";
/** Our attributes on the site's host element, read by page.css. */
const HOST_BLUR = "data-second-look-blur";
const HOST_ANCHOR = "data-second-look-anchor";
const HOST_EXPANDED = "data-second-look-expanded";
const HOST_BAR = "data-second-look-bar";
const HOST_ATTRIBUTES = [HOST_BLUR, HOST_ANCHOR, HOST_EXPANDED, HOST_BAR];
/** The height the cover's words need, as the host's min-height (page.css), so they never run past the post. */
const FIT = "--second-look-fit";

interface Mounted {
  post: Element;
  host: Element;
  verdict: Verdict;
  options: OverlayOptions;
  /** What the overlay was last rendered from, theme aside (a theme switch only changes an attribute). */
  key: string;
  whyOpen: boolean;
  /** The cover's box the fit observer measures: rebuilt on each render. */
  measured: Element | null;
}

const mounted = new WeakMap<HTMLElement, Mounted>();
/** Live overlays, for theme switches: they may sit in the site's shadow roots, out of a document query's reach. */
const live = new Set<HTMLElement>();
/** Overlays whose post scrolled away are dropped from `live` in sweeps, at sizes that double: O(1) per overlay. */
let sweepAt = 64;
const listeners = new Set<(event: OverlayEvent) => void>();

/**
 * Called when a reader reveals, hides again, opens the explanation (statistics) or asks for the learn page (the
 * content script has the worker open it). Returns an unsubscribe.
 */
export function onOverlayEvent(listener: (event: OverlayEvent) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

// Direct children, read without `:scope >`, which jsdom does not match inside shadow trees.
const overlayOf = (host: Element): HTMLElement | undefined =>
  [...host.children].find((child): child is HTMLElement => child instanceof HTMLElement && child.hasAttribute(MARKER));

function modeOf(state: Mounted): OverlayMode {
  if (state.options.style === "label") return "label";
  return state.options.allowReveal && state.post.getAttribute(REVEALED) === "true" ? "revealed" : "cover";
}

let fitObserver: ResizeObserver | null = null;

/** Clears the fit from the host's style, and the style attribute with it when nothing else was in it. */
function clearFit(host: Element): void {
  if (!(host instanceof HTMLElement) || host.style.getPropertyValue(FIT) === "") return;
  host.style.removeProperty(FIT);
  if (host.getAttribute("style") === "") host.removeAttribute("style");
}

/**
 * A collapsed cover lies over its post, so on a narrow screen or in a long language its words can need more
 * height than a short post has: the post grows to the cover's need (page.css reads it as min-height). Measured
 * when the box changes size, after layout, so it costs no extra layout pass; in the host's own box-sizing, by
 * taking its used height and adding what the box lacks (or has to spare) inside the cover.
 */
function fitCovers(entries: readonly ResizeObserverEntry[]): void {
  const fits: [HTMLElement, number][] = [];
  for (const entry of entries) {
    const root = entry.target.getRootNode();
    const overlay = root instanceof ShadowRoot ? root.host : null;
    const state = overlay instanceof HTMLElement ? mounted.get(overlay) : undefined;
    // The site took the post away (X re-renders a cell's contents in place): stop holding on to its box.
    if (!entry.target.isConnected) fitObserver?.unobserve(entry.target);
    if (!overlay || !state || state.measured !== entry.target || !entry.target.isConnected || !(state.host instanceof HTMLElement)) continue;
    const used = parseFloat(getComputedStyle(state.host).height);
    const need = entry.borderBoxSize[0]?.blockSize ?? entry.target.getBoundingClientRect().height;
    if (Number.isFinite(used)) fits.push([state.host, Math.ceil(used + need - overlay.clientHeight)]);
  }
  for (const [host, fit] of fits) host.style.setProperty(FIT, `${fit}px`);
}

/** Measures the collapsed cover's box from now on (the previous box is gone with the last render). */
function measure(state: Mounted, box: Element | null): void {
  if (state.measured) fitObserver?.unobserve(state.measured);
  state.measured = box;
  if (box === null) {
    clearFit(state.host);
    return;
  }
  // No ResizeObserver (jsdom): no layout to fit either.
  if (typeof ResizeObserver !== "function") return;
  fitObserver ??= new ResizeObserver(fitCovers);
  fitObserver.observe(box);
}

/**
 * Covered or revealed, we are the host's first child: the warning is read before the post, and the "revealed"
 * bar sits inside the post at its top, as part of it. A label sits below the post it labels.
 */
function place(overlay: HTMLElement, host: Element, mode: OverlayMode): void {
  if (mode === "label") {
    if (host.lastElementChild !== overlay) host.append(overlay);
  } else if (host.firstElementChild !== overlay) {
    host.prepend(overlay);
  }
}

function render(overlay: HTMLElement, state: Mounted): void {
  const mode = modeOf(state);
  if (mode !== "revealed") state.post.removeAttribute(REVEALED);
  const { host } = state;
  const cover = mode === "cover";
  // Adapters give hosts in normal flow, so anchoring never moves one. No computed-style read here: on a feed it
  // forced a style recalculation per flagged post, the largest cost the browser benchmark found.
  host.toggleAttribute(HOST_ANCHOR, cover);
  host.toggleAttribute(HOST_BLUR, cover);
  host.toggleAttribute(HOST_EXPANDED, cover && state.whyOpen);
  host.toggleAttribute(HOST_BAR, mode === "revealed");
  overlay.setAttribute("data-mode", mode);
  overlay.toggleAttribute("data-expanded", state.whyOpen);
  place(overlay, host, mode);

  const root = overlay.shadowRoot;
  if (!root) return;
  root.querySelector(".box")?.remove();
  const box = renderOverlay({
    mode,
    verdict: state.verdict,
    site: state.options.site,
    allowReveal: state.options.allowReveal,
    whyOpen: state.whyOpen,
  });
  root.append(box);
  // Open, the explanation takes the post's place in the flow and needs no fit.
  measure(state, cover && !state.whyOpen ? box : null);
}

/** After a rebuild, focus goes where the reader's next step is, never back to the top of the page. */
const FOCUS_AFTER: Record<Exclude<OverlayAction, "learn">, OverlayAction> = { reveal: "hide", hide: "reveal", why: "why" };

function act(overlay: HTMLElement, action: OverlayAction): void {
  const state = mounted.get(overlay);
  if (!state) return;
  if (action !== "learn") {
    if (action === "reveal") state.post.setAttribute(REVEALED, "true");
    if (action === "hide") state.post.removeAttribute(REVEALED);
    if (action === "why") state.whyOpen = !state.whyOpen;
    render(overlay, state);
    overlay.shadowRoot?.querySelector<HTMLElement>(`[data-action="${FOCUS_AFTER[action]}"]`)?.focus();
  }
  for (const listener of listeners) listener({ type: action, post: state.post, verdict: state.verdict });
}

function createOverlay(): HTMLElement {
  const { host, root } = createShadowHost("second-look-overlay", MARKER, overlayCss, "light");
  root.addEventListener("click", (event) => {
    // Only a person acts here. The page can reach this open shadow root and call .click() on our buttons or
    // dispatch events at them, but those arrive untrusted; Enter and Space on a focused button click trusted.
    if (!event.isTrusted) return;
    const action = actionOf(event);
    if (action === "reveal" || action === "hide" || action === "why" || action === "learn") act(host, action);
  });
  if (live.size >= sweepAt) {
    for (const overlay of live) if (!overlay.isConnected) live.delete(overlay);
    sweepAt = Math.max(64, live.size * 2);
  }
  live.add(host);
  return host;
}

/**
 * Covers (or labels) a flagged post; `host` is where the overlay element goes (the adapter's overlayHost).
 * Calling it again updates the same overlay in place, keeping the reader's reveal and open explanation.
 */
export function showOverlay(post: Element, host: Element, verdict: Verdict, options: OverlayOptions): void {
  ensurePageStyle(host);
  let overlay = overlayOf(host);
  if (!overlay) {
    overlay = createOverlay();
    host.prepend(overlay);
  }
  setTheme(overlay, options.theme);
  const key = JSON.stringify([verdict, options.site, options.allowReveal, options.style]);
  const previous = mounted.get(overlay);
  if (previous?.key === key && previous.post === post) return;
  const state: Mounted = { post, host, verdict, options, key, whyOpen: previous?.whyOpen ?? false, measured: previous?.measured ?? null };
  mounted.set(overlay, state);
  render(overlay, state);
}

/** Takes the overlay off and gives the site its element back exactly as it was. */
export function removeOverlay(post: Element, host: Element): void {
  const overlay = overlayOf(host);
  if (overlay) {
    const state = mounted.get(overlay);
    if (state) measure(state, null);
    live.delete(overlay);
    mounted.delete(overlay);
    overlay.remove();
  }
  for (const attr of HOST_ATTRIBUTES) host.removeAttribute(attr);
  clearFit(host);
  post.removeAttribute(REVEALED);
}

/** Follows the site when it switches between light and dark. */
export function setOverlayTheme(theme: Theme): void {
  for (const overlay of live) setTheme(overlay, theme);
}
