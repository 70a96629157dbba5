/** When slices may run and what time it is: a microtask, requestAnimationFrame and performance.now in the page. */
export interface SliceClock {
  /** Runs `run` as soon as the script running now is done, before the page gets to render. */
  soon(run: () => void): void;
  /** Runs `run` before the next frame is painted. */
  frame(run: () => void): void;
  now(): number;
}

/** Our share of a frame: half of one at 60 Hz, so scanning never becomes a long task however big the feed. */
export const SLICE_BUDGET_MS = 8;
/** A 60 Hz frame: the budget is spent at most once per this long. */
export const FRAME_MS = 16;

/** A hidden tab gets no frames; its posts are still judged, at the pace its timers are allowed. */
const NO_FRAME_MS = 100;

export const pageClock: SliceClock = {
  soon: (run) => queueMicrotask(run),
  frame: (run) => {
    const once = () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
      run();
    };
    const frame = requestAnimationFrame(once);
    const timer = setTimeout(once, NO_FRAME_MS);
  },
  now: () => performance.now(),
};

/**
 * Runs `slice` while `hasWork` says so, spending at most SLICE_BUDGET_MS of every FRAME_MS. Work starts at once
 * (right after the mutation or the worker's answer that brought it), so a new post is marked before the frame
 * that first paints it; only what is left once the budget is spent waits for the next frames.
 */
export function createSliceRunner(slice: (deadline: number) => void, hasWork: () => boolean, clock: SliceClock) {
  let scheduled = false;
  let windowStart = Number.NEGATIVE_INFINITY;
  let spent = 0;
  const openWindow = (now: number) => {
    if (now - windowStart < FRAME_MS) return;
    windowStart = now;
    spent = 0;
  };
  const run = () => {
    scheduled = false;
    const start = clock.now();
    openWindow(start);
    slice(start + SLICE_BUDGET_MS - spent);
    spent += clock.now() - start;
    if (hasWork()) request();
  };
  const request = () => {
    if (scheduled) return;
    scheduled = true;
    openWindow(clock.now());
    if (spent < SLICE_BUDGET_MS) clock.soon(run);
    else
      clock.frame(() => {
        windowStart = Number.NEGATIVE_INFINITY;
        run();
      });
  };
  return { request };
}
