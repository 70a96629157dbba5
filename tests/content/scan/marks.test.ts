// @vitest-environment jsdom
import { describe, expect, it, vi } from "vitest";
import { createMarks, ERROR_ATTR, STATE_ATTR } from "../../../src/content/scan/marks.ts";
import type { Verdict } from "../../../src/rules/schema/verdict.ts";
import { FLAG, OK } from "../../background/evaluate/verdicts.ts";

function setUp(covered: Element[] = []) {
  const covers = { show: vi.fn<(post: Element, verdict: Verdict) => void>(), hide: vi.fn<(post: Element) => void>() };
  return { covers, marks: createMarks(covers, covered) };
}

describe("the marks on post elements", () => {
  it("covers a flagged post once, and uncovers it when the same element turns out ok", () => {
    const el = document.createElement("div");
    const { covers, marks } = setUp();
    marks.mark(el, FLAG);
    expect(el.getAttribute(STATE_ATTR)).toBe("flag");
    expect(covers.show).toHaveBeenCalledTimes(1);
    marks.mark(el, OK);
    expect(el.getAttribute(STATE_ATTR)).toBe("ok");
    expect(covers.hide).toHaveBeenCalledWith(el);
  });

  it("shows a post it could get no verdict for, marked unavailable, and keeps an earlier scan's cover while pending", () => {
    const el = document.createElement("div");
    const { covers, marks } = setUp([el]);
    marks.pending(el);
    expect(el.getAttribute(STATE_ATTR)).toBe("pending");
    expect(covers.hide).not.toHaveBeenCalled();
    marks.mark(el, null);
    expect([el.getAttribute(STATE_ATTR), el.getAttribute(ERROR_ATTR)]).toEqual(["ok", "unavailable"]);
    expect(covers.hide).toHaveBeenCalledWith(el);
  });

  it("applies an answer only to an element that still shows the post asked about", () => {
    const kept = document.createElement("div");
    const recycled = document.createElement("div");
    const { marks } = setUp();
    expect(marks.showAs(kept, "1\na")).toBe(true);
    expect(marks.showAs(kept, "1\na")).toBe(false);
    marks.showAs(recycled, "2\nb");
    marks.answer(kept, "1\na", OK);
    marks.answer(recycled, "2\nb", FLAG);
    marks.showAs(recycled, "3\nc");
    expect(marks.waiting).toBe(2);
    marks.applyWhile(() => true);
    expect(marks.waiting).toBe(0);
    expect(kept.getAttribute(STATE_ATTR)).toBe("ok");
    expect(recycled.hasAttribute(STATE_ATTR)).toBe(false);
  });

  it("stops applying answers when told, keeping the rest for the next slice", () => {
    const els = [document.createElement("div"), document.createElement("div")];
    const { marks } = setUp();
    els.forEach((el, i) => {
      marks.showAs(el, `${i}`);
      marks.answer(el, `${i}`, OK);
    });
    let budget = 1;
    marks.applyWhile(() => budget-- > 0);
    expect(els.map((el) => el.getAttribute(STATE_ATTR))).toEqual(["ok", null]);
    expect(marks.waiting).toBe(1);
  });

  it("forgets an element that shows no post any more: no mark, no cover", () => {
    const el = document.createElement("div");
    const { covers, marks } = setUp();
    marks.showAs(el, "1\na");
    marks.mark(el, FLAG);
    marks.forget(el);
    expect(el.hasAttribute(STATE_ATTR)).toBe(false);
    expect(covers.hide).toHaveBeenCalledWith(el);
    expect(marks.showAs(el, "1\na")).toBe(true);
  });
});
