// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { vi } from "vitest";
import { MAX_BATCH } from "../../../src/background/evaluate/message.ts";
import { TICK_MS } from "../../../src/content/scan/page-scan.ts";
import { RETRY_LATER_MS } from "../../../src/content/scan/verdict-requests.ts";
import { TRANSPORT_OPTIONS } from "../../../src/content/scan/transport.ts";
import { FLAG } from "../../background/evaluate/verdicts.ts";
import { errorOf, post, recycle, run, startScan, stateOf } from "./harness.ts";

let stop: (() => void) | undefined;

beforeEach(() => {
  vi.useFakeTimers();
  document.body.replaceChildren();
  history.replaceState(null, "", "/home");
});

afterEach(() => {
  stop?.();
  vi.useRealTimers();
});

function start(options?: Parameters<typeof startScan>[0]) {
  const harness = startScan(options);
  stop = harness.scan.stop;
  return harness;
}

const allIn = (els: Element[], state: string) => els.every((el) => stateOf(el) === state);

/** How long the scan tries a request when the worker rejects every attempt at once. */
const REJECTED_MS = TRANSPORT_OPTIONS.retryDelaysMs.reduce((a, b) => a + b, 0) + 50;

/** The longest a request can take before the scan gives up on it: every attempt times out. */
const GIVE_UP_MS =
  TRANSPORT_OPTIONS.timeoutMs * (TRANSPORT_OPTIONS.retryDelaysMs.length + 1) +
  TRANSPORT_OPTIONS.retryDelaysMs.reduce((a, b) => a + b, 0);

