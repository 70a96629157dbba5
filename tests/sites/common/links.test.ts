import { describe, expect, it } from "vitest";
import { MAX_HREF, linkForm, parseUrl, unique } from "../../../src/sites/common/links.ts";

describe("linkForm", () => {
  it("writes URLs the way the corpus records them", () => {
    expect(linkForm("https://t.me/xyz")).toBe("t.me/xyz");
    expect(linkForm("http://www.stopncii.org/")).toBe("stopncii.org");
    expect(linkForm("https://mega.nz/folder/abc…")).toBe("mega.nz/folder/abc");
    expect(linkForm("  bit.ly/3abc  ")).toBe("bit.ly/3abc");
    expect(linkForm("https://example.com/a?b=c")).toBe("example.com/a?b=c");
  });

  it("reads no further than 2,048 characters of a page's href, so padding cannot make it walk megabytes", () => {
    expect(linkForm(`https://t.me/${"/".repeat(40_000)}x`)).toBe("t.me");
    expect(linkForm(`https://t.me/vault${"\u2026".repeat(40_000)}x`)).toBe("t.me/vault");
    const long = linkForm(`https://t.me/${"a".repeat(40_000)}`);
    expect(long).toHaveLength(MAX_HREF - "https://".length);
    expect(long.startsWith("t.me/aaa")).toBe(true);
  });

  it("trims every trailing slash and ellipsis, however many", () => {
    expect(linkForm(`t.me/vault${"/".repeat(2_000)}`)).toBe("t.me/vault");
    expect(linkForm(`https://t.me/vault/${"\u2026".repeat(1_000)}`)).toBe("t.me/vault");
    expect(linkForm("///")).toBe("");
  });
});

describe("unique", () => {
  it("keeps first occurrences and drops empty strings", () => {
    expect(unique(["a", "", "b", "a"])).toEqual(["a", "b"]);
  });
});

describe("parseUrl", () => {
  it("returns null instead of throwing", () => {
    expect(parseUrl("http://[::1", "https://x.com")).toBeNull();
    expect(parseUrl("/r/x/", "https://www.reddit.com")?.href).toBe("https://www.reddit.com/r/x/");
  });

  it("parses at most 2,048 characters of an href", () => {
    expect(parseUrl(`/r/x/${"a".repeat(40_000)}`, "https://www.reddit.com")?.pathname).toHaveLength(MAX_HREF);
  });
});
