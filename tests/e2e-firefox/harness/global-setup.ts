import { join } from "node:path";
import type { TestProject } from "vitest/node";
import { ROOT } from "../../e2e/harness/paths.ts";
import { buildExtension } from "./build.ts";
import { firefoxPath } from "./firefox.ts";

declare module "vitest" {
  export interface ProvidedContext {
    /** The Firefox build of the extension for this run. */
    firefoxExtensionDir: string;
  }
}

/**
 * Fails first when there is no usable Firefox, saying how to install one; then builds the Firefox extension once
 * per run into a folder of its own (a build into dist-firefox/ meanwhile cannot swap files under the browser).
 * E2E_FIREFOX_EXTENSION_DIR tests a build made elsewhere (a release artifact, unpacked) instead.
 */
export default function setup(project: TestProject): void {
  firefoxPath();
  const prebuilt = process.env.E2E_FIREFOX_EXTENSION_DIR;
  const extensionDir = prebuilt || join(ROOT, "node_modules/.cache/second-look-e2e-firefox/extension");
  if (!prebuilt) buildExtension(extensionDir, "firefox");
  project.provide("firefoxExtensionDir", extensionDir);
}
