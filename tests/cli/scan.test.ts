import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { isControlUnit } from "../../src/cli/escape.ts";
import { runCli } from "./run-cli.ts";

const lines = (rows: unknown[]) => rows.map((r) => (typeof r === "string" ? r : JSON.stringify(r))).join("\n");
/** The control characters in `text` other than its line ends. */
const controlsIn = (text: string) => [...text].filter((c) => c !== "\n" && isControlUnit(c.charCodeAt(0)));
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

  it("reports a line over the size limit like a malformed one, scans the rest and exits 2", () => {
    const huge = JSON.stringify({ id: "huge", text: `nudes leaked link in bio ${"a".repeat(1_100_000)}` });
    const { code, stdout, stderr } = runCli("scan", ["-"], lines([{ id: "1", text: "hello" }, huge, { id: "3", text: "hi" }]));
    expect(code).toBe(2);
    expect(parseOut(stdout).map((o) => o.id)).toEqual(["1", "3"]);
    expect(stderr).toBe("line 2: longer than 1048576 bytes (--max-line), not read\n");

    const small = runCli("scan", ["--max-line", "40", "-"], lines([{ id: "1", text: "hello" }, { id: "2", text: "a post of more than forty bytes" }]));
    expect(small.code).toBe(2);
    expect(parseOut(small.stdout).map((o) => o.id)).toEqual(["1"]);
    expect(small.stderr).toMatch(/^line 2: longer than 40 bytes/m);
    expect(runCli("scan", ["--max-line", "1MB", "-"]).stderr).toMatch(/--max-line must be a number of bytes/);
  });

  it("writes control characters from the input as escapes in its messages", () => {
    // Clear the screen, retitle the terminal, ring the bell, a NUL, a C1 escape and a right-to-left override.
    const hostile = "\u001b[2J\u001b]0;owned\u0007{\"id\":\u0000\u009b31m\u202e";
    const { code, stderr } = runCli("scan", ["-"], `${hostile}\n`);
    expect(code).toBe(2);
    expect(stderr).toMatch(/^line 1: not valid JSON/m);
    expect(stderr).toContain(String.raw`"\u001b[2J\u001b]0;ow"`);
    // Nothing but the line ends is a control character: the terminal shows the input, it does not obey it.
    expect(controlsIn(stderr)).toEqual([]);

    const summary = runCli("scan", ["--summary", "-"], lines([{ id: "a", text: "ok", label: "ok", lang: "\u001b[31mred\nfake line" }]));
    expect(summary.stderr).toContain("\\u001b[31mred\\nfake line");
    expect(controlsIn(summary.stderr)).toEqual([]);
  });

  it("stops quietly when its reader closes the pipe early", () => {
    const dir = mkdtempSync(join(tmpdir(), "sl-"));
    const file = join(dir, "posts.jsonl");
    writeFileSync(file, lines(Array.from({ length: 5_000 }, (_, i) => ({ id: String(i), text: "a post about nothing in particular" }))));
    const script = join(import.meta.dirname, "..", "..", "src/cli/scan.ts");
    const result = spawnSync("bash", ["-c", `"${process.execPath}" --import tsx "${script}" --rules-only "${file}" | head -n 1; echo "exit \${PIPESTATUS[0]}" >&2`], {
      cwd: join(import.meta.dirname, "..", ".."),
      encoding: "utf8",
    });
    expect(parseOut(result.stdout)).toHaveLength(1);
    expect(result.stderr).toBe("exit 0\n");
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

  it("prints its usage on stdout and exits 0 when asked for help, reading no input", () => {
    for (const flag of ["--help", "-h"]) {
      const { code, stdout, stderr } = runCli("scan", ["--rules-only", flag]);
      expect(code).toBe(0);
      expect(stderr).toBe("");
      expect(stdout).toMatch(/^usage: second-look scan [\s\S]*--sensitivity[\s\S]*FILE\.jsonl/);
    }
  });
});
