import { describe, expect, it } from "vitest";
import { median, percentile } from "../../../bench/measure/stats.ts";

describe("percentile", () => {
  const values = Float64Array.from({ length: 100 }, (_, i) => i + 1);
  it("takes the nearest rank", () => {
    expect(percentile(values, 50)).toBe(50);
    expect(percentile(values, 99)).toBe(99);
    expect(percentile(values, 100)).toBe(100);
    expect(percentile(values, 0)).toBe(1);
    expect(percentile(Float64Array.of(7), 99)).toBe(7);
  });
  it("is NaN for no values", () => {
    expect(percentile(new Float64Array(), 50)).toBeNaN();
  });
});

describe("median", () => {
  it("takes the middle value, or the mean of the middle two", () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNaN();
  });
});
