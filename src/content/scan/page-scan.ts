import type { SiteAdapter } from "../../sites/adapter.ts";
import type * as overlayModule from "../overlay/index.ts";
import type { ScanSettings } from "./options.ts";
import { createScanner, type ScannerDeps } from "./scanner.ts";
import type { SliceClock } from "./slices.ts";
import { whenChanged } from "./when-changed.ts";

/** The overlay module's surface, injected so the scan is tested without it. */
export type OverlayPort = Pick<typeof overlayModule, "showOverlay" | "removeOverlay" | "setOverlayTheme">;

export interface PageScanDeps {
  adapter: SiteAdapter;
  evaluate: ScannerDeps["evaluate"];
  overlay: OverlayPort;
  settings: Pick<ScanSettings, "allowReveal" | "style">;
  clock: SliceClock;
  window: Window;
  covered?: ScannerDeps["covered"];
}

/**
 * Attributes whose change can mean an element now shows another post (a recycled cell's status link, a
 * re-rendered emoji) without its children changing. Our own data-second-look* attributes stay out: watching
 * them would make every verdict trigger another scan.
 */
export const WATCHED_ATTRIBUTES = ["href", "id", "alt"];

/** Location and theme are read again at this pace when no mutation prompts it. */
export const TICK_MS = 1_000;

/**
 * Scans a page and keeps scanning it: one MutationObserver for added posts and changes inside known ones,
 * a rescan when the single-page app navigates, and overlays that follow the site's theme.
 */
export function scanPage({ adapter, evaluate, overlay, settings, clock, window, covered }: PageScanDeps) {
  const doc = window.document;
  let theme = adapter.theme(doc);
  const scanner = createScanner({
    adapter,
    evaluate,
    clock,
    covered,
    show: (post, verdict) =>
      overlay.showOverlay(post, adapter.overlayHost(post), verdict, {
        site: adapter.site,
        theme,
        allowReveal: settings.allowReveal,
        style: settings.style,
      }),
    hide: (post) => overlay.removeOverlay(post, adapter.overlayHost(post)),
  });

  // Navigation swaps content mostly through mutations, but also flips attributes we do not watch: rescan all.
  const checkLocation = whenChanged(() => window.location.href, () => scanner.add(doc));
  const checkTheme = whenChanged(
    () => adapter.theme(doc),
    (next) => {
      theme = next;
      overlay.setOverlayTheme(next);
    },
  );

  const observer = new MutationObserver((records) => {
    for (const record of records) {
      if (record.type === "childList") record.addedNodes.forEach((node) => scanner.add(node));
      scanner.touch(record.target);
    }
    checkLocation();
  });
  observer.observe(doc, {
    childList: true,
    subtree: true,
    characterData: true,
    attributes: true,
    attributeFilter: WATCHED_ATTRIBUTES,
  });
  window.addEventListener("popstate", checkLocation);
  const tick = window.setInterval(() => {
    checkLocation();
    checkTheme();
  }, TICK_MS);
  scanner.add(doc);

  return {
    /** The site's theme as last seen, for the share-friction dialog. */
    theme: () => theme,
    stop() {
      observer.disconnect();
      window.removeEventListener("popstate", checkLocation);
      window.clearInterval(tick);
      scanner.stop();
    },
    /** Stops watching the page for good, showing posts that still wait for a verdict as unjudged (Scanner.abandon). */
    abandon() {
      this.stop();
      scanner.abandon();
    },
  };
}