describe("scanning a page", () => {
  it("marks posts pending at once, then applies the verdict and covers flagged ones", async () => {
    const bait = post("1", "the leak is out");
    const fine = post("2", "nice weather");
    document.body.append(bait, fine);
    const { worker, overlay } = start();
    let answer!: () => void;
    worker.send.mockImplementationOnce(async (message) => {
      await new Promise<void>((resolve) => (answer = resolve));
      return { verdicts: message.posts.map((p) => ({ id: p.id, verdict: /leak/.test(p.text) ? FLAG : { ...FLAG, verdict: "ok" } })) };
    });

    await run(20);
    expect([stateOf(bait), stateOf(fine)]).toEqual(["pending", "pending"]);
    answer();
    await run(20);
    expect([stateOf(bait), stateOf(fine)]).toEqual(["flag", "ok"]);
    expect(overlay.showOverlay).toHaveBeenCalledTimes(1);
    expect(overlay.showOverlay).toHaveBeenCalledWith(bait, bait, FLAG, {
      site: "x",
      theme: "light",
      allowReveal: true,
      style: "blur",
    });
  });

  it("scans posts added later, including ones nested in an added subtree", async () => {
    const { worker } = start();
    await run();
    const wrapper = document.createElement("section");
    const nested = post("7", "a leak again");
    wrapper.append(nested);
    document.body.append(wrapper);
    await run();
    expect(stateOf(nested)).toBe("flag");
    expect(worker.sentIds()).toEqual(["7"]);
  });

  it("leaves no mark on elements it cannot read", async () => {
    const unreadable = post(null, "an ad");
    document.body.append(unreadable);
    const { worker } = start();
    await run();
    expect(unreadable.hasAttribute("data-second-look")).toBe(false);
    expect(worker.send).not.toHaveBeenCalled();
  });

  it("never sends an unchanged post twice, and gives a re-rendered copy the remembered verdict", async () => {
    const first = post("1", "the leak is out");
    document.body.append(first);
    const { worker, overlay } = start();
    await run();
    // The site re-renders the same post into a fresh element, and touches the old one's counters in place.
    const copy = post("1", "the leak is out");
    first.replaceWith(copy);
    await run();
    copy.append(document.createElement("span"));
    await run();
    expect(worker.send).toHaveBeenCalledTimes(1);
    expect(stateOf(copy)).toBe("flag");
    expect(overlay.showOverlay).toHaveBeenLastCalledWith(copy, copy, FLAG, expect.anything());
  });

  it("evaluates a post again when its content changes (e.g. 'Show more')", async () => {
    const el = post("1", "look at this");
    document.body.append(el);
    const { worker } = start();
    await run();
    expect(stateOf(el)).toBe("ok");
    const p = el.querySelector("p");
    (p?.firstChild as Text).data = "look at this: the full leak";
    await run();
    expect(worker.send).toHaveBeenCalledTimes(2);
    expect(stateOf(el)).toBe("flag");
  });

  it("judges a recycled element by the post it now shows and uncovers it when that one is fine", async () => {
    const cell = post("1", "the leak is out");
    document.body.append(cell);
    const { worker, overlay } = start();
    await run();
    expect(stateOf(cell)).toBe("flag");
    recycle(cell, "2", "a cat picture");
    await run();
    expect(worker.sentIds()).toEqual(["1", "2"]);
    expect(stateOf(cell)).toBe("ok");
    expect(overlay.removeOverlay).toHaveBeenCalledWith(cell, cell);
    // Back to the first post: remembered by id, no message, covered again.
    recycle(cell, "1", "the leak is out");
    await run();
    expect(worker.send).toHaveBeenCalledTimes(2);
    expect(stateOf(cell)).toBe("flag");
    expect(overlay.showOverlay).toHaveBeenCalledTimes(2);
  });

  it("sends at most MAX_BATCH posts per message and one message per slice", async () => {
    document.body.append(...Array.from({ length: 120 }, (_, i) => post(String(i), `post ${i}`)));
    const { worker } = start();
    await run(200);
    expect(worker.requests.map((r) => r.posts.length)).toEqual([50, 50, 20]);
    expect(new Set(worker.sentIds()).size).toBe(120);
  });

  it("resolves 500 appended posts with no more messages than full batches need", async () => {
    const { worker } = start();
    await run();
    const posts = Array.from({ length: 500 }, (_, i) => post(String(i), i % 10 === 0 ? `leak ${i}` : `post ${i}`));
    for (let i = 0; i < posts.length; i += 100) document.body.append(...posts.slice(i, i + 100));
    await run(500);
    expect(worker.send.mock.calls.length).toBeLessThanOrEqual(Math.ceil(500 / MAX_BATCH));
    expect(posts.filter((el) => stateOf(el) === "flag")).toHaveLength(50);
    expect(posts.filter((el) => stateOf(el) === "ok")).toHaveLength(450);
  });

  it("judges a new post without waiting for a frame: pending at once, its verdict as soon as the worker answers", async () => {
    start();
    await run(100);
    const el = post("1", "the leak is out");
    document.body.append(el);
    await Promise.resolve(); // the mutation observer's callback
    await Promise.resolve(); // the slice it asked for
    expect(stateOf(el)).toBe("pending");
    await vi.advanceTimersByTimeAsync(0); // the worker's answer; no frame (16 ms) has passed
    expect(stateOf(el)).toBe("flag");
  });

  it("stops a slice when its time is up and carries on in the next frame", async () => {
    document.body.append(...Array.from({ length: 40 }, (_, i) => post(String(i), `post ${i}`)));
    const { read } = start({ cost: 1 }); // every clock reading costs 1 ms of fake time
    await vi.advanceTimersByTimeAsync(16);
    expect(read.mock.calls.length).toBeGreaterThan(0);
    expect(read.mock.calls.length).toBeLessThan(8);
    await run(2_000);
    expect(allIn([...document.querySelectorAll("[data-post]")], "ok")).toBe(true);
  });

  it("shows answers a slice at a time: covering many flagged posts never runs past a frame's budget", async () => {
    const posts = Array.from({ length: 40 }, (_, i) => post(String(i), `leak ${i}`));
    // Judging is free, so all 40 go in one message; from then on every clock reading costs 1 ms.
    let cost = 0;
    const { overlay, worker } = start({ cost: () => cost });
    worker.send.mockImplementationOnce(async (message) => {
      cost = 1;
      return worker.answer(message);
    });
    expect(MAX_BATCH).toBeGreaterThanOrEqual(40);
    const shownAt: number[] = [];
    overlay.showOverlay.mockImplementation(() => void shownAt.push(Date.now()));
    document.body.append(...posts);
    await run(2_000);
    expect(allIn(posts, "flag")).toBe(true);
    expect(shownAt).toHaveLength(40);
    // With 1 ms per clock reading, an 8 ms slice covers a handful of posts; the rest wait for later frames.
    const perFrame = new Map<number, number>();
    for (const t of shownAt) perFrame.set(t, (perFrame.get(t) ?? 0) + 1);
    expect(Math.max(...perFrame.values())).toBeLessThanOrEqual(8);
    expect(perFrame.size).toBeGreaterThan(4);
  });

  it("resolves posts when the worker fails twice and then answers", async () => {
    const el = post("1", "the leak is out");
    document.body.append(el);
    const { worker } = start();
    worker.send.mockRejectedValueOnce(new Error("Could not establish connection")).mockImplementationOnce(() => new Promise(() => {}));
    await run(GIVE_UP_MS);
    expect(worker.send).toHaveBeenCalledTimes(3);
    expect(stateOf(el)).toBe("flag");
    expect(errorOf(el)).toBeNull();
  });

  it("fails safe when the worker never answers: every post ok and marked unavailable, none pending", async () => {
    const posts = Array.from({ length: 60 }, (_, i) => post(String(i), `leak ${i}`));
    document.body.append(...posts);
    const { worker } = start();
    worker.send.mockImplementation(() => new Promise(() => {}));
    await run(GIVE_UP_MS + 100);
    expect(allIn(posts, "ok")).toBe(true);
    expect(posts.every((el) => errorOf(el) === "unavailable")).toBe(true);

    // A post that turns up while its earlier request has failed is not left pending either.
    const again = post("0", "leak 0");
    document.body.append(again);
    await run(20);
    expect([stateOf(again), errorOf(again)]).toEqual(["ok", "unavailable"]);
    expect(document.querySelectorAll('[data-second-look="pending"]')).toHaveLength(0);
  });

  it("tries failed posts again later and applies the verdicts when the worker is back", async () => {
    const el = post("1", "the leak is out");
    document.body.append(el);
    const { worker } = start();
    worker.send.mockRejectedValue(new Error("worker stopped"));
    await run(REJECTED_MS);
    expect(errorOf(el)).toBe("unavailable");
    const failedCalls = worker.send.mock.calls.length;
    worker.send.mockReset().mockImplementation(async (message) => ({
      verdicts: message.posts.map((p) => ({ id: p.id, verdict: FLAG })),
    }));
    await run(RETRY_LATER_MS[0] ?? 0);
    expect(failedCalls).toBe(TRANSPORT_OPTIONS.retryDelaysMs.length + 1);
    expect(stateOf(el)).toBe("flag");
    expect(errorOf(el)).toBeNull();
  });

  it("carries failed posts in the next batch of new posts", async () => {
    const early = post("1", "the leak is out");
    document.body.append(early);
    const { worker } = start();
    worker.send.mockRejectedValueOnce(new Error("down")).mockRejectedValueOnce(new Error("down")).mockRejectedValueOnce(new Error("down"));
    await run(REJECTED_MS);
    expect(errorOf(early)).toBe("unavailable");
    document.body.append(post("2", "hello"));
    await run(100);
    expect(worker.requests.at(-1)?.posts.map((p) => p.id)).toEqual(["2", "1"]);
    expect(stateOf(early)).toBe("flag");
  });

  it("rescans the page when the single-page app navigates", async () => {
    const el = post("1", "some words", "cats");
    document.body.append(el);
    const { worker } = start();
    await run();
    // The site changes what a post says without a mutation we watch; navigation makes us look again.
    el.setAttribute("data-tags", "leak");
    await run(TICK_MS * 2);
    expect(worker.send).toHaveBeenCalledTimes(1);
    history.pushState(null, "", "/explore");
    await run(TICK_MS + 100);
    expect(worker.send).toHaveBeenCalledTimes(2);
    expect(worker.requests[1]?.posts[0]?.hashtags).toEqual(["leak"]);
  });

  it("follows the site's theme in existing and new overlays", async () => {
    const theme = { current: "light" as "light" | "dark" };
    const { overlay } = start({ theme });
    await run();
    theme.current = "dark";
    await run(TICK_MS + 10);
    expect(overlay.setOverlayTheme).toHaveBeenCalledWith("dark");
    const el = post("1", "leak");
    document.body.append(el);
    await run();
    expect(overlay.showOverlay).toHaveBeenCalledWith(el, el, FLAG, expect.objectContaining({ theme: "dark" }));
  });

  it("stops watching when stopped", async () => {
    const { scan, worker } = start();
    await run();
    scan.stop();
    document.body.append(post("1", "leak"));
    await run(TICK_MS * 3);
    expect(worker.send).not.toHaveBeenCalled();
  });

  it("once stopped, neither retries failed posts nor marks posts with answers still on their way", async () => {
    const failed = post("1", "the leak is out");
    document.body.append(failed);
    const { scan, worker } = start();
    worker.send.mockRejectedValue(new Error("worker stopped"));
    await run(REJECTED_MS);
    expect(errorOf(failed)).toBe("unavailable");
    let answerLate: () => void = () => {};
    worker.send.mockReset().mockImplementation(
      (message) => new Promise((resolve) => (answerLate = () => resolve({ verdicts: message.posts.map((p) => ({ id: p.id, verdict: FLAG })) }))),
    );
    const waiting = post("2", "leak again");
    document.body.append(waiting);
    await run(20);
    scan.stop();
    answerLate();
    await run(RETRY_LATER_MS.reduce((a, b) => a + b, 0));
    expect(worker.send).toHaveBeenCalledTimes(1);
    expect([stateOf(failed), stateOf(waiting)]).toEqual(["ok", "pending"]);
  });

  it("when abandoned, shows the posts still waiting as unjudged and keeps the verdicts it had", async () => {
    const judged = post("1", "leak");
    document.body.append(judged);
    const { scan, worker } = start();
    await run();
    worker.send.mockImplementation(() => new Promise(() => {}));
    const waiting = post("2", "hello");
    document.body.append(waiting);
    await run(20);
    expect(stateOf(waiting)).toBe("pending");
    scan.abandon();
    expect([stateOf(judged), errorOf(judged)]).toEqual(["flag", null]);
    expect([stateOf(waiting), errorOf(waiting)]).toEqual(["ok", "unavailable"]);
    document.body.append(post("3", "leak"));
    await run(RETRY_LATER_MS.reduce((a, b) => a + b, 0));
    expect(worker.send.mock.calls.flatMap(([m]) => m.posts.map((p) => p.id))).not.toContain("3");
    expect([stateOf(waiting), errorOf(waiting)]).toEqual(["ok", "unavailable"]);
  });

  it("when abandoned mid-way through showing a batch's answers, shows them all at once rather than leave any pending", async () => {
    let cost = 0;
    const posts = Array.from({ length: 40 }, (_, i) => post(String(i), `leak ${i}`));
    const { scan, worker } = start({ cost: () => cost });
    worker.send.mockImplementationOnce(async (message) => {
      cost = 1; // covering is slow now: the answers take several frames
      return worker.answer(message);
    });
    document.body.append(...posts);
    await run(20);
    expect(posts.filter((el) => stateOf(el) === "pending").length).toBeGreaterThan(0);
    scan.abandon();
    expect(allIn(posts, "flag")).toBe(true);
  });
});
