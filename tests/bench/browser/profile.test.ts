import { describe, expect, it } from "vitest";
import { summariseProfile, type CpuProfile } from "../../../bench/browser/profile.ts";

const EXT = "chrome-extension://abc/assets/main.js";
const SITE = "https://x.com/fixture.js";

/**
 * root ─┬─ (program)            2
 *       ├─ (idle)               3
 *       ├─ layout (site)        4 ── (native, no URL)  5
 *       └─ render (extension)   6 ── (native, no URL)  7
 */
const nodes: CpuProfile["nodes"] = [
  { id: 1, callFrame: { functionName: "(root)", url: "", lineNumber: -1 }, children: [2, 3, 4, 6] },
  { id: 2, callFrame: { functionName: "(program)", url: "", lineNumber: -1 } },
  { id: 3, callFrame: { functionName: "(idle)", url: "", lineNumber: -1 } },
  { id: 4, callFrame: { functionName: "layout", url: SITE, lineNumber: 209 }, children: [5] },
  { id: 5, callFrame: { functionName: "get offsetHeight", url: "", lineNumber: -1 } },
  { id: 6, callFrame: { functionName: "render", url: EXT, lineNumber: 10 }, children: [7] },
  { id: 7, callFrame: { functionName: "getComputedStyle", url: "", lineNumber: -1 } },
];

/** One sample per (node, ms): timeDeltas[i + 1] is sample i's duration, in µs. */
function profileOf(samples: [number, number][]): CpuProfile {
  const ids = samples.map(([id]) => id);
  const deltas = [0, ...samples.map(([, ms]) => ms * 1_000)];
  return { nodes, startTime: 0, endTime: 100_000, samples: ids, timeDeltas: deltas };
}

describe("summariseProfile", () => {
  it("charges natives to the script that called them and splits time by owner", () => {
    const summary = summariseProfile(profileOf([[2, 10], [5, 20], [7, 5], [6, 1], [3, 40]]));
    expect(summary.totalMs).toBe(100);
    expect(summary.byOwner).toEqual({ extension: 6, site: 20, benchmark: 0, renderer: 10, gc: 0, idle: 40 });
    expect(summary.top[0]).toEqual({ where: "site layout (fixture.js:210)", ms: 20 });
    expect(summary.top.map((t) => t.where)).toContain("extension render (main.js:11)");
    expect(summary.top.some((t) => t.where.includes("idle"))).toBe(false);
  });

  it("finds the longest unbroken stretch inside the extension's code", () => {
    const summary = summariseProfile(profileOf([[6, 3], [7, 4], [2, 1], [7, 2], [6, 2], [7, 2], [3, 5]]));
    expect(summary.longestExtensionMs).toBe(7);
  });
});
