import { describe, expect, it } from "vitest";
import { linkForm, parseUrl, unique } from "../../../src/sites/common/links.ts";

describe("linkForm", () => {
  it("writes URLs the way the corpus records them", () => {
    expect(linkForm("https://t.me/xyz")).toBe("t.me/xyz");
    expect(linkForm("http://www.stopncii.org/")).toBe("stopncii.org");
    expect(linkForm("https://mega.nz/folder/abc…")).toBe("mega.nz/folder/abc");
    expect(linkForm("  bit.ly/3abc  ")).toBe("bit.ly/3abc");
    expect(linkForm("https://example.com/a?b=c")).toBe("example.com/a?b=c");
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
});
