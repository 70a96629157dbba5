// @vitest-environment jsdom
import { describe, expect, it } from "vitest";
import { readText, tidy } from "../../../src/sites/common/text.ts";

function fragment(build: (root: HTMLElement) => void): HTMLElement {
  const root = document.createElement("div");
  build(root);
  return root;
}
const el = (tag: string, ...children: Array<Node | string>): HTMLElement => {
  const node = document.createElement(tag);
  node.append(...children);
  return node;
};

describe("readText", () => {
  it("reads emoji images by alt, breaks lines at paragraphs and br, keeps divs inline", () => {
    const img = document.createElement("img");
    img.alt = "🔞";
    const root = fragment((r) => r.append(el("p", "leaked ", img, " now", el("br"), "second"), el("p", "hi ", el("div", el("span", "@mia")), " there")));
    expect(readText(root)).toBe("leaked 🔞 now\nsecond\nhi @mia there");
  });

  it("skips scripts and styles and applies the rewrite", () => {
    const a = el("a", "https://", "t.me/x", "…");
    const root = fragment((r) => r.append(el("style", "p{}"), el("span", "go "), a, el("script", "x()")));
    expect(readText(root, (node) => (node === a ? "t.me/x" : null))).toBe("go t.me/x");
  });
});

describe("tidy", () => {
  it("collapses indentation and blank lines but keeps zero-width no-break spaces inside words", () => {
    expect(tidy("  a b \n\n\n  c  ")).toBe("a b\nc");
    expect(tidy("l\uFEFFeak")).toBe("l\uFEFFeak");
  });

  it("keeps a wider gap inside a line as two spaces, where spaced-out bait ends a word", () => {
    expect(tidy("f u l l   l e a k")).toBe("f u l l  l e a k");
    expect(tidy("a \t\u00a0 b")).toBe("a  b");
  });
});
