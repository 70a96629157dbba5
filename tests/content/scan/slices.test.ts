import { describe, expect, it } from "vitest";
import { createSliceRunner, FRAME_MS, SLICE_BUDGET_MS, type SliceClock } from "../../../src/content/scan/slices.ts";

/** A clock whose time only moves when a test moves it; microtasks and frames are queued for the test to run. */
function manualClock() {
  let t = 0;
  const soon: (() => void)[] = [];
  const frames: (() => void)[] = [];
  const clock: SliceClock = { soon: (run) => soon.push(run), frame: (run) => frames.push(run), now: () => t };
  const drain = (queue: (() => void)[]) => queue.splice(0).forEach((run) => run());
  return { clock, soon, frames, advance: (ms: number) => (t += ms), runSoon: () => drain(soon), runFrame: () => drain(frames) };
}

/** A slice that works `cost` ms per item and stops at its deadline, over `items` items. */
function workload(c: ReturnType<typeof manualClock>, items: number, cost: number) {
  let left = items;
  const slices: number[] = [];
  const slice = (deadline: number) => {
    let done = 0;
    while (left > 0 && c.clock.now() < deadline) {
      c.advance(cost);
      left--;
      done++;
    }
    slices.push(done);
  };
  return { slices, runner: createSliceRunner(slice, () => left > 0, c.clock), left: () => left, add: (n: number) => (left += n) };
}

describe("slice runner", () => {
  it("starts work at once, in a microtask, without waiting for a frame", () => {
    const c = manualClock();
    const { runner, slices, left } = workload(c, 3, 1);
    runner.request();
    expect(c.soon).toHaveLength(1);
    c.runSoon();
    expect(slices).toEqual([3]);
    expect(left()).toBe(0);
    expect(c.frames).toHaveLength(0);
  });

  it("spends at most the budget per frame and leaves the rest for the next frames", () => {
    const c = manualClock();
    const { runner, slices, left } = workload(c, 30, 1);
    runner.request();
    c.runSoon();
    expect(slices).toEqual([SLICE_BUDGET_MS]);
    expect(c.soon).toHaveLength(0);
    expect(c.frames).toHaveLength(1);
    c.advance(FRAME_MS);
    c.runFrame();
    expect(slices).toEqual([SLICE_BUDGET_MS, SLICE_BUDGET_MS]);
    while (left() > 0) {
      c.advance(FRAME_MS);
      c.runFrame();
    }
    expect(slices.every((n) => n <= SLICE_BUDGET_MS)).toBe(true);
  });

  it("counts every request in the same frame against one budget, and a new frame's against a fresh one", () => {
    const c = manualClock();
    const work = workload(c, 5, 1);
    work.runner.request();
    c.runSoon();
    expect(work.slices).toEqual([5]);
    work.add(20); // more posts arrive in the same frame: only the 3 ms left of the budget go to them now
    work.runner.request();
    c.runSoon();
    expect(work.slices).toEqual([5, SLICE_BUDGET_MS - 5]);
    expect(c.frames).toHaveLength(1);
    c.advance(FRAME_MS);
    c.runFrame();
    expect(work.slices).toEqual([5, SLICE_BUDGET_MS - 5, SLICE_BUDGET_MS]);
  });
});
