// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { installShareFriction } from "../../../src/content/friction/intercept.ts";
import type { ShareAction, SiteAdapter } from "../../../src/sites/adapter.ts";
import { setMessageLookup } from "../../../src/ui/kit/i18n.ts";
import { lookupFor } from "../../ui/messages.ts";
import { QUIET_SURFACES } from "../../sites/quiet-surfaces.ts";
import { userClick, userKey } from "../user-input.ts";

/** Resolves share targets the way the real adapters do: from the composed path, through open shadow roots. */
const fakeAdapter: SiteAdapter = {
  site: "x",
  handles: () => true,
  findPosts: () => [],
  read: () => null,
  overlayHost: (post) => post,
  theme: () => "light",
  ...QUIET_SURFACES,
  shareTargetOf(event) {
    const path = event.composedPath().filter((node): node is HTMLElement => node instanceof HTMLElement);
    const control = path.find((el) => el.hasAttribute("data-share"));
    const post = path.find((el) => el.hasAttribute("data-post"));
    return control && post ? { post, control, action: "repost" } : null;
  },
};

let counts: { element: number; document: number };
let uninstall: () => void;
let decisions: [string, ShareAction][];
const countOnDocument = (event: Event) => {
  if ((event.target as Element).closest?.("[data-post]")) counts.document += 1;
};

/** A post whose share button has the site's own click handler, on the element and on the document. */
function fixture(flagged: boolean, inShadow = false): HTMLButtonElement {
  const post = document.createElement("article");
  post.setAttribute("data-post", "");
  post.setAttribute("data-flagged", String(flagged));
  const control = document.createElement("button");
  control.setAttribute("data-share", "");
  control.textContent = "Repost";
  control.addEventListener("click", () => (counts.element += 1));
  if (inShadow) {
    const shareButton = document.createElement("share-button");
    shareButton.attachShadow({ mode: "open" }).append(control);
    post.append(shareButton);
  } else post.append(control);
  document.body.append(post);
  return control;
}

const frictionHost = () => document.querySelector("[data-second-look-friction]");
const dialogRoot = () => {
  const root = frictionHost()?.shadowRoot;
  if (!root) throw new Error("no friction dialog");
  return root;
};
const action = (name: string) => dialogRoot().querySelector<HTMLButtonElement>(`[data-action="${name}"]`);
/** A person's key press (our dialog ignores a page script's synthetic keys). */
const press = (target: Element, key: string, init: KeyboardEventInit = {}, type: "keydown" | "keyup" = "keydown") => userKey(target, key, type, init);
/** Lets the decision's promise callbacks run. */
const settle = async () => {
  for (let i = 0; i < 5; i += 1) await Promise.resolve();
};

beforeEach(() => {
  vi.useFakeTimers();
  setMessageLookup(lookupFor("en"));
  counts = { element: 0, document: 0 };
  decisions = [];
  document.addEventListener("click", countOnDocument);
  uninstall = installShareFriction(fakeAdapter, {
    isFlagged: (post) => post.getAttribute("data-flagged") === "true",
    countdownSeconds: () => 3,
    theme: () => "dark",
    onDecision: (decision, shareAction) => decisions.push([decision, shareAction]),
  });
});

afterEach(() => {
  uninstall();
  document.removeEventListener("click", countOnDocument);
  document.body.replaceChildren();
  setMessageLookup(null);
  vi.useRealTimers();
});

