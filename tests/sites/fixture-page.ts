import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeEach } from "vitest";
import type { ShareTarget, SiteAdapter } from "../../src/sites/adapter.ts";

const FIXTURES = join(import.meta.dirname, "../../fixtures/sites");

/**
 * Puts a fixture page into the test's jsdom document and runs its page scripts in order, as the browser would
 * (DOMParser-inserted scripts do not run by themselves).
 */
export function loadFixture(site: "x" | "reddit" | "old-reddit", page: string): void {
  const dir = join(FIXTURES, site);
  const parsed = new DOMParser().parseFromString(readFileSync(join(dir, page), "utf8"), "text/html");
  document.replaceChild(document.adoptNode(parsed.documentElement), document.documentElement);
  for (const script of document.querySelectorAll("script[src]")) {
    const source = readFileSync(join(dir, script.getAttribute("src") ?? ""), "utf8");
    // The fixture scripts are classic page scripts: run them in the page's global scope.
    new Function(source)();
  }
}

/** Puts a small page of markup in the body, for the edges of reading that the captured fixtures do not show. */
export function markupPage(html: string): void {
  const parsed = new DOMParser().parseFromString(`<body>${html}</body>`, "text/html");
  document.body.replaceWith(document.adoptNode(parsed.body));
}

/** The element the selector finds, or a test failure that names it. */
export function elementAt(selector: string): Element {
  const found = document.querySelector(selector);
  if (found === null) throw new Error(`no ${selector}`);
  return found;
}

/** What the fixture's own handlers recorded (window.__siteActions). */
export function siteActions(): string[] {
  return (window as unknown as { __siteActions: string[] }).__siteActions;
}

export function click(target: Element): void {
  target.dispatchEvent(new MouseEvent("click", { bubbles: true, composed: true, cancelable: true }));
}

/**
 * What the adapter makes of each click in the describe block that calls this, in order. The listener captures so it
 * sees the click before any page handler can stop it; adapter is a getter because tests create their adapter after
 * loading their page.
 */
export function recordShareTargets(adapter: () => SiteAdapter): Array<ShareTarget | null> {
  const targets: Array<ShareTarget | null> = [];
  const listen = (event: Event): void => {
    targets.push(adapter().shareTargetOf(event));
  };
  beforeEach(() => {
    targets.length = 0;
    document.addEventListener("click", listen, true);
  });
  afterEach(() => document.removeEventListener("click", listen, true));
  return targets;
}
