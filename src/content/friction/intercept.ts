import type { ShareAction, SiteAdapter } from "../../sites/adapter.ts";
import type { Theme } from "../../ui/kit/shadow-root.ts";
import { askBeforeSharing, type Decision } from "./dialog.ts";

export interface FrictionHooks {
  isFlagged(post: Element): boolean;
  countdownSeconds(): number;
  theme(): Theme;
  /** Statistics: what the reader chose. */
  onDecision?(decision: Decision, action: ShareAction): void;
}

/**
 * What an event means for a share control. Sites whose controls act on keys rather than clicks (X's menu items)
 * are covered too: Enter acts on press; Space acts on release, so the dialog opens on release, or the release
 * would land on "Don't share".
 */
function effectOf(event: Event): "ask" | "block" | null {
  if (event.type === "click") return "ask";
  if (!(event instanceof KeyboardEvent)) return null;
  if (event.key === "Enter") return event.type === "keydown" ? "ask" : null;
  if (event.key === " ") return event.type === "keyup" ? "ask" : "block";
  return null;
}

/** How long a "Share anyway" also covers the menu it opened (X's Copy link, Repost confirm). */
export const FOLLOW_UP_MS = 30_000;

/**
 * Puts the pause dialog between a flagged post's share controls and the site. One capture listener on window
 * runs before any of the site's (on the element, document, body or React's root), so a flagged share is
 * stopped there; "Share anyway" replays it with a one-shot bypass so the site's action runs exactly once.
 * Returns the uninstaller.
 */
export function installShareFriction(adapter: SiteAdapter, hooks: FrictionHooks): () => void {
  let bypass: HTMLElement | null = null;
  let asking = false;
  // After "Share anyway" on a menu button, the reader's next pick in that menu is the same decision: asking
  // twice for one share would only teach people to click through. One pick, on another control, soon after.
  let followUp: { post: Element; replayed: HTMLElement; until: number } | null = null;

  const intercept = (event: Event): void => {
    const effect = effectOf(event);
    if (!effect) return;
    const target = adapter.shareTargetOf(event);
    if (!target || target.control === bypass || !hooks.isFlagged(target.post)) return;
    if (followUp && followUp.post === target.post && followUp.replayed !== target.control && Date.now() < followUp.until) {
      if (effect === "ask") followUp = null;
      return;
    }
    event.preventDefault();
    event.stopImmediatePropagation();
    if (asking || effect === "block") return;
    asking = true;
    void askBeforeSharing({
      action: target.action,
      site: adapter.site,
      theme: hooks.theme(),
      countdownSeconds: hooks.countdownSeconds(),
    }).then((decision) => {
      asking = false;
      hooks.onDecision?.(decision, target.action);
      if (decision !== "share" || !target.control.isConnected) return;
      followUp = { post: target.post, replayed: target.control, until: Date.now() + FOLLOW_UP_MS };
      bypass = target.control;
      try {
        target.control.click();
      } finally {
        bypass = null;
      }
    });
  };

  const types = ["click", "keydown", "keyup"];
  for (const type of types) window.addEventListener(type, intercept, true);
  return () => {
    for (const type of types) window.removeEventListener(type, intercept, true);
  };
}
