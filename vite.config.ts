import { readFileSync } from "node:fs";
import { crx } from "@crxjs/vite-plugin";
import { defineConfig, type Plugin } from "vite";
import manifest from "./manifest.json" with { type: "json" };

/** crxjs does not copy the file `storage.managed_schema` names, and Chrome refuses to load without it. */
const managedSchema = (): Plugin => ({
  name: "second-look:managed-schema",
  apply: "build",
  generateBundle() {
    const fileName = manifest.storage.managed_schema;
    this.emitFile({ type: "asset", fileName, source: readFileSync(fileName) });
  },
});

export default defineConfig({
  plugins: [crx({ manifest }), managedSchema()],
  build: {
    outDir: "dist",
    emptyOutDir: true,
    target: "es2022",
    // The learn page is reached only through web_accessible_resources, which crxjs copies as is: build it as a page.
    rollupOptions: { input: { learn: "src/ui/learn/index.html" } },
  },
});
