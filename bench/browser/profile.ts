import type { BrowserContext, Page } from "playwright-core";
import { z } from "zod";

const CallFrameSchema = z.object({ functionName: z.string(), url: z.string(), lineNumber: z.number() });
const NodeSchema = z.object({ id: z.number(), callFrame: CallFrameSchema, children: z.array(z.number()).optional() });
const ProfileSchema = z.object({
  nodes: z.array(NodeSchema),
  startTime: z.number(),
  endTime: z.number(),
  samples: z.array(z.number()).optional(),
  timeDeltas: z.array(z.number()).optional(),
});
export type CpuProfile = z.infer<typeof ProfileSchema>;

/** Whose code a sample ran: ours (the extension), the fixture site, the benchmark's probe, or the renderer. */
export type Owner = "extension" | "site" | "benchmark" | "renderer" | "gc" | "idle";

function ownerOf(frame: z.infer<typeof CallFrameSchema>): Owner {
  if (frame.url.startsWith("chrome-extension://")) return "extension";
  if (frame.functionName === "(idle)") return "idle";
  if (frame.functionName === "(garbage collector)") return "gc";
  // (program): style, layout and paint the renderer does between scripts; native calls carry no URL either.
  if (frame.url === "") return "renderer";
  return frame.url.startsWith("http") ? "site" : "benchmark";
}

export interface ProfileSummary {
  totalMs: number;
  byOwner: Record<Owner, number>;
  /**
   * The longest run of consecutive samples inside the extension's code (natives and forced style or layout it
   * called included), ms: how long the content script alone held the main thread. Two tasks of ours back to
   * back count as one, so this is an upper bound.
   */
  longestExtensionMs: number;
  /** Self time of the costliest functions, "owner name (file:line)", ms. */
  top: { where: string; ms: number }[];
}

/**
 * Self time per owner and per function. A native call (offsetHeight's forced layout, setAttribute) is charged
 * to the script frame that made it, so forced layout shows up under the site function that reads layout (the
 * profile's names for natives are unreliable, so they are not shown).
 */
export function summariseProfile(profile: CpuProfile, topN = 12): ProfileSummary {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  /** The nearest frame with a URL at or above node: natives are charged to their caller. */
  const charged = (id: number) => {
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const node = byId.get(at);
      if (node && node.callFrame.url !== "") return node;
    }
    return byId.get(id);
  };
  const byOwner: Record<Owner, number> = { extension: 0, site: 0, benchmark: 0, renderer: 0, gc: 0, idle: 0 };
  const byFunction = new Map<string, number>();
  const inExtension = new Map<number, boolean>();
  const underExtension = (id: number): boolean => {
    let known = inExtension.get(id);
    if (known === undefined) {
      const up = parent.get(id);
      known = byId.get(id)?.callFrame.url.startsWith("chrome-extension://") === true || (up !== undefined && underExtension(up));
      inExtension.set(id, known);
    }
    return known;
  };
  let stretch = 0;
  let longestExtensionMs = 0;
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  samples.forEach((id, i) => {
    const ms = (deltas[i + 1] ?? 0) / 1e3;
    stretch = underExtension(id) ? stretch + ms : 0;
    longestExtensionMs = Math.max(longestExtensionMs, stretch);
    const own = byId.get(id);
    if (!own) return;
    const special = ["(idle)", "(garbage collector)", "(program)", "(root)"].includes(own.callFrame.functionName);
    const node = special ? own : (charged(id) ?? own);
    const owner = ownerOf(node.callFrame);
    byOwner[owner] += ms;
    if (owner === "idle") return;
    const file = node.callFrame.url.split("/").pop() ?? "";
    const key = `${owner} ${node.callFrame.functionName || "(anonymous)"}${file ? ` (${file}:${node.callFrame.lineNumber + 1})` : ""}`;
    byFunction.set(key, (byFunction.get(key) ?? 0) + ms);
  });
  const top = [...byFunction].sort((a, b) => b[1] - a[1]).slice(0, topN).map(([where, ms]) => ({ where, ms }));
  return { totalMs: (profile.endTime - profile.startTime) / 1e3, byOwner, longestExtensionMs, top };
}

/** Runs `work` under the DevTools CPU profiler of page's renderer and returns the profile. */
export async function profiled<T>(context: BrowserContext, page: Page, work: () => Promise<T>): Promise<{ result: T; profile: CpuProfile }> {
  const cdp = await context.newCDPSession(page);
  try {
    await cdp.send("Profiler.enable");
    await cdp.send("Profiler.setSamplingInterval", { interval: 200 });
    await cdp.send("Profiler.start");
    const result = await work();
    const { profile } = await cdp.send("Profiler.stop");
    return { result, profile: ProfileSchema.parse(profile) };
  } finally {
    await cdp.detach();
  }
}
