// @vitest-environment jsdom
// @vitest-environment-options {"url": "https://x.com/home"}
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { createEvaluator } from "../../src/background/evaluate/evaluator.ts";
import { createEvaluateHandler } from "../../src/background/evaluate/handler.ts";
import type { EvaluateRequest } from "../../src/background/evaluate/message.ts";
import { start } from "../../src/content/main.ts";
import type { SettingsSource } from "../../src/content/main.ts";
import { mergeEffective } from "../../src/settings/policy.ts";
import { DEFAULT_SETTINGS, type Settings } from "../../src/settings/schema.ts";
import { compileEngine } from "../../src/rules/engine.ts";
import { defaultPacks } from "../../src/rules/packs/index.ts";
import { createXAdapter } from "../../src/sites/x/adapter.ts";

vi.mock("webextension-polyfill", () => ({ default: { runtime: { sendMessage: vi.fn() } } }));

/** An X post as SITES.md describes it: the status id comes from the link around <time>. */
function tweet(id: string, text: string): HTMLElement {
  const cell = document.createElement("div");
  cell.setAttribute("data-testid", "cellInnerDiv");
  const article = document.createElement("article");
  article.setAttribute("data-testid", "tweet");
  article.setAttribute("role", "article");
  const name = document.createElement("div");
  name.setAttribute("data-testid", "User-Name");
  const handle = document.createElement("a");
  handle.setAttribute("href", "/someone");
  handle.textContent = "@someone";
  const when = document.createElement("a");
  when.setAttribute("href", `/someone/status/${id}`);
  when.append(document.createElement("time"));
  name.append(handle, when);
  const body = document.createElement("div");
  body.setAttribute("data-testid", "tweetText");
  body.setAttribute("lang", "en");
  body.setAttribute("dir", "auto");
  const span = document.createElement("span");
  span.textContent = text;
  body.append(span);
  article.append(name, body);
  cell.append(article);
  return cell;
}

/** Settings a test controls: `change` plays the storage event the extension would get. */
function settingsSource(initial: Partial<Settings> = {}) {
  let current = mergeEffective({ ...DEFAULT_SETTINGS, ...initial });
  const listeners = new Set<(e: typeof current) => void>();
  const source: SettingsSource = {
    read: async () => current,
    watch: (cb) => {
      listeners.add(cb);
      return () => listeners.delete(cb);
    },
  };
  return {
    source,
    change(next: Partial<Settings>) {
      current = mergeEffective({ ...current.settings, ...next });
      listeners.forEach((l) => l(current));
    },
  };
}

const LEARN = "chrome-extension://id/src/ui/learn/index.html";

let stop: (() => void) | null = null;
beforeEach(() => {
  vi.useFakeTimers();
  document.body.replaceChildren();
});
afterEach(() => {
  stop?.();
  vi.useRealTimers();
});

describe("start", () => {
  it("flags bait on an X page end to end: adapter, message, worker handler, real engine, overlay", async () => {
    const engine = compileEngine(defaultPacks(), { sensitivity: "balanced" });
    const badge = { record: vi.fn(async () => 0), forget: vi.fn(async () => undefined) };
    const handle = createEvaluateHandler({ evaluator: async () => createEvaluator((p) => engine.evaluate(p)), badge });
    const send = vi.fn(async (message: unknown) => handle(structuredClone(message as EvaluateRequest), { tab: { id: 3 } }));
    document.body.append(
      tweet("1001", "Nudes of Mia Castell leaked 🔞 full video link in bio t.me/miacastell_vault_full"),
      tweet("1002", "Lovely sunset over the harbour tonight"),
    );

    stop = start(createXAdapter(), { send, settings: settingsSource().source, learnUrl: LEARN });
    await vi.advanceTimersByTimeAsync(100);

    const [bait, fine] = [...document.querySelectorAll("article")];
    expect(bait?.getAttribute("data-second-look")).toBe("flag");
    expect(fine?.getAttribute("data-second-look")).toBe("ok");
    expect(bait?.querySelector("[data-second-look-overlay]")).not.toBeNull();
    expect(fine?.querySelector("[data-second-look-overlay]")).toBeNull();
    expect(send).toHaveBeenCalledTimes(1);
    expect(badge.record).toHaveBeenCalledWith(3, expect.any(String), "x", ["x:1001"]);
  });

  it("leaves a site the settings switch off untouched, and scans it once switched on", async () => {
    const send = vi.fn(async (message: unknown) => ({
      verdicts: (message as EvaluateRequest).posts.map((p) => ({ id: p.id, verdict: { verdict: "ok", score: 0, category: null, reasons: [] } })),
    }));
    const settings = settingsSource({ sites: { x: false, reddit: true, "old-reddit": true } });
    document.body.append(tweet("1003", "hello"));
    stop = start(createXAdapter(), { send, settings: settings.source, learnUrl: LEARN });
    await vi.advanceTimersByTimeAsync(100);
    expect(document.querySelector("article")?.hasAttribute("data-second-look")).toBe(false);
    settings.change({ sites: { x: true, reddit: true, "old-reddit": true } });
    await vi.advanceTimersByTimeAsync(100);
    expect(document.querySelector("article")?.getAttribute("data-second-look")).toBe("ok");
  });

  it("applies new settings at once: a pause clears the marks, its end scans again", async () => {
    const engine = compileEngine(defaultPacks(), { sensitivity: "balanced" });
    const handle = createEvaluateHandler({ evaluator: async () => createEvaluator((p) => engine.evaluate(p)), badge: { record: async () => 0, forget: async () => undefined } });
    const send = vi.fn(async (message: unknown) => handle(message, {}));
    const settings = settingsSource();
    document.body.append(tweet("1004", "Nudes of Mia Castell leaked 🔞 full video link in bio t.me/miacastell_vault_full"));
    stop = start(createXAdapter(), { send, settings: settings.source, learnUrl: LEARN });
    await vi.advanceTimersByTimeAsync(100);
    const article = document.querySelector("article") as Element;
    expect(article.getAttribute("data-second-look")).toBe("flag");
    settings.change({ pausedUntil: { x: Date.now() + 60_000 } });
    await vi.advanceTimersByTimeAsync(100);
    expect(article.hasAttribute("data-second-look")).toBe(false);
    expect(article.querySelector("[data-second-look-overlay]")).toBeNull();
    await vi.advanceTimersByTimeAsync(60_000);
    expect(article.getAttribute("data-second-look")).toBe("flag");
  });

  it("sends the reader's reveals and share decisions to the statistics", async () => {
    const engine = compileEngine(defaultPacks(), { sensitivity: "balanced" });
    const handle = createEvaluateHandler({ evaluator: async () => createEvaluator((p) => engine.evaluate(p)), badge: { record: async () => 0, forget: async () => undefined } });
    const stats: unknown[] = [];
    const send = vi.fn(async (message: unknown) => handle(message, {}) ?? stats.push(message));
    document.body.append(tweet("1005", "Nudes of Mia Castell leaked 🔞 full video link in bio t.me/miacastell_vault_full"));
    stop = start(createXAdapter(), { send, settings: settingsSource().source, learnUrl: LEARN });
    await vi.advanceTimersByTimeAsync(100);
    const host = document.querySelector("[data-second-look-overlay]") as Element;
    (host.shadowRoot?.querySelector('[data-action="reveal"]') as HTMLElement).click();
    expect(stats).toEqual([{ type: "second-look/stat", name: "revealed" }]);
  });
});
