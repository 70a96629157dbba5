import browser from "webextension-polyfill";
import "../options/page.css";
import "./popup.css";
import { HEALTH_MESSAGE, type HealthRequest } from "../../content/health/message.ts";
import { mountPopup } from "./popup.ts";

void mountPopup(document.body, {
  storage: browser.storage,
  activeTabId: async () => (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id,
  openOptions: () => browser.runtime.openOptionsPage(),
  openLearn: () => browser.tabs.create({ url: browser.runtime.getURL("src/ui/learn/index.html") }),
  openLesson: () => browser.tabs.create({ url: browser.runtime.getURL("src/ui/lesson/index.html") }),
  askHealth: (tabId) => browser.tabs.sendMessage(tabId, { type: HEALTH_MESSAGE } satisfies HealthRequest),
  now: () => Date.now(),
});
