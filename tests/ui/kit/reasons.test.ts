// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from "vitest";
import { groupedLines, reasonItem, reasonLines } from "../../../src/ui/kit/reasons.ts";
import { compileEngine } from "../../../src/rules/engine.ts";
import { defaultPacks } from "../../../src/rules/packs/index.ts";
import { setMessageLookup } from "../../../src/ui/kit/i18n.ts";
import { lookupFor } from "../messages.ts";

const engine = compileEngine(defaultPacks(), { sensitivity: "balanced" });

describe("reasons found in the account's display name", () => {
  beforeEach(() => setMessageLookup(lookupFor("de")));

  it("say so after their words, in the reader's language, so the reader knows where to look", () => {
    const v = engine.evaluate({ text: "hi 😘", name: "OF leaks 🔞 check bio" });
    expect(v.verdict).toBe("flag");
    const items = reasonLines(v.reasons, "page").map((line) => reasonItem(line).textContent ?? "");
    expect(items.length).toBeGreaterThan(0);
    for (const item of items) expect(item).toContain("(im Namen des Kontos)");
  });

  it("say nothing of the name when the words are in the post", () => {
    const v = engine.evaluate({ text: "OF leaks 🔞 check bio", name: "Ana" });
    const items = reasonLines(v.reasons, "page").map((line) => reasonItem(line).textContent ?? "");
    expect(items.length).toBeGreaterThan(0);
    for (const item of items) expect(item).not.toContain("Namen des Kontos");
  });
});

describe("the why panel's lines", () => {
  beforeEach(() => setMessageLookup(lookupFor("en")));

  const BAIT = "Nudes of Mia Castell leaked 🔞 full video link in bio https://t.me/miacastell_vault_files";
  const judged = () => engine.evaluate({ text: BAIT });

  it("show a link as its host with the path hidden, outside the bold quotes; the options page's tester keeps it whole", () => {
    const lines = reasonLines(judged().reasons, "page");
    const items = lines.map((line) => reasonItem(line));
    const text = items.map((item) => item.textContent ?? "").join("\n");
    expect(text).toContain("t.me/…");
    expect(text).not.toContain("miacastell_vault_files");
    const link = items.flatMap((item) => [...item.querySelectorAll(".link")]);
    expect(link.map((el) => el.textContent)).toContain("t.me/…");
    for (const el of link) expect(el.closest("q, b, strong")).toBeNull();
    expect(reasonLines(judged().reasons, "options").flatMap((line) => line.quotes)).toContain("t.me/miacastell_vault_files");
  });

  it("group the overlapping combinations into one line, each word once, and drop single signals that line shows", () => {
    const v = judged();
    // The engine's own reasons overlap: four combinations share "leaked", "Nudes" and "full video".
    expect(v.reasons.filter((r) => r.match.includes(" + ")).length).toBeGreaterThanOrEqual(3);
    const lines = groupedLines(reasonLines(v.reasons, "page"));
    expect(lines.length).toBeLessThanOrEqual(3);
    // Under the strongest combination's sentence; the link, which no combination holds, keeps its own line.
    expect(lines.map((line) => line.rule)).toEqual(["leaked-intimate", "file-host-link"]);
    expect(lines[0]?.quotes).toEqual(["leaked", "Nudes", "full video", "🔞"]);
    const words = lines.flatMap((line) => [...line.quotes, ...line.links]);
    expect(new Set(words.map((w) => w.toLowerCase())).size).toBe(words.length);
  });

  it("keep a word once when a longer one on the same line holds it, and keep signals no combination shows", () => {
    const v = engine.evaluate({ text: "Mia Castell leak folder is up, grab it before it gets deleted 🔞 https://mega.nz/folder/abc#key" });
    const lines = groupedLines(reasonLines(v.reasons, "page"));
    const grouped = lines.find((line) => line.combined);
    expect(grouped?.quotes).toContain("grab it before");
    expect(grouped?.quotes).not.toContain("grab it");
    expect(lines.map((line) => line.rule)).toEqual(expect.arrayContaining(["leak-pack", "file-host-link"]));
    expect(lines.find((line) => line.rule === "file-host-link")?.links).toEqual(["mega.nz/…"]);
    expect(lines.length).toBeLessThanOrEqual(3);
  });

  it("still say when the words are in the account's name", () => {
    setMessageLookup(lookupFor("de"));
    const v = engine.evaluate({ text: "hi 😘", name: "OF leaks 🔞 check bio" });
    const items = groupedLines(reasonLines(v.reasons, "page")).map((line) => reasonItem(line).textContent ?? "");
    expect(items.length).toBeGreaterThan(0);
    for (const item of items) expect(item).toContain("(im Namen des Kontos)");
  });
});
