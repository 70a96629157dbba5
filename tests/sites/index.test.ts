import { describe, expect, it } from "vitest";
import { adapterFor } from "../../src/sites/index.ts";

describe("adapterFor", () => {
  it.each([
    ["https://x.com/home", "x"],
    ["https://twitter.com/someone/status/1", "x"],
    ["https://mobile.x.com/home", "x"],
    ["https://www.reddit.com/r/all/", "reddit"],
    ["https://reddit.com/", "reddit"],
    ["https://old.reddit.com/r/all/", "old-reddit"],
  ])("%s → %s", (url, site) => {
    expect(adapterFor(new URL(url))?.site).toBe(site);
  });

  it("handles no other site", () => {
    expect(adapterFor(new URL("https://example.com/"))).toBeNull();
    expect(adapterFor(new URL("https://notx.com/"))).toBeNull();
    expect(adapterFor(new URL("https://reddit.com.evil.example/"))).toBeNull();
  });

  it("gives each page its own adapter, since the X adapter keeps per-page state", () => {
    const url = new URL("https://x.com/home");
    expect(adapterFor(url)).not.toBe(adapterFor(url));
  });
});
