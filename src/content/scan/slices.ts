/** When the next slice may run and what time it is; requestAnimationFrame and performance.now in the page. */
export interface SliceClock {
  frame(run: () => void): void;
  now(): number;
}

/** Work per slice: half a 60 Hz frame, so scanning never becomes a long task however big the feed. */
export const SLICE_BUDGET_MS = 8;

export const pageClock: SliceClock = {
  frame: (run) => requestAnimationFrame(() => run()),
  now: () => performance.now(),
};

/**
 * Runs `slice` once per frame while `hasWork` says so. Frames rather than idle callbacks: a new post is then
 * marked (and a known one judged) before the frame that would first paint it, even while the page is busy.
 */
export function createSliceRunner(slice: (deadline: number) => void, hasWork: () => boolean, clock: SliceClock) {
  let scheduled = false;
  const run = () => {
    scheduled = false;
    slice(clock.now() + SLICE_BUDGET_MS);
    if (hasWork()) request();
  };
  const request = () => {
    if (scheduled) return;
    scheduled = true;
    clock.frame(run);
  };
  return { request };
}
