import { z } from "zod";
import type { Storage } from "webextension-polyfill";

export const STATS_KEY = "stats";

/** Local counts only: they never leave the device. */
export const StatsSchema = z.object({
  flagged: z.number().int().min(0).default(0),
  revealed: z.number().int().min(0).default(0),
  sharesPaused: z.number().int().min(0).default(0),
  sharesCancelled: z.number().int().min(0).default(0),
  /** When counting started (epoch ms), reset by "Reset statistics". */
  since: z.number().default(() => Date.now()),
});
export type Stats = z.infer<typeof StatsSchema>;
export type StatName = Exclude<keyof Stats, "since">;

type Area = Pick<Storage.StorageArea, "get" | "set">;

export async function readStats(area: Area): Promise<Stats> {
  const parsed = StatsSchema.safeParse((await area.get(STATS_KEY))[STATS_KEY] ?? {});
  return parsed.success ? parsed.data : StatsSchema.parse({});
}

export async function resetStats(area: Area): Promise<void> {
  await area.set({ [STATS_KEY]: StatsSchema.parse({}) });
}

/**
 * Adds to the counts. Only the worker writes them, one update after another, so concurrent tabs can't lose
 * an increment.
 */
export function createStatsCounter(area: Area) {
  let chain: Promise<unknown> = Promise.resolve();
  return (name: StatName, by = 1): Promise<void> => {
    const next = chain.then(async () => {
      if (by <= 0) return;
      const stats = await readStats(area);
      stats[name] += by;
      await area.set({ [STATS_KEY]: stats });
    });
    chain = next.catch(() => undefined);
    return next;
  };
}
