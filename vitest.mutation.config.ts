import { defineConfig, type TestProjectInlineConfiguration } from "vitest/config";
import config from "./vitest.config.ts";

/**
 * The unit project alone, for Stryker (stryker.config.json): its vitest runner cannot pick a project, and the e2e
 * projects would build the extension and start real browsers for every mutant.
 */
const unit = config.test?.projects?.find(
  (project): project is TestProjectInlineConfiguration => typeof project === "object" && "test" in project && project.test?.name === "unit",
);
if (unit === undefined) throw new Error("vitest.config.ts has no project named unit");

export default defineConfig({ test: unit.test });
