import browser from "webextension-polyfill";
import { compileEngine } from "../rules/engine.ts";
import { defaultPacks } from "../rules/packs/index.ts";
import { defaults } from "../content/scan/options.ts";
import { createFlagBadge } from "./badge/flag-badge.ts";
import { createEvaluator } from "./evaluate/evaluator.ts";
import { createEvaluateHandler } from "./evaluate/handler.ts";

// Compiled once per worker start; the worker may be stopped and restarted at any time, which recompiles it.
const engine = compileEngine(defaultPacks, { sensitivity: defaults.sensitivity });
const badge = createFlagBadge({ storage: browser.storage.session, action: browser.action });
const handleEvaluate = createEvaluateHandler({ evaluator: createEvaluator((post) => engine.evaluate(post)), badge });

// MV3: listeners must be registered in the worker's first turn, or the event that woke it is lost.
browser.runtime.onMessage.addListener(handleEvaluate);
browser.tabs.onRemoved.addListener((tabId) => void badge.forget(tabId));