describe("installShareFriction", () => {
  it("stops a flagged share before any site handler and opens an accessible dialog", () => {
    fixture(true).click();
    expect(counts).toEqual({ element: 0, document: 0 });
    const dialog = dialogRoot().querySelector('[role="dialog"]');
    expect(dialog?.getAttribute("aria-modal")).toBe("true");
    const title = dialogRoot().getElementById(dialog?.getAttribute("aria-labelledby") ?? "");
    const description = dialogRoot().getElementById(dialog?.getAttribute("aria-describedby") ?? "");
    expect(title?.textContent).toBe("Pause before you share");
    expect(description?.textContent).toContain("unverified");
    expect(description?.textContent).toContain("without the consent");
    expect(description?.textContent).toContain("hurt a real person");
    expect(description?.textContent).toContain("repost");
    expect(frictionHost()?.getAttribute("data-theme")).toBe("dark");
  });

  it("cancel leaves the page as it was and gives focus back to the control", async () => {
    const control = fixture(true);
    control.focus();
    control.click();
    expect(dialogRoot().activeElement).toBe(action("cancel"));
    userClick(action("cancel") as Element);
    await settle();
    expect(frictionHost()).toBeNull();
    expect(counts).toEqual({ element: 0, document: 0 });
    expect(document.activeElement).toBe(control);
    expect(decisions).toEqual([["cancel", "repost"]]);
  });

  it("Esc cancels", async () => {
    fixture(true).click();
    press(action("cancel") as Element, "Escape");
    await settle();
    expect(frictionHost()).toBeNull();
    expect(counts).toEqual({ element: 0, document: 0 });
  });

  it("keeps Share anyway disabled with a visible countdown, then lets the site act exactly once", async () => {
    fixture(true).click();
    const share = action("share-anyway");
    const status = dialogRoot().querySelector('[aria-live="polite"]');
    expect(share?.disabled).toBe(true);
    expect(share?.textContent).toBe("Share anyway (3)");
    userClick(share as Element);
    await settle();
    expect(frictionHost()).not.toBeNull();
    expect(counts.element).toBe(0);

    vi.advanceTimersByTime(1000);
    expect(share?.textContent).toBe("Share anyway (2)");
    expect(status?.textContent).toBe("");
    vi.advanceTimersByTime(2000);
    expect(share?.disabled).toBe(false);
    expect(share?.textContent).toBe("Share anyway");
    expect(status?.textContent).toBe("You can share now.");

    userClick(share as Element);
    await settle();
    expect(frictionHost()).toBeNull();
    expect(counts).toEqual({ element: 1, document: 1 });
    expect(decisions).toEqual([["share", "repost"]]);
  });

  it("asks again on the next share: the bypass lasts one replay", async () => {
    const control = fixture(true);
    control.click();
    vi.advanceTimersByTime(3000);
    userClick(action("share-anyway") as Element);
    await settle();
    control.click();
    expect(frictionHost()).not.toBeNull();
    expect(counts.element).toBe(1);
  });

  it("lets the pick in the menu that Share anyway opened through once, then asks again", async () => {
    const control = fixture(true);
    const menuItem = control.parentElement?.appendChild(document.createElement("button")) as HTMLButtonElement;
    menuItem.setAttribute("data-share", "");
    menuItem.addEventListener("click", () => (counts.element += 1));
    control.click();
    vi.advanceTimersByTime(3000);
    userClick(action("share-anyway") as Element);
    await settle();
    frictionHost()?.remove();
    menuItem.click();
    expect(frictionHost()).toBeNull();
    expect(counts.element).toBe(2);
    menuItem.click();
    expect(frictionHost()).not.toBeNull();
    expect(counts.element).toBe(2);
  });

  it("asks for the menu again once the follow-up window has passed", async () => {
    const control = fixture(true);
    const menuItem = control.parentElement?.appendChild(document.createElement("button")) as HTMLButtonElement;
    menuItem.setAttribute("data-share", "");
    control.click();
    vi.advanceTimersByTime(3000);
    userClick(action("share-anyway") as Element);
    await settle();
    frictionHost()?.remove();
    vi.advanceTimersByTime(31_000);
    menuItem.click();
    expect(frictionHost()).not.toBeNull();
  });

  it("traps Tab and Shift+Tab inside the dialog", () => {
    fixture(true).click();
    const cancel = action("cancel") as HTMLButtonElement;
    press(cancel, "Tab");
    expect(dialogRoot().activeElement).toBe(cancel); // the only enabled stop during the countdown
    vi.advanceTimersByTime(3000);
    const share = action("share-anyway") as HTMLButtonElement;
    press(cancel, "Tab");
    expect(dialogRoot().activeElement).toBe(share);
    press(share, "Tab");
    expect(dialogRoot().activeElement).toBe(cancel);
    press(cancel, "Tab", { shiftKey: true });
    expect(dialogRoot().activeElement).toBe(share);
  });

  it("brings focus back when it escapes to the page", () => {
    const elsewhere = document.body.appendChild(document.createElement("button"));
    fixture(true).click();
    elsewhere.focus();
    expect(document.activeElement).toBe(frictionHost());
    expect(dialogRoot().activeElement).toBe(action("cancel"));
  });

  it("enables Share anyway at once with a zero countdown", () => {
    uninstall();
    uninstall = installShareFriction(fakeAdapter, { isFlagged: () => true, countdownSeconds: () => 0, theme: () => "light" });
    fixture(true).click();
    expect(action("share-anyway")?.disabled).toBe(false);
    expect(action("share-anyway")?.textContent).toBe("Share anyway");
  });

  it("lets clicks on unflagged posts through untouched", () => {
    fixture(false).click();
    expect(frictionHost()).toBeNull();
    expect(counts).toEqual({ element: 1, document: 1 });
  });

  it("opens one dialog at a time", () => {
    const control = fixture(true);
    control.click();
    control.click();
    expect(document.querySelectorAll("[data-second-look-friction]")).toHaveLength(1);
    expect(counts.element).toBe(0);
  });

  it("works for a control inside an open shadow root", async () => {
    const control = fixture(true, true);
    control.click();
    expect(frictionHost()).not.toBeNull();
    expect(counts.element).toBe(0);
    vi.advanceTimersByTime(3000);
    userClick(action("share-anyway") as Element);
    await settle();
    expect(counts.element).toBe(1);
  });

  it("catches keyboard activation: Enter on press, Space on release", async () => {
    const control = fixture(true);
    press(control, "Enter");
    expect(frictionHost()).not.toBeNull();
    press(action("cancel") as Element, "Escape");
    await settle();

    expect(press(control, " ")).toBe(false); // blocked, no dialog yet: the release would land on it
    expect(frictionHost()).toBeNull();
    press(control, " ", {}, "keyup");
    expect(frictionHost()).not.toBeNull();
    expect(counts.element).toBe(0);
  });

  it("stops asking once uninstalled", () => {
    uninstall();
    fixture(true).click();
    expect(frictionHost()).toBeNull();
    expect(counts.element).toBe(1);
  });
});
