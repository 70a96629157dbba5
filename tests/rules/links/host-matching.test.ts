import { describe, expect, it } from "vitest";
import { HostIndex } from "../../../src/rules/links/host-index.ts";

describe("HostIndex: which link patterns a post's links hit", () => {
  // Built inside each test, not at collection time, so that mutation testing credits add() to the tests.
  const indexOf = () => {
    const index = new HostIndex<string>();
    index.add("t.me", "telegram");
    index.add("t.me", "telegram again");
    index.add("google.com/drive", "drive");
    index.add("t.me/joinchat", "invite");
    index.add("*", "any");
    return index;
  };

  it("reports every pattern on the same host, in the order they were added", () => {
    expect(indexOf().match(["t.me/a"])).toEqual([
      { payload: "any", link: "t.me/a" },
      { payload: "telegram", link: "t.me/a" },
      { payload: "telegram again", link: "t.me/a" },
    ]);
  });

  it("applies a path prefix on subdomains too, and only from the first slash", () => {
    expect(indexOf().match(["docs.drive.google.com/drive/x"]).map((h) => h.payload)).toEqual(["any", "drive"]);
    expect(indexOf().match(["google.com/drives"]).map((h) => h.payload)).toEqual(["any", "drive"]);
    expect(indexOf().match(["google.com/x/drive"]).map((h) => h.payload)).toEqual(["any"]);
  });

  it("does not match a path pattern against a bare host", () => {
    expect(indexOf().match(["google.com"]).map((h) => h.payload)).toEqual(["any"]);
    expect(indexOf().match(["t.me"]).map((h) => h.payload)).toEqual(["any", "telegram", "telegram again"]);
  });

  it("matches the wildcard once per link, whatever its number of labels, and keeps links apart", () => {
    expect(indexOf().match(["a.b.c.example.org/x", "t.me/joinchat/abc"])).toEqual([
      { payload: "any", link: "a.b.c.example.org/x" },
      { payload: "any", link: "t.me/joinchat/abc" },
      { payload: "telegram", link: "t.me/joinchat/abc" },
      { payload: "telegram again", link: "t.me/joinchat/abc" },
      { payload: "invite", link: "t.me/joinchat/abc" },
    ]);
  });

  it("finds nothing without links or without patterns", () => {
    expect(indexOf().match([])).toEqual([]);
    expect(new HostIndex<string>().match(["t.me/a"])).toEqual([]);
  });
});
