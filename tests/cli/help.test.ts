import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { wantsHelp } from "../../src/cli/help.ts";

const ROOT = join(import.meta.dirname, "..", "..");

describe("--help", () => {
  it("is asked for by --help or -h among the options, not by a file named so after --", () => {
    expect(wantsHelp(["--rules", "p.json", "--help"])).toBe(true);
    expect(wantsHelp(["-h"])).toBe(true);
    expect(wantsHelp(["--", "--help"])).toBe(false);
    expect(wantsHelp(["posts.jsonl"])).toBe(false);
  });

  it("makes model:train and model:eval print their usage and exit 0 without reading any corpus", () => {
    for (const [script, usage] of [["model-train", /^usage: npm run model:train\n/], ["model-eval", /^usage: npm run model:eval -- \[--folds N\]/]] as const) {
      const result = spawnSync(process.execPath, ["--import", "tsx", join(ROOT, "src/cli", `${script}.ts`), "--help"], { cwd: ROOT, encoding: "utf8" });
      expect(result.stderr).toBe("");
      expect(result.status).toBe(0);
      expect(result.stdout).toMatch(usage);
    }
  });
});
