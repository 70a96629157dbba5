import { describe, expect, it } from "vitest";
import { compileMatcher } from "../../../src/rules/matcher/index.ts";

/** Whether a term (its own payload) matches anywhere in the text. */
const matches = (pattern: string, text: string) => compileMatcher([{ pattern, payload: pattern }]).match(text).length > 0;

// A term keeps where its spaces were for its first 32 letters (ParsedPattern.breaks); a term with a longer first
// word is rare, but one in a pack must still match as written and must not start joining ordinary words.
describe("terms with a very long first word", () => {
  const long32 = "y".repeat(32);

  it("matches a phrase whose first word is 32 letters long across its space, as written", () => {
    expect(matches(`${long32} video`, `watch ${long32} video`)).toBe(true);
    expect(matches(`${long32} video`, `watch ${long32}video`)).toBe(true);
  });

  it("lets a space fall anywhere after the 32nd letter, but not where the term had none before it", () => {
    const term = `x${long32} video`;
    expect(matches(term, `x${long32} video`)).toBe(true);
    expect(matches(term, `x${long32}video`)).toBe(true);
    expect(matches(term, `x ${long32} video`)).toBe(false);
  });
});
