import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { findPhoneNumber } from "../../../src/rules/detectors/phone-number.ts";

describe("findPhoneNumber", () => {
  it.each([
    ["her cell is 253-555-0172, make her famous", "253-555-0172"],
    ["cell 559-555-0148. go say hi", "559-555-0148"],
    ["ligar +55 11 98765-4321 hoje", "+55 11 98765-4321"],
    ["(559) 555 0148", "(559) 555 0148"],
    ["nomor 0812.3456.7890 ya", "0812.3456.7890"],
    ["phone 555-0143, goes to", "555-0143"],
    ["555-0143 call me", "555-0143"],
    ["253-555-0172 is her number", "253-555-0172"],
  ])("finds the number in %j", (text, number) => {
    expect(findPhoneNumber(text)).toBe(number);
  });

  it.each([
    "iPhone 15 Pro 256 GB",
    "in 2024 and 2025 we had 12,000 posts",
    "v2.4.1 and 10.0.0.1",
    "2.1M patient records since 2021",
    "1 2 3 4 5 6 7 8 9 0",
    "order #123456789012345678",
    "ab253-555-0172",
    "from 2021-2024",
    "costs 100 2000",
    "1 23 45 67 89 01",
  ])("finds nothing in %j", (text) => {
    expect(findPhoneNumber(text)).toBeNull();
  });

  it("returns a slice of the text, or null, for any text", () => {
    fc.assert(fc.property(fc.string({ unit: "binary" }), (s) => {
      const found = findPhoneNumber(s);
      return found === null || s.includes(found);
    }));
  });
});
