import { describe, expect, it } from "vitest";
import { detect, DetectorSchema } from "../../../src/rules/detectors/index.ts";

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
