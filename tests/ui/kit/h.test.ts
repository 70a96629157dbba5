// @vitest-environment jsdom
import { describe, expect, it } from "vitest";
import { h } from "../../../src/ui/kit/h.ts";

describe("h", () => {
  it("sets attributes: strings and numbers as given, true as empty, false/null/undefined left out", () => {
    const el = h("button", { type: "button", tabindex: 0, disabled: true, hidden: false, title: null, id: undefined });
    expect(el.getAttribute("type")).toBe("button");
    expect(el.getAttribute("tabindex")).toBe("0");
    expect(el.getAttribute("disabled")).toBe("");
    expect(el.getAttributeNames().sort()).toEqual(["disabled", "tabindex", "type"]);
  });

  it("appends elements and strings in order, skipping empty children", () => {
    const el = h("p", {}, ["a ", h("q", {}, ["b"]), null, false, undefined, " c"]);
    expect(el.childNodes).toHaveLength(3);
    expect(el.textContent).toBe("a b c");
    expect(el.querySelector("q")?.textContent).toBe("b");
  });

  it("turns markup in strings into inert text", () => {
    const hostile = '<img src=x onerror="window.__pwned=1">';
    const el = h("span", {}, [hostile]);
    expect(el.children).toHaveLength(0);
    expect(el.textContent).toBe(hostile);
    expect(el.firstChild?.nodeType).toBe(Node.TEXT_NODE);
  });
});
