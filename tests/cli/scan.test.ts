import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "./run-cli.ts";

const lines = (rows: unknown[]) => rows.map((r) => (typeof r === "string" ? r : JSON.stringify(r))).join("\n");
const parseOut = (stdout: string) => stdout.trim().split("\n").filter(Boolean).map((l) => JSON.parse(l));

describe("scan CLI", () => {
  it("prints one verdict a line, in input order, and nothing else on stdout", () => {
    const { code, stdout, stderr } = runCli("scan", ["-"], lines([
      { id: "a", text: "Mia nudes leaked!! link in bio 🔞", extra: "ignored" },
      { id: 7, text: "Water leak under the sink", hashtags: [], links: [] },
    ]));
    expect(stderr).toBe("");
    expect(code).toBe(0);
    const out = parseOut(stdout);
    expect(out).toHaveLength(2);
    expect(Object.keys(out[0])).toEqual(["id", "verdict", "score", "category", "reasons"]);
    expect(out[0]).toMatchObject({ id: "a", verdict: "flag", category: "intimate-leak" });
    expect(out[0].reasons[0]).toEqual({ rule: expect.any(String), match: expect.any(String) });
    expect(out[1]).toMatchObject({ id: 7, verdict: "ok", category: null, reasons: [] });
  });

  it("reports malformed lines with their number, scans the rest and exits 2", () => {
    const { code, stdout, stderr } = runCli("scan", ["-"], lines([
      "{not json",
      { text: "no id" },
      { id: "x", text: 42 },
      "",
      { id: "ok", text: "hello" },
    ]));
    expect(code).toBe(2);
    expect(parseOut(stdout).map((o) => o.id)).toEqual(["ok"]);
    expect(stderr).toMatch(/^line 1: not valid JSON/m);
    expect(stderr).toMatch(/^line 2: id: use a non-empty string or a number/m);
    expect(stderr).toMatch(/^line 3: text: use a string/m);
  });

  it("prints precision, recall and slice tables on stderr with --summary", () => {
    const { code, stdout, stderr } = runCli("scan", ["--summary", "-"], lines([
      { id: "1", text: "nudes leaked, link in bio", label: "flag", lang: "en", category: "intimate-leak", obfuscation: "none" },
      { id: "2", text: "gas leak downtown", label: "ok", lang: "en", category: "benign-household", obfuscation: "none" },
    ]));
    expect(code).toBe(0);
    expect(parseOut(stdout)).toHaveLength(2);
    expect(stderr).toMatch(/precision 1\.000\s+recall 1\.000/);
    expect(stderr).toMatch(/false positives among benign-\* posts: 0\/1/);
    expect(stderr).toMatch(/^lang\b/m);
    expect(stderr).toMatch(/^obfuscation\b/m);
    expect(stderr).toMatch(/^category\b/m);
  });

  it("scans with a given pack instead of the built-in ones, and with sensitivity", () => {
    const dir = mkdtempSync(join(tmpdir(), "sl-"));
    const pack = join(dir, "pack.json");
    writeFileSync(pack, JSON.stringify({
      id: "mine", name: "Mine", version: "1.0.0", languages: ["en"], description: "d",
      rules: [{ id: "zork", description: "the word zork", category: "request", weight: 0.5, terms: ["zork"] }],
    }));
    const input = lines([{ id: "1", text: "zork" }, { id: "2", text: "nudes leaked link in bio" }]);
    const balanced = parseOut(runCli("scan", ["--rules", pack, "-"], input).stdout);
    expect(balanced.map((o) => o.verdict)).toEqual(["ok", "ok"]);
    const high = parseOut(runCli("scan", ["--rules", pack, "--sensitivity", "high", "-"], input).stdout);
    expect(high.map((o) => o.verdict)).toEqual(["flag", "ok"]);
    const withDefaults = parseOut(runCli("scan", ["--rules", pack, "--defaults", "--sensitivity", "high", "-"], input).stdout);
    expect(withDefaults.map((o) => o.verdict)).toEqual(["flag", "flag"]);
  });

  it("rejects bad arguments with usage on stderr", () => {
    const { code, stdout, stderr } = runCli("scan", ["--sensitivity", "extreme", "-"]);
    expect(code).toBe(1);
    expect(stdout).toBe("");
    expect(stderr).toMatch(/--sensitivity must be low, balanced or high/);
  });
});
