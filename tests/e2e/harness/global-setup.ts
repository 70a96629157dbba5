import { join } from "node:path";
import type { TestProject } from "vitest/node";
import { chromiumPath, firefoxPath } from "./browser-path.ts";
import { buildExtension, type Target } from "./build.ts";
import { ROOT } from "./paths.ts";

declare module "vitest" {
  export interface ProvidedContext {
    /** The extension built for this run, for the project's browser. */
    extensionDir: string;
  }
}

interface Suite {
  target: Target;
  /** Throws, saying how to install one, when there is no usable browser. */
  browserPath(): string;
  /** Names an extension built elsewhere (a release artifact, unpacked) to test instead. */
  prebuilt: string;
}

/** Each browser project of vitest.config.ts, by name. */
const SUITES: Readonly<Record<string, Suite>> = {
  e2e: { target: "chromium", browserPath: chromiumPath, prebuilt: "E2E_EXTENSION_DIR" },
  "e2e-firefox": { target: "firefox", browserPath: firefoxPath, prebuilt: "E2E_FIREFOX_EXTENSION_DIR" },
};

/**
 * Fails first when the project's browser is missing; then builds the extension once per run, into a folder of its
 * own so a build someone runs into dist/ meanwhile cannot swap files under the browser, unless a prebuilt one is
 * named.
 */
export default function setup(project: TestProject): void {
  const suite = SUITES[project.name];
  if (suite === undefined) throw new Error(`no browser suite is named ${project.name} (known: ${Object.keys(SUITES).join(", ")})`);
  suite.browserPath();
  const prebuilt = process.env[suite.prebuilt];
  const extensionDir = prebuilt || join(ROOT, `node_modules/.cache/second-look-${project.name}/extension`);
  if (!prebuilt) buildExtension(extensionDir, suite.target);
  project.provide("extensionDir", extensionDir);
}
