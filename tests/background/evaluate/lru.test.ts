import { describe, expect, it } from "vitest";
import { Lru } from "../../../src/background/evaluate/lru.ts";

describe("Lru", () => {
  it("evicts the least recently used entry once full", () => {
    const lru = new Lru<string, number>(2);
    lru.set("a", 1);
    lru.set("b", 2);
    expect(lru.get("a")).toBe(1); // a is now the most recent
    lru.set("c", 3);
    expect(lru.get("b")).toBeUndefined();
    expect(lru.get("a")).toBe(1);
    expect(lru.get("c")).toBe(3);
    expect(lru.size).toBe(2);
  });

  it("overwrites an existing key without growing", () => {
    const lru = new Lru<string, number>(2);
    lru.set("a", 1);
    lru.set("a", 2);
    expect(lru.size).toBe(1);
    expect(lru.get("a")).toBe(2);
  });

  it("refuses a capacity below one", () => {
    expect(() => new Lru(0)).toThrow(RangeError);
  });
});
