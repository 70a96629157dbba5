// @vitest-environment jsdom
// @vitest-environment-options {"url": "https://x.com/search?q=emma%20leak&src=typed_query"}
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { SEARCH_MARKER, SEARCH_TICK_MS, TREND_MARKER, watchSearches } from "../../../src/content/search/watch.ts";
import { setMessageLookup } from "../../../src/ui/kit/i18n.ts";
import { createXAdapter } from "../../../src/sites/x/adapter.ts";
import { loadFixture } from "../../sites/fixture-page.ts";
import { lookupFor } from "../../ui/messages.ts";
import { userClick } from "../user-input.ts";

const RESULTS = '[data-testid="primaryColumn"] section[role="region"]';
/** Stands in for the worker: the queries that mention a leak look for one. */
const judge = vi.fn(async (queries: string[]) => queries.map((q) => q.includes("leak")));
const openLearn = vi.fn();
let stop: (() => void) | null = null;

const notices = () => [...document.querySelectorAll(`[${SEARCH_MARKER}]`)];
const notice = () => {
  const [only] = notices();
  if (!only?.shadowRoot) throw new Error("no search notice");
  return only.shadowRoot;
};
const button = (action: string) => notice().querySelector<HTMLElement>(`[data-action="${action}"]`) as HTMLElement;

function watch() {
  stop = watchSearches({ adapter: createXAdapter(), window, judge, openLearn });
}

async function tick(times = 1) {
  for (let i = 0; i < times; i++) await vi.advanceTimersByTimeAsync(SEARCH_TICK_MS);
}

function search(q: string) {
  history.pushState(null, "", `/search?q=${encodeURIComponent(q)}&src=typed_query`);
}

beforeEach(() => {
  vi.useFakeTimers();
  setMessageLookup(lookupFor("en"));
  loadFixture("x", "surfaces-search.html");
  search("emma leak");
  judge.mockClear();
  openLearn.mockClear();
});
afterEach(() => {
  stop?.();
  stop = null;
  setMessageLookup(null);
  vi.useRealTimers();
});

describe("search notice", () => {
  it("puts one calm, labelled note right above results that look for a leak, and leaves the results visible", async () => {
    watch();
    await tick();
    expect(judge).toHaveBeenCalledWith(["emma leak"]);
    expect(notices()).toHaveLength(1);
    expect(notices()[0]?.nextElementSibling).toBe(document.querySelector(RESULTS));
    const note = notice().querySelector('[role="note"]');
    expect(note?.getAttribute("aria-label")).toBe("Second Look: about this search");
    expect(note?.textContent).toContain("Searches like this mostly lead to scams");
    expect(note?.textContent).toContain("a real person who did not agree");
    // Nothing of the reader's search goes into our UI.
    expect(note?.textContent).not.toContain("emma");
    expect(document.querySelectorAll('article[data-testid="tweet"]')).toHaveLength(3);
  });

  it("says nothing on a search that looks for no leak, nor off the search page", async () => {
    search("emma new album");
    watch();
    await tick(2);
    expect(notices()).toHaveLength(0);
    history.pushState(null, "", "/home?q=emma%20leak");
    await tick(2);
    expect(notices()).toHaveLength(0);
  });

  it("is dismissed for this query by the reader, and comes back for another query", async () => {
    watch();
    await tick();
    userClick(button("dismiss"));
    expect(notices()).toHaveLength(0);
    await tick(3);
    expect(notices()).toHaveLength(0);
    search("maya leaked pics");
    await tick();
    expect(notices()).toHaveLength(1);
  });

  it("ignores a page script's clicks on its buttons", async () => {
    watch();
    await tick();
    button("dismiss").click();
    button("learn").click();
    expect(notices()).toHaveLength(1);
    expect(openLearn).not.toHaveBeenCalled();
    userClick(button("learn"));
    expect(openLearn).toHaveBeenCalledOnce();
  });

  it("stays one note across single-page navigation, asks once per query, and is put back once when the site re-renders", async () => {
    watch();
    await tick();
    const first = notices()[0];
    search("emma leak pics");
    await tick(3);
    search("emma leak");
    await tick(3);
    expect(notices()).toEqual([first]);
    expect(judge.mock.calls.flat(2)).toEqual(["emma leak", "emma leak pics"]);
    // X replaces the column's children: the note goes with them and comes back once, before the new results.
    const column = document.querySelector('[data-testid="primaryColumn"]') as HTMLElement;
    const results = document.querySelector(RESULTS) as HTMLElement;
    column.replaceChildren(results.cloneNode(true));
    await tick(3);
    expect(notices()).toHaveLength(1);
    expect(notices()[0]?.nextElementSibling).toBe(document.querySelector(RESULTS));
  });

  it("follows the site's light and dark theme", async () => {
    watch();
    await tick();
    expect(notices()[0]?.getAttribute("data-theme")).toBe("light");
    document.body.style.backgroundColor = "rgb(0, 0, 0)";
    await tick();
    expect(notices()[0]?.getAttribute("data-theme")).toBe("dark");
  });

  it("asks again on the next tick when the worker did not answer", async () => {
    judge.mockRejectedValueOnce(new Error("no worker"));
    watch();
    await vi.advanceTimersByTimeAsync(SEARCH_TICK_MS - 1);
    expect(notices()).toHaveLength(0);
    expect(judge).toHaveBeenCalledOnce();
    await tick();
    expect(judge).toHaveBeenCalledTimes(2);
    expect(notices()).toHaveLength(1);
  });

  it("labels the trends that look for a leak, once, and leaves the others alone", async () => {
    const trend = (name: string) => {
      const cell = document.createElement("div");
      cell.setAttribute("data-testid", "trend");
      for (const line of ["Trending in Music", name, "12.3K posts"]) {
        const div = document.createElement("div");
        div.setAttribute("dir", "ltr");
        div.append(Object.assign(document.createElement("span"), { textContent: line }));
        cell.append(div);
      }
      return cell;
    };
    const bait = trend("Emma leak");
    const other = trend("Emma new album");
    document.body.append(bait, other);
    watch();
    await tick(3);
    const labels = bait.querySelectorAll(`[${TREND_MARKER}]`);
    expect(labels).toHaveLength(1);
    expect(labels[0]?.shadowRoot?.textContent).toContain("Looks for a person's private images");
    expect(other.querySelector(`[${TREND_MARKER}]`)).toBeNull();
    expect(judge).toHaveBeenCalledWith(["emma leak", "Trending in Music\nEmma leak\n12.3K posts", "Trending in Music\nEmma new album\n12.3K posts"]);
    stop?.();
    stop = null;
    expect(bait.querySelector(`[${TREND_MARKER}]`)).toBeNull();
    expect(notices()).toHaveLength(0);
  });
});
