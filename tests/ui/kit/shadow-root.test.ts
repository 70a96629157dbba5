// @vitest-environment jsdom
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { setMessageLookup } from "../../../src/ui/kit/i18n.ts";
import { actionOf, createShadowHost, setTheme } from "../../../src/ui/kit/shadow-root.ts";
import { ROOT, lookupFor } from "../messages.ts";

afterEach(() => {
  setMessageLookup(null);
  document.body.replaceChildren();
});

describe("createShadowHost", () => {
  it("makes a marked custom-tag host with an open shadow root holding base and own styles", () => {
    setMessageLookup(lookupFor("es"));
    const { host, root } = createShadowHost("test-host", "data-test-marker", ".own { color: red }", "dark");
    expect(host.localName).toBe("test-host");
    expect(host.hasAttribute("data-test-marker")).toBe(true);
    expect(host.shadowRoot).toBe(root);
    expect(root.mode).toBe("open");
    expect(host.getAttribute("lang")).toBe("es");
    // Vitest blanks imported stylesheets (even ?raw), so only our own text is visible here; shadow-base.css is read below.
    expect(root.querySelector("style")?.textContent).toContain(".own { color: red }");
    expect(host.getAttribute("data-theme")).toBe("dark");
    setTheme(host, "light");
    expect(host.getAttribute("data-theme")).toBe("light");
  });

  it("keeps clicks and keys inside our UI from reaching the site's listeners", () => {
    const { host, root } = createShadowHost("test-host", "data-test-marker", "", "light");
    const button = document.createElement("button");
    root.append(button);
    const post = document.createElement("article");
    post.append(host);
    document.body.append(post);
    const seen: string[] = [];
    for (const type of ["click", "keydown"]) {
      post.addEventListener(type, () => seen.push(`post:${type}`));
      document.addEventListener(type, () => seen.push(`document:${type}`));
    }
    let ours = 0;
    root.addEventListener("click", () => (ours += 1));
    button.click();
    button.dispatchEvent(new KeyboardEvent("keydown", { key: "Enter", bubbles: true, composed: true }));
    expect(ours).toBe(1);
    expect(seen).toEqual([]);
  });
});

describe("common.css and shadow-base.css", () => {
  const common = readFileSync(join(ROOT, "src/ui/kit/common.css"), "utf8");
  const base = readFileSync(join(ROOT, "src/ui/kit/shadow-base.css"), "utf8");
  const page = readFileSync(join(ROOT, "src/ui/options/page.css"), "utf8");

  it("define every colour token once, for both themes, for our pages and our shadow roots alike", () => {
    const palette = common.slice(common.indexOf(":root,\n:host {"), common.indexOf("}"));
    const colours = [...palette.matchAll(/(--sl-[a-z-]+):\s*([^;]+);/g)].filter(([, name]) => name !== "--sl-radius");
    expect(colours.length).toBeGreaterThan(10);
    for (const [, name, value] of colours) expect(value, name).toMatch(/^light-dark\(/);
    // Nothing else defines a token: one palette.
    for (const css of [base, page]) expect(css).not.toMatch(/--sl-[a-z-]+:/);
    expect(page).toContain('@import "../kit/common.css"');
  });

  it("switch the colour scheme with the site's theme, reset inherited site styles, show focus rings and honour reduced motion", () => {
    expect(base).toMatch(/:host \{\s*all: initial;\s*color-scheme: light;/);
    expect(base).toMatch(/:host\(\[data-theme="dark"\]\) \{\s*color-scheme: dark;/);
    expect(page).toMatch(/:root \{\s*color-scheme: light dark;/);
    expect(common).toContain(":focus-visible");
    expect(common).toMatch(/@media \(prefers-reduced-motion: reduce\)[\s\S]*transition: none/);
  });
});

describe("actionOf", () => {
  it("names the data-action of the control an event came from, through inner elements", () => {
    const { root } = createShadowHost("test-host", "data-test-marker", "", "light");
    const icon = document.createElement("span");
    const button = document.createElement("button");
    button.setAttribute("data-action", "why");
    button.append(icon);
    const plain = document.createElement("p");
    root.append(button, plain);
    const seen: (string | null)[] = [];
    root.addEventListener("click", (event) => seen.push(actionOf(event)));
    icon.click();
    plain.click();
    expect(seen).toEqual(["why", null]);
  });
});
