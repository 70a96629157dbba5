import { join } from "node:path";
import type { TestProject } from "vitest/node";
import { buildExtension } from "./build.ts";
import { chromiumPath } from "./chromium.ts";
import { ROOT } from "./paths.ts";

declare module "vitest" {
  export interface ProvidedContext {
    /** The extension built for this run. */
    extensionDir: string;
  }
}

/**
 * Builds the extension once per run, into a folder of its own so a build someone runs into dist/ meanwhile
 * cannot swap files under the browser; E2E_EXTENSION_DIR tests an extension built elsewhere (a release
 * artifact) instead. Fails first when there is no Chromium, saying how to install one.
 */
export default function setup(project: TestProject): void {
  chromiumPath();
  const prebuilt = process.env.E2E_EXTENSION_DIR;
  const extensionDir = prebuilt || join(ROOT, "node_modules/.cache/second-look-e2e/extension");
  if (!prebuilt) buildExtension(extensionDir);
  project.provide("extensionDir", extensionDir);
}
