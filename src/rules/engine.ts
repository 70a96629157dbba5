/** The rule engine's entry point, shared by the CLI, the background worker and the options page. */
export { compileEngine, normalisePattern, type Engine, type EngineOptions } from "./engine/compile.ts";
export { SensitivitySchema, type Sensitivity } from "./scoring/sensitivity.ts";
