/** The rule engine's entry point, shared by the CLI, the background worker and the options page. */
export { compileEngine, compileEngineTables, engineFrom, type Engine, type EngineOptions, type EngineTables } from "./engine/compile.ts";
export { normalisePattern } from "./matcher/usable.ts";
export { SensitivitySchema, type Sensitivity } from "./scoring/sensitivity.ts";
