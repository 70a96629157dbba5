import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { createStatsCounter, readStats, resetStats, STATS_KEY } from "../../src/settings/stats.ts";
import { fakeStorage } from "./fake-storage.ts";

const NOW = Date.UTC(2026, 11, 3, 12);

describe("the counts on the statistics pane", () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.setSystemTime(NOW);
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it("start at zero, counted from now, on a fresh install", async () => {
    const { local } = fakeStorage();
    expect(await readStats(local)).toEqual({ flagged: 0, revealed: 0, sharesPaused: 0, sharesCancelled: 0, since: NOW });
  });

  it("are read back as stored, a count missing from older data at zero", async () => {
    // Spelled out, not STATS_KEY: installed copies keep their counts under this key.
    const { local } = fakeStorage({ stats: { flagged: 7, revealed: 2, since: 1000 } });
    expect(await readStats(local)).toEqual({ flagged: 7, revealed: 2, sharesPaused: 0, sharesCancelled: 0, since: 1000 });
  });

  it("start again from zero when what is stored is not counts", async () => {
    const { local } = fakeStorage({ [STATS_KEY]: { flagged: -3, revealed: "many" } });
    expect(await readStats(local)).toMatchObject({ flagged: 0, revealed: 0, since: NOW });
  });

  it("go back to zero, counted from the moment of the reset", async () => {
    const storage = fakeStorage({ [STATS_KEY]: { flagged: 7, revealed: 2, sharesPaused: 1, sharesCancelled: 1, since: 1000 } });
    await resetStats(storage.local);
    expect(storage.data[STATS_KEY]).toEqual({ flagged: 0, revealed: 0, sharesPaused: 0, sharesCancelled: 0, since: NOW });
  });
});

describe("counting", () => {
  it("adds one by default, or the number given, to that count alone", async () => {
    const storage = fakeStorage({ [STATS_KEY]: { flagged: 1, since: 1000 } });
    const count = createStatsCounter(storage.local);
    await count("flagged");
    await count("sharesPaused", 3);
    expect(storage.data[STATS_KEY]).toEqual({ flagged: 2, revealed: 0, sharesPaused: 3, sharesCancelled: 0, since: 1000 });
  });

  it("writes nothing for nothing to add", async () => {
    const storage = fakeStorage();
    const set = vi.spyOn(storage.local, "set");
    const count = createStatsCounter(storage.local);
    await count("flagged", 0);
    await count("flagged", -2);
    expect(set).not.toHaveBeenCalled();
  });

  it("loses no count when many tabs count at once", async () => {
    const storage = fakeStorage();
    const count = createStatsCounter(storage.local);
    await Promise.all(Array.from({ length: 20 }, () => count("revealed")));
    expect(storage.data[STATS_KEY]).toMatchObject({ revealed: 20 });
  });

  it("reports a failed write to its caller and keeps counting after it", async () => {
    const storage = fakeStorage();
    vi.spyOn(storage.local, "set").mockRejectedValueOnce(new Error("quota exceeded"));
    const count = createStatsCounter(storage.local);
    const failed = count("flagged");
    const next = count("flagged");
    await expect(failed).rejects.toThrow("quota exceeded");
    await next;
    expect(storage.data[STATS_KEY]).toMatchObject({ flagged: 1 });
  });
});
