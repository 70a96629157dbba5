import { readFileSync } from "node:fs";
import { crx, type ManifestV3Export } from "@crxjs/vite-plugin";
import { defineConfig, type Plugin } from "vite";
import manifest from "./manifest.json" with { type: "json" };
import { firefoxManifest } from "./scripts/firefox-manifest.ts";
import { rulesBuildId } from "./scripts/rules-build-id.ts";
import { checkModel } from "./scripts/vite-check-model.ts";
import { validatePacks } from "./scripts/vite-validate-packs.ts";
import { zodWithoutEval } from "./scripts/vite-zod-jitless.ts";

/** crxjs does not copy the file `storage.managed_schema` names, and Chrome refuses to load without it. */
const managedSchema = (): Plugin => ({
  name: "second-look:managed-schema",
  apply: "build",
  generateBundle() {
    const fileName = manifest.storage.managed_schema;
    this.emitFile({ type: "asset", fileName, source: readFileSync(fileName) });
  },
});

/** `vite build` makes the Chromium build in dist/; `vite build --mode firefox` the Firefox one in dist-firefox/. */
export default defineConfig(({ mode }) => {
  const firefox = mode === "firefox";
  return {
    plugins: [
      validatePacks(),
      checkModel(import.meta.dirname),
      zodWithoutEval(),
      ...(firefox
        ? crx({ manifest: firefoxManifest(manifest) as ManifestV3Export, browser: "firefox" })
        : [...crx({ manifest }), managedSchema()]),
    ],
    // Names the rules code the worker's kept engine was compiled by (src/background/evaluate/engine-cache.ts).
    define: { "import.meta.env.SECOND_LOOK_RULES_ID": JSON.stringify(rulesBuildId(import.meta.dirname)) },
    build: {
      outDir: firefox ? "dist-firefox" : "dist",
      emptyOutDir: true,
      target: "es2022",
      // The learn page is reached only through web_accessible_resources, which crxjs copies as is: build it as a page.
      rollupOptions: { input: { learn: "src/ui/learn/index.html" } },
    },
  };
});
