// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from "vitest";
import { createPostFinder } from "../../../src/content/scan/post-finder.ts";

const findPosts = (root: ParentNode) => [...(root instanceof Element && root.matches("[data-post]") ? [root] : []), ...root.querySelectorAll("[data-post]")];

function feed(count: number): HTMLElement[] {
  const posts = Array.from({ length: count }, (_, i) => {
    const el = document.createElement("div");
    el.setAttribute("data-post", String(i));
    el.append(document.createElement("p"));
    return el;
  });
  document.body.append(...posts);
  return posts;
}

/** Runs steps until none is left, recording what went to judge. */
function drain(finder: ReturnType<typeof createPostFinder>): Element[] {
  const judged: Element[] = [];
  while (finder.step((post) => judged.push(post)));
  return judged;
}

beforeEach(() => document.body.replaceChildren());

describe("the post finder", () => {
  it("finds each post under a root once, and has nothing left after", () => {
    const posts = feed(3);
    const finder = createPostFinder({ findPosts });
    finder.add(document.body);
    finder.add(document.body);
    expect(finder.waiting).toBe(1);
    expect(drain(finder)).toEqual(posts);
    expect(finder.waiting).toBe(0);
  });

  it("traces a change deep inside a post it found to that post, and ignores changes elsewhere", () => {
    const [first] = feed(2);
    const finder = createPostFinder({ findPosts });
    finder.add(document.body);
    drain(finder);
    const outside = document.createElement("span");
    document.body.append(outside);
    finder.touch(first?.querySelector("p") as Element);
    finder.touch(outside);
    expect(drain(finder)).toEqual([first]);
  });

  it("skips what left the page before its turn", () => {
    const [first, second] = feed(2);
    const finder = createPostFinder({ findPosts });
    finder.add(document.body);
    finder.step(() => undefined); // the root: both posts are now found
    first?.remove();
    expect(drain(finder)).toEqual([second]);
  });

  it("does one small step at a time, so a deadline can fall between any two", () => {
    feed(2);
    const finder = createPostFinder({ findPosts });
    finder.add(document.body);
    const judged: Element[] = [];
    expect(finder.step((post) => judged.push(post))).toBe(true);
    expect(judged).toEqual([]);
    expect(finder.step((post) => judged.push(post))).toBe(true);
    expect(judged).toHaveLength(1);
  });
});
