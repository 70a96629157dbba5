import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { ROOT } from "./paths.ts";

export type Target = "chromium" | "firefox";

/**
 * Builds the extension for target with the project's own vite config into outDir (vite.config.ts makes the
 * Firefox manifest in mode "firefox"). A child process keeps vite's plugins (crxjs) out of the caller's module
 * graph; a failed build throws with vite's output.
 */
export function buildExtension(outDir: string, target: Target = "chromium"): void {
  const vite = join(ROOT, "node_modules/vite/bin/vite.js");
  const mode = target === "firefox" ? ["--mode", "firefox"] : [];
  const result = spawnSync(process.execPath, [vite, "build", ...mode, "--outDir", outDir, "--emptyOutDir", "--logLevel", "warn"], {
    cwd: ROOT,
    encoding: "utf8",
  });
  if (result.status !== 0) {
    throw new Error(`vite build failed (exit ${result.status ?? result.signal}):\n${result.stdout}\n${result.stderr}`);
  }
}
