import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { detect, DetectorSchema } from "../../../src/rules/detectors/index.ts";
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

// Through `detect`, as a rule with `detectors: ["phone-number"]` sees it: the found words are the reason's quote.
const phone = (text: string) => detect("phone-number", text);

describe("what counts as a phone number, at the edges of its shape", () => {
  it.each([
    ["call 123 456 789 now", "123 456 789"],
    ["call 12345 67890 12345 now", "12345 67890 12345"],
    ["call 12 34 56 78 90 now", "12 34 56 78 90"],
    ["call 253\u00a0555\u00a00172 now", "253\u00a0555\u00a00172"],
    ["call 555.0143", "555.0143"],
    ["call (559)555-0148", "(559)555-0148"],
    ["call 253..555..0172", "253..555..0172"],
    ["call 253-555-0172-ok", "253-555-0172"],
  ])("quotes the number in %j as %j", (text, number) => {
    expect(phone(text)).toBe(number);
  });

  it.each([
    ["8 digits", "call 1234 5678"],
    ["16 digits", "call 12345 67890 123456"],
    ["6 groups", "ids 1 23 45 67 89 01"],
    ["6 groups whose last 5 would pass", "ids 12 34 567 890 123 456"],
    ["3 joiners in a row", "call 253 - 555 - 0172"],
    ["one group of digits", "code 5551234567"],
    ["a local number with a double joiner", "call 555--0143"],
    ["4 + 3 digits", "call 5550-143"],
    ["2 + 5 digits", "call 55-50143"],
    ["a local number with a leading digit", "call 1555-0143"],
    ["a local number with a trailing digit", "call 555-01434"],
    ["letters glued after it", "ref 253-555-0172ab"],
    ["slashes between the groups", "date 253/555/0172"],
  ])("finds none with %s (%j)", (_, text) => {
    expect(phone(text)).toBeNull();
  });

  it("quotes the first number of several", () => {
    expect(phone("call 555-0143 or 555-0199")).toBe("555-0143");
  });

  it("is a detector a pack can name, unlike a name no detector has", () => {
    expect(DetectorSchema.safeParse("phone-number").success).toBe(true);
    expect(DetectorSchema.safeParse("email-address").success).toBe(false);
  });
});
