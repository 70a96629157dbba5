import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { ROOT } from "./paths.ts";

/**
 * Builds the extension with the project's own vite config into outDir. A child process keeps vite's plugins
 * (crxjs) out of the caller's module graph; a failed build throws with vite's output.
 */
export function buildExtension(outDir: string): void {
  const vite = join(ROOT, "node_modules/vite/bin/vite.js");
  const result = spawnSync(process.execPath, [vite, "build", "--outDir", outDir, "--emptyOutDir", "--logLevel", "warn"], {
    cwd: ROOT,
    encoding: "utf8",
  });
  if (result.status !== 0) {
    throw new Error(`vite build failed (exit ${result.status ?? result.signal}):\n${result.stdout}\n${result.stderr}`);
  }
}
