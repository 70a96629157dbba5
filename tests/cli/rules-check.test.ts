import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "./run-cli.ts";

const write = (content: string) => {
  const file = join(mkdtempSync(join(tmpdir(), "sl-")), "pack.json");
  writeFileSync(file, content);
  return file;
};

const packWith = (rules: unknown[]) =>
  JSON.stringify({ id: "p", name: "P", version: "1.0.0", languages: ["en"], description: "d", rules });

describe("rules:check CLI", () => {
  it("prints its usage on stdout and exits 0 when asked for help", () => {
    const { code, stdout, stderr } = runCli("rules-check", ["--help"]);
    expect(code).toBe(0);
    expect(stderr).toBe("");
    expect(stdout).toMatch(/^usage: second-look rules:check PACK\.json/);
  });

  it("without a pack, prints its usage on stderr and exits 1", () => {
    const { code, stdout, stderr } = runCli("rules-check", []);
    expect(code).toBe(1);
    expect(stdout).toBe("");
    expect(stderr).toMatch(/^usage: second-look rules:check/);
  });

  it("accepts a valid pack", () => {
    const { code, stdout } = runCli("rules-check", [write(packWith([{ id: "a", description: "abc", weight: 0.5, terms: ["x"] }]))]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/ok, pack "p" 1\.0\.0 with 1 rules/);
  });

  it("prints each problem on its own line with the path of the bad field and exits 1", () => {
    const rules = [
      { id: "a", description: "abc", weight: 0.5, terms: ["x"] },
      { id: "b", description: "abc", weight: 0.5, terms: ["y"] },
      { id: "c", description: "abc", weight: 0.5, terms: ["z"] },
      { id: "d", description: "abc", weight: 0.5, terms: [3, "l*ak"] },
      { id: "e", description: "abc", weight: 2, links: ["not a host"] },
    ];
    const { code, stdout } = runCli("rules-check", [write(packWith(rules))]);
    expect(code).toBe(1);
    const out = stdout.trim().split("\n");
    expect(out).toContain("rules[3].terms[0]: Invalid input: expected string, received number");
    expect(out).toContain("rules[3].terms[1]: '*' is allowed only at the start or the end of a pattern");
    expect(out.some((l) => l.startsWith("rules[4].weight: "))).toBe(true);
    expect(out.some((l) => l.startsWith("rules[4].links[0]: "))).toBe(true);
  });

  it("finds combinations that name unknown rules", () => {
    const rules = [
      { id: "a", description: "abc", weight: 0.5, terms: ["x"] },
      { kind: "combo", id: "c", description: "abc", category: "request", weight: 0.5, all: ["a", ["nope", "leak-word"]] },
    ];
    const { code, stdout } = runCli("rules-check", [write(packWith(rules))]);
    expect(code).toBe(1);
    expect(stdout.trim()).toBe('rules[1].all[1][0]: unknown rule id "nope"');
  });

  it("reports a file that is not JSON", () => {
    const file = write("{ nope");
    const { code, stdout } = runCli("rules-check", [file]);
    expect(code).toBe(1);
    expect(stdout).toMatch(/not valid JSON/);
  });
});
