import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { canonicalLink, extractLinks } from "../../../src/rules/links/extract.ts";
import { HostIndex } from "../../../src/rules/links/host-index.ts";

describe("extractLinks", () => {
  it("finds links with and without a scheme, trimming punctuation around them", () => {
    expect(extractLinks("watch (https://Mega.nz/folder/Ab1) or t.me/x. www.bit.ly/q!")).toEqual(["mega.nz/folder/Ab1", "t.me/x", "bit.ly/q"]);
  });
  it("ignores numbers, abbreviations and words", () => {
    expect(extractLinks("v2.4.1 costs 2.50 e.g. iPhone 15. ok...")).toEqual([]);
  });
  it("finds exactly the links of the text's whitespace-separated tokens, in order", () => {
    const piece = fc.constantFrom("t.me/a", "bit.ly", ".", "..", "a.b", "x", "end.", "2.5", ".A", "(mega.nz/f)", " ", "\n", "\u00a0", "\u3000", "\u2028", "é.com", "www.x.io.");
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: piece, maxLength: 30 }), fc.string({ unit: "binary", maxLength: 60 })), (s) => {
        const byToken = s.split(/\s+/u).flatMap((token) => canonicalLink(token) ?? []);
        expect(extractLinks(s)).toEqual(byToken);
      }),
      { numRuns: 3000 },
    );
  });
  it("stays fast and never throws on any text", () => {
    fc.assert(fc.property(fc.string({ unit: "binary" }), (s) => Array.isArray(extractLinks(s))));
    expect(canonicalLink("a".repeat(5000) + ".com")).toBeNull();
  });
});

describe("HostIndex", () => {
  const index = new HostIndex<string>();
  index.add("t.me", "tg");
  index.add("drive.google.com/drive/folders", "drive");
  index.add("*", "any");
  it("matches a host and its subdomains but not look-alike hosts", () => {
    expect(index.match(["t.me/a"]).map((h) => h.payload)).toEqual(["any", "tg"]);
    expect(index.match(["www.t.me/a"]).map((h) => h.payload)).toEqual(["any", "tg"]);
    expect(index.match(["nott.me/a"]).map((h) => h.payload)).toEqual(["any"]);
  });
  it("requires the path prefix when the pattern has one", () => {
    expect(index.match(["drive.google.com/drive/folders/1x"]).map((h) => h.payload)).toContain("drive");
    expect(index.match(["drive.google.com/file/d/1x"]).map((h) => h.payload)).not.toContain("drive");
  });
});
