import browser from "webextension-polyfill";
import { createStatsCounter } from "../settings/stats.ts";
import { cachedEffective, watchEffective } from "../settings/storage.ts";
import { createFlagBadge } from "./badge/flag-badge.ts";
import { createTroubleHandler } from "./badge/trouble.ts";
import { createEngineCache, indexedDbStore } from "./evaluate/engine-cache.ts";
import { createEngineSource } from "./evaluate/engine-source.ts";
import { createEvaluateHandler } from "./evaluate/handler.ts";
import { createLearnHandler } from "./learn/handler.ts";
import { packagedModel } from "./model/load.ts";
import { reportingLoads } from "./model/status.ts";
import { createSearchHandler } from "./search/handler.ts";
import { createStatHandler } from "./stats/handler.ts";

// The worker may be stopped and restarted at any time: everything here is rebuilt from storage on demand.
const count = createStatsCounter(browser.storage.local);
const badge = createFlagBadge({ storage: browser.storage.session, action: browser.action });
// No grace period for the policy here: an engine compiled under the policy last seen is the one the policy as read
// needs nearly always, and on a browser's first page every millisecond before the compile delays the first cover.
const engineSource = createEngineSource(cachedEffective(browser.storage, 0), {
  cache: createEngineCache(indexedDbStore()),
  build: `${browser.runtime.getManifest().version}:${String(import.meta.env.SECOND_LOOK_RULES_ID)}`,
  model: reportingLoads(packagedModel, browser.storage.session),
});
// Built as the worker starts, while the page that woke it is still loading: its first batch then finds it ready.
void engineSource().catch(() => undefined);
const handleEvaluate = createEvaluateHandler({
  evaluator: engineSource,
  badge,
  countFlagged: (added) => count("flagged", added),
});
const handleStat = createStatHandler(count);
const handleLearn = createLearnHandler(browser.tabs, (path) => browser.runtime.getURL(path));
const handleTrouble = createTroubleHandler(badge);
const handleSearch = createSearchHandler(engineSource);

// MV3: listeners must be registered in the worker's first turn, or the event that woke it is lost.
browser.runtime.onMessage.addListener((message: unknown, sender: browser.Runtime.MessageSender) => handleEvaluate(message, sender) ?? handleTrouble(message, sender) ?? handleStat(message) ?? handleLearn(message, sender) ?? handleSearch(message));
browser.tabs.onRemoved.addListener((tabId) => void badge.forget(tabId));
// A paused site's pages stop reporting, so only the worker can put the pause on their toolbar buttons.
watchEffective(browser.storage, (e) => void badge.pauses((site) => (e.settings.pausedUntil[site] ?? 0) > Date.now()));
