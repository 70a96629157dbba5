import { describe, expect, it } from "vitest";
import { canonicalLink, extractLinks } from "../../../src/rules/links/extract.ts";

describe("canonicalLink: what counts as a link", () => {
  it.each([
    ["bit.ly", "bit.ly"],
    ["http://T.me/Abc", "t.me/Abc"],
    ["https://t.me:8443/x", "t.me/x"],
    ["  t.me/x  ", "t.me/x"],
    ["((t.me/x", "t.me/x"],
    ["«t.me/x»", "t.me/x"],
    ["t.me/x!!?", "t.me/x"],
    ["www.site.app/a", "site.app/a"],
    ["mywww.site.com", "mywww.site.com"],
    ["a.b.c.d.e.f.g.h.i.j.com", "a.b.c.d.e.f.g.h.i.j.com"],
  ])("reads %j as %j", (raw, link) => {
    expect(canonicalLink(raw)).toBe(link);
  });

  it.each([
    ["a word", "hello"],
    ["a one-letter top-level domain", "site.x"],
    ["an e-mail address", "name@mail.com"],
    ["a host followed by other text", "site.com,and"],
    ["a six-digit port", "t.me:123456/x"],
    ["a label over 63 characters", `${"a".repeat(64)}.com`],
    ["more than ten labels before the top-level domain", "a.b.c.d.e.f.g.h.i.j.k.com"],
    ["a top-level domain over 24 letters", `site.${"a".repeat(25)}`],
  ])("does not read %s as a link", (_what, raw) => {
    expect(canonicalLink(raw)).toBeNull();
  });

  it("reads a link of exactly 2048 characters but not one longer", () => {
    const longest = `t.me/${"a".repeat(2043)}`;
    expect(canonicalLink(longest)).toBe(longest);
    expect(canonicalLink(`${longest}a`)).toBeNull();
  });
});

describe("extractLinks: where links are found in a post", () => {
  it("splits on tabs, line breaks, vertical tabs and form feeds, but not on other control characters", () => {
    expect(extractLinks("t.me/a\tbit.ly/b\rmega.nz/c\u000bx.io\u000cy.io\nz.io")).toEqual(["t.me/a", "bit.ly/b", "mega.nz/c", "x.io", "y.io", "z.io"]);
    expect(extractLinks("a\u0008t.me")).toEqual([]);
    expect(extractLinks("a\u000et.me")).toEqual([]);
  });

  it("finds hosts whose top-level domain starts with a, z, A or Z", () => {
    expect(extractLinks("site.app site.zip SITE.APP SITE.ZIP")).toEqual(["site.app", "site.zip", "site.app", "site.zip"]);
  });

  it("finds a link at the very start and at the very end of the text", () => {
    expect(extractLinks("t.me/a")).toEqual(["t.me/a"]);
    expect(extractLinks("see t.me")).toEqual(["t.me"]);
  });

  it("finds each link once, even with several dots in one token", () => {
    expect(extractLinks("x a.b.c.io/p.q.r y mega.nz")).toEqual(["a.b.c.io/p.q.r", "mega.nz"]);
  });

  it("reads a 2048-character link in a post but skips a longer one", () => {
    const longest = `t.me/${"a".repeat(2043)}`;
    expect(extractLinks(`see ${longest} now`)).toEqual([longest]);
    expect(extractLinks(`see ${longest}a now bit.ly`)).toEqual(["bit.ly"]);
  });
});
