import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { runCli } from "./run-cli.ts";

const ROOT = join(import.meta.dirname, "..", "..");
const BIN = join(ROOT, "dist-cli", "second-look.mjs");

/** Runs the built bin with plain node, from a folder with no node_modules: it must need nothing but itself. */
function runBin(args: string[], input = "") {
  const result = spawnSync(BIN, args, { cwd: mkdtempSync(join(tmpdir(), "sl-bin-")), input, encoding: "utf8" });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const file = (name: string, content: string) => {
  const path = join(mkdtempSync(join(tmpdir(), "sl-")), name);
  writeFileSync(path, content);
  return path;
};

describe("the built second-look bin", () => {
  beforeAll(() => {
    const built = spawnSync(process.execPath, ["--import", "tsx", join(ROOT, "scripts/build-cli.ts")], { cwd: ROOT, encoding: "utf8" });
    expect(built.stderr).toBe("");
    expect(built.status).toBe(0);
  }, 180_000);

  it("prints the same help as the npm scripts, and exits 0", () => {
    for (const [command, script] of [["scan", "scan"], ["rules:check", "rules-check"]] as const) {
      const bin = runBin([command, "--help"]);
      expect(bin.code).toBe(0);
      expect(bin.stdout).toMatch(new RegExp(`^usage: second-look ${command} `));
      expect(bin).toEqual(runCli(script, ["--help"]));
    }
  });

  it("scans a file exactly as npm run scan does, the learned check included", () => {
    const posts = file("posts.jsonl", [
      JSON.stringify({ id: "a", text: "Mia nudes leaked!! link in bio 🔞" }),
      JSON.stringify({ id: 2, text: "Water leak under the sink" }),
      "{not json",
    ].join("\n"));
    const bin = runBin(["scan", posts]);
    expect(bin).toEqual(runCli("scan", [posts]));
    expect(bin.code).toBe(2);
    expect(bin.stdout).toContain('"rule":"model"');
  });

  it("checks a pack exactly as npm run rules:check does", () => {
    const pack = file("pack.json", JSON.stringify({ id: "p", name: "P", version: "1.0.0", languages: ["en"], description: "d", rules: [{ id: "a", description: "abc", weight: 2, terms: [3] }] }));
    const bin = runBin(["rules:check", pack]);
    expect(bin.code).toBe(1);
    expect(bin).toEqual(runCli("rules-check", [pack]));
  });

  it("lists its commands on --help, and refuses an unknown one with that list", () => {
    const help = runBin(["--help"]);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/scan[\s\S]*rules:check/);
    const unknown = runBin(["sacn", "x.jsonl"]);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toMatch(/^unknown command "sacn"\nusage: second-look COMMAND/);
  });
});
