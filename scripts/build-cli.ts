// `npm run build:cli`: bundles the CLI (src/cli/bin.ts) into one ES module, dist-cli/second-look.mjs, the
// package's `second-look` bin. Node runs it as it is: no tsx, no TypeScript compile at each start.
import { chmodSync, copyFileSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { build } from "vite";
import { META_FILE, MODEL_DIR, WEIGHTS_FILE } from "../src/cli/model-file.ts";

const ROOT = join(import.meta.dirname, "..");
export const CLI_DIR = join(ROOT, "dist-cli");
export const CLI_FILE = join(CLI_DIR, "second-look.mjs");

await build({
  configFile: false,
  root: ROOT,
  logLevel: "warn",
  // The learned check's files ship beside the bundle, where src/cli/model-file.ts then looks for them.
  define: { SECOND_LOOK_MODEL_DIR: JSON.stringify("./model/") },
  ssr: { noExternal: true, target: "node" },
  build: {
    ssr: "src/cli/bin.ts",
    outDir: CLI_DIR,
    emptyOutDir: true,
    target: "node20",
    minify: true,
    rollupOptions: { output: { format: "es", entryFileNames: "second-look.mjs", banner: "#!/usr/bin/env node" } },
  },
});
mkdirSync(join(CLI_DIR, "model"), { recursive: true });
for (const file of [META_FILE, WEIGHTS_FILE]) copyFileSync(join(MODEL_DIR, file), join(CLI_DIR, "model", file));
chmodSync(CLI_FILE, 0o755);
console.log(`built ${CLI_FILE}`);
