import { readFileSync } from "node:fs";
import { crx, type ManifestV3Export } from "@crxjs/vite-plugin";
import { build, defineConfig, type Plugin } from "vite";
import manifest from "./manifest.json" with { type: "json" };
import { FIREFOX_LOCALE_ALIASES, firefoxManifest } from "./scripts/firefox-manifest.ts";
import { rulesBuildId } from "./scripts/rules-build-id.ts";
import { checkModel } from "./scripts/vite-check-model.ts";
import { validatePacks } from "./scripts/vite-validate-packs.ts";
import { zodWithoutEval } from "./scripts/vite-zod-jitless.ts";
import { TOOLBAR_STATES, iconPaths } from "./src/background/badge/icon.ts";

/** crxjs does not copy the file `storage.managed_schema` names, and Chrome refuses to load without it. */
const managedSchema = (): Plugin => ({
  name: "second-look:managed-schema",
  apply: "build",
  generateBundle() {
    const fileName = manifest.storage.managed_schema;
    this.emitFile({ type: "asset", fileName, source: readFileSync(fileName) });
  },
});

/** The worker switches the toolbar icon by path (src/background/badge/icon.ts): crxjs copies only those the manifest names. */
const toolbarIcons = (): Plugin => ({
  name: "second-look:toolbar-icons",
  apply: "build",
  generateBundle(_options, bundle) {
    for (const fileName of TOOLBAR_STATES.flatMap((state) => Object.values(iconPaths(state)))) {
      if (!(fileName in bundle)) this.emitFile({ type: "asset", fileName, source: readFileSync(fileName) });
    }
  },
});

/**
 * Firefox names Tagalog `tl` where Chrome names it `fil`, and matches the extension's locales by exact tag: without
 * a `tl` copy, Firefox in Tagalog would show English.
 */
const firefoxLocaleAliases = (): Plugin => ({
  name: "second-look:firefox-locale-aliases",
  apply: "build",
  generateBundle() {
    for (const [alias, locale] of Object.entries(FIREFOX_LOCALE_ALIASES)) {
      this.emitFile({ type: "asset", fileName: `_locales/${alias}/messages.json`, source: readFileSync(`_locales/${locale}/messages.json`) });
    }
  },
});

/**
 * Content scripts as self-contained files. crxjs would start them with a loader that imports their chunks by
 * URL, and those chunks must then be web-accessible: any page could fetch them under the extension's fixed id
 * and learn that it is installed. crxjs's `standaloneFiles` builds them as IIFE bundles but without this
 * config's plugins (the zod stub above all), so each is built again here with them and replaces crxjs's copy.
 */
const selfContainedContentScripts = (files: readonly string[]): Plugin => {
  let define: Record<string, unknown> = {};
  return {
    name: "second-look:self-contained-content-scripts",
    apply: "build",
    enforce: "post",
    configResolved(config) {
      define = config.define ?? {};
    },
    async generateBundle(_options, bundle) {
      for (const file of files) {
        const fileName = file.replace(/\.ts$/, ".js");
        const emitted = bundle[fileName];
        if (emitted?.type !== "asset") this.error(`crxjs did not emit ${fileName} for ${file}`);
        const built = await build({
          configFile: false,
          root: import.meta.dirname,
          logLevel: "warn",
          define,
          plugins: [zodWithoutEval()],
          build: { write: false, target: "es2022", lib: { entry: file, formats: ["iife"], name: "secondLook", fileName: () => fileName } },
        });
        const outputs = (Array.isArray(built) ? built : [built]).flatMap((result) => ("output" in result ? result.output : []));
        const entry = outputs.find((output) => output.type === "chunk" && output.isEntry);
        if (entry?.type !== "chunk") this.error(`no IIFE bundle for ${file}`);
        emitted.source = entry.code;
      }
    },
  };
};
const CONTENT_SCRIPTS = manifest.content_scripts.flatMap((script) => script.js);

/** `vite build` makes the Chromium build in dist/; `vite build --mode firefox` the Firefox one in dist-firefox/. */
export default defineConfig(({ mode }) => {
  const firefox = mode === "firefox";
  return {
    plugins: [
      validatePacks(),
      checkModel(import.meta.dirname),
      zodWithoutEval(),
      ...(firefox
        ? [...crx({ manifest: firefoxManifest(manifest) as ManifestV3Export, browser: "firefox", contentScripts: { standaloneFiles: CONTENT_SCRIPTS } }), firefoxLocaleAliases()]
        : [...crx({ manifest, contentScripts: { standaloneFiles: CONTENT_SCRIPTS } }), managedSchema()]),
      selfContainedContentScripts(CONTENT_SCRIPTS),
      toolbarIcons(),
    ],
    // Names the rules code the worker's kept engine was compiled by (src/background/evaluate/engine-cache.ts).
    define: { "import.meta.env.SECOND_LOOK_RULES_ID": JSON.stringify(rulesBuildId(import.meta.dirname)) },
    build: {
      outDir: firefox ? "dist-firefox" : "dist",
      emptyOutDir: true,
      target: "es2022",
      // No manifest key names the learn page or the lesson (the worker and the popup open them by URL): build them as pages.
      rollupOptions: { input: { learn: "src/ui/learn/index.html", lesson: "src/ui/lesson/index.html" } },
    },
  };
});
