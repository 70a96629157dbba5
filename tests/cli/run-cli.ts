import { spawnSync } from "node:child_process";
import { join } from "node:path";

const ROOT = join(import.meta.dirname, "..", "..");

/** Runs a CLI entry exactly as `npm run --silent <script>` does, feeding `input` on standard input. */
export function runCli(script: "scan" | "rules-check", args: string[], input = "") {
  const result = spawnSync(process.execPath, ["--import", "tsx", join(ROOT, "src/cli", `${script}.ts`), ...args], {
    cwd: ROOT,
    input,
    encoding: "utf8",
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}
