// @vitest-environment jsdom
// @vitest-environment-options {"url": "https://x.com/home"}
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import browser from "webextension-polyfill";
import { createEvaluator } from "../../src/background/evaluate/evaluator.ts";
import { createEngineSource } from "../../src/background/evaluate/engine-source.ts";
import { createEvaluateHandler } from "../../src/background/evaluate/handler.ts";
import type { EvaluateRequest } from "../../src/background/evaluate/message.ts";
import { createSearchHandler } from "../../src/background/search/handler.ts";
import { GRACE_MS } from "../../src/content/health/report.ts";
import { start } from "../../src/content/main.ts";
import type { SettingsSource } from "../../src/content/main.ts";
import { mergeEffective } from "../../src/settings/policy.ts";
import { cachedEffective, readEffective, readEffectiveEarly, watchEffective } from "../../src/settings/storage.ts";
import { DEFAULT_SETTINGS, type Settings } from "../../src/settings/schema.ts";
import { compileEngine } from "../../src/rules/engine.ts";
import { defaultPacks } from "../../src/rules/packs/index.ts";
import { createXAdapter } from "../../src/sites/x/adapter.ts";
import { fakeStorage } from "../settings/fake-storage.ts";
import { userClick } from "./user-input.ts";

/** The runtime as Chromium leaves it to a content script: its id goes away once the extension is updated or reloaded. */
vi.mock("webextension-polyfill", () => ({ default: { runtime: { id: "ext", sendMessage: vi.fn(), onMessage: { addListener: vi.fn(), removeListener: vi.fn() } } } }));
const runtime = browser.runtime as { id?: string };

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

let stop: (() => void) | null = null;
beforeEach(() => {
  vi.useFakeTimers();
  document.body.replaceChildren();
  runtime.id = "ext";
});
afterEach(() => {
  stop?.();
  vi.useRealTimers();
});

describe("start", () => {
  it("flags bait on an X page end to end: adapter, message, worker handler, real engine, overlay", async () => {
    const engine = compileEngine(defaultPacks(), { sensitivity: "balanced" });
    const badge = { record: vi.fn(async () => 0), trouble: vi.fn(async () => undefined), forget: vi.fn(async () => undefined) };
    const handle = createEvaluateHandler({ evaluator: async () => createEvaluator((p) => engine.evaluate(p)), badge });
    const send = vi.fn(async (message: unknown) => handle(structuredClone(message as EvaluateRequest), { tab: { id: 3 } }));
    document.body.append(
      tweet("1001", "Nudes of Mia Castell leaked 🔞 full video link in bio t.me/miacastell_vault_full"),
      tweet("1002", "Lovely sunset over the harbour tonight"),
    );

    stop = start(createXAdapter(), { send, settings: settingsSource().source });
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
    stop = start(createXAdapter(), { send, settings: settings.source });
    await vi.advanceTimersByTimeAsync(100);
    expect(document.querySelector("article")?.hasAttribute("data-second-look")).toBe(false);
    settings.change({ sites: { x: true, reddit: true, "old-reddit": true } });
    await vi.advanceTimersByTimeAsync(100);
    expect(document.querySelector("article")?.getAttribute("data-second-look")).toBe("ok");
  });

  it("applies new settings at once: a pause clears the marks, its end scans again", async () => {
    const engine = compileEngine(defaultPacks(), { sensitivity: "balanced" });
    const handle = createEvaluateHandler({ evaluator: async () => createEvaluator((p) => engine.evaluate(p)), badge: { record: async () => 0, trouble: async () => undefined, forget: async () => undefined } });
    const send = vi.fn(async (message: unknown) => handle(message, {}));
    const settings = settingsSource();
    document.body.append(tweet("1004", "Nudes of Mia Castell leaked 🔞 full video link in bio t.me/miacastell_vault_full"));
    stop = start(createXAdapter(), { send, settings: settings.source });
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
    const handle = createEvaluateHandler({ evaluator: async () => createEvaluator((p) => engine.evaluate(p)), badge: { record: async () => 0, trouble: async () => undefined, forget: async () => undefined } });
    const stats: unknown[] = [];
    const send = vi.fn(async (message: unknown) => handle(message, {}) ?? stats.push(message));
    document.body.append(tweet("1005", "Nudes of Mia Castell leaked 🔞 full video link in bio t.me/miacastell_vault_full"));
    stop = start(createXAdapter(), { send, settings: settingsSource().source });
    await vi.advanceTimersByTimeAsync(100);
    const host = document.querySelector("[data-second-look-overlay]") as Element;
    userClick(host.shadowRoot?.querySelector('[data-action="reveal"]') as HTMLElement);
    expect(stats).toEqual([{ type: "second-look/stat", name: "revealed" }]);
  });

  it("asks the worker to open the learn page, and puts no extension URL in the page", async () => {
    const engine = compileEngine(defaultPacks(), { sensitivity: "balanced" });
    const handle = createEvaluateHandler({ evaluator: async () => createEvaluator((p) => engine.evaluate(p)), badge: { record: async () => 0, trouble: async () => undefined, forget: async () => undefined } });
    const others: unknown[] = [];
    const send = vi.fn(async (message: unknown) => handle(message, {}) ?? others.push(message));
    document.body.append(tweet("1006", "Nudes of Mia Castell leaked 🔞 full video link in bio t.me/miacastell_vault_full"));
    stop = start(createXAdapter(), { send, settings: settingsSource().source });
    await vi.advanceTimersByTimeAsync(100);
    const root = (document.querySelector("[data-second-look-overlay]") as Element).shadowRoot as ShadowRoot;
    userClick(root.querySelector('[data-action="why"]') as HTMLElement);
    userClick(root.querySelector('[data-action="learn"]') as HTMLElement);
    expect(others).toEqual([{ type: "second-look/open-learn" }]);
    const values = [...root.querySelectorAll("*")].flatMap((el) => [...el.attributes].map((attr) => attr.value));
    expect(values.filter((value) => value.includes("extension://"))).toEqual([]);
  });

  it("stops for good once the extension is gone: no retries, covers stay, and the page offers a reload", async () => {
    const engine = compileEngine(defaultPacks(), { sensitivity: "balanced" });
    const handle = createEvaluateHandler({ evaluator: async () => createEvaluator((p) => engine.evaluate(p)), badge: { record: async () => 0, trouble: async () => undefined, forget: async () => undefined } });
    const send = vi.fn(async (message: unknown) => {
      // What Chromium's messaging does in a script whose extension was reloaded under it.
      if (runtime.id === undefined) throw new Error("Extension context invalidated.");
      return handle(message, {});
    });
    const reload = vi.fn();
    document.body.append(tweet("2001", "Nudes of Mia Castell leaked 🔞 full video link in bio t.me/miacastell_vault_full"));
    stop = start(createXAdapter(), { send, settings: settingsSource().source, reload });
    await vi.advanceTimersByTimeAsync(100);
    const covered = document.querySelector("article") as Element;
    expect(covered.getAttribute("data-second-look")).toBe("flag");
    expect(document.querySelector("[data-second-look-notice]")).toBeNull();

    delete runtime.id;
    send.mockClear();
    document.body.append(tweet("2002", "Lovely sunset over the harbour tonight"));
    await vi.advanceTimersByTimeAsync(100);
    const [, later] = [...document.querySelectorAll("article")];
    // Never left pending: shown unjudged, as the DOM contract says, without a message the runtime would refuse.
    expect(later?.getAttribute("data-second-look")).toBe("ok");
    expect(later?.getAttribute("data-second-look-error")).toBe("unavailable");
    expect(send).not.toHaveBeenCalled();
    expect(covered.getAttribute("data-second-look")).toBe("flag");
    expect(covered.querySelector("[data-second-look-overlay]")).not.toBeNull();

    const notice = document.querySelector("[data-second-look-notice]");
    expect(notice?.shadowRoot?.querySelector("p")?.textContent).toBe("pageOrphanedText");
    // Ten minutes on, and new posts: nothing more is sent or marked.
    document.body.append(tweet("2003", "Another post"));
    await vi.advanceTimersByTimeAsync(600_000);
    expect(send).not.toHaveBeenCalled();
    expect(document.querySelectorAll("article")[2]?.hasAttribute("data-second-look")).toBe(false);
    expect(document.querySelectorAll("[data-second-look-notice]")).toHaveLength(1);

    const reloadButton = notice?.shadowRoot?.querySelector('[data-action="reload-tab"]') as HTMLElement;
    reloadButton.click(); // a page script's click: ignored
    expect(reload).not.toHaveBeenCalled();
    userClick(reloadButton);
    expect(reload).toHaveBeenCalledTimes(1);
    userClick(notice?.shadowRoot?.querySelector('[data-action="close"]') as HTMLElement);
    expect(document.querySelector("[data-second-look-notice]")).toBeNull();
  });

  it("on a browser's first page covers bait before the policy is read, then judges again under it without uncovering", async () => {
    // Right after the browser starts, the managed-policy read takes seconds; the user's settings come at once.
    const policyReads: ((policy: Record<string, unknown>) => void)[] = [];
    const storage = fakeStorage();
    storage.managed = { get: () => new Promise((resolve) => policyReads.push(resolve)) };
    const handle = createEvaluateHandler({
      evaluator: createEngineSource(cachedEffective(storage)),
      badge: { record: async () => 0, trouble: async () => undefined, forget: async () => undefined },
    });
    let releaseSettled = () => {};
    const settledHeld = new Promise<void>((resolve) => (releaseSettled = resolve));
    const requests: EvaluateRequest[] = [];
    const send = vi.fn(async (message: unknown) => {
      const request = structuredClone(message as EvaluateRequest);
      requests.push(request);
      if (request.settled) await settledHeld;
      return handle(request, {});
    });
    document.body.append(tweet("4001", "Nudes of Mia Castell leaked 🔞 full video link in bio t.me/miacastell_vault_full"), tweet("4002", "my zorbleak arrived today"));
    const settings: SettingsSource = { read: () => readEffective(storage), early: () => readEffectiveEarly(storage), watch: (onChange) => watchEffective(storage, onChange) };
    stop = start(createXAdapter(), { send, settings });
    const [bait, school] = [...document.querySelectorAll("article")] as Element[];
    // Pending before anything was read.
    expect([bait?.getAttribute("data-second-look"), school?.getAttribute("data-second-look")]).toEqual(["pending", "pending"]);

    await vi.advanceTimersByTimeAsync(200);
    expect([bait?.getAttribute("data-second-look"), school?.getAttribute("data-second-look")]).toEqual(["flag", "ok"]);
    const coverOf = (post: Element | undefined) => post?.querySelector("[data-second-look-overlay]")?.shadowRoot ?? null;
    // Until the policy is known the cover offers no reveal: a school may forbid it.
    expect(coverOf(bait)?.querySelector('[data-action="reveal"]')).toBeNull();
    expect(requests.every((r) => r.settled === undefined)).toBe(true);

    for (const read of policyReads) read({ ExtraTerms: ["zorbleak"] });
    await vi.advanceTimersByTimeAsync(200);
    // Judged again under the policy, the bait stays covered while the worker answers.
    expect(requests.at(-1)?.settled).toBe(true);
    expect(coverOf(bait)).not.toBeNull();
    releaseSettled();
    await vi.advanceTimersByTimeAsync(200);
    expect([bait?.getAttribute("data-second-look"), school?.getAttribute("data-second-look")]).toEqual(["flag", "flag"]);
    expect(coverOf(bait)?.querySelector('[data-action="reveal"]')).not.toBeNull();
  });

  it("tells the worker once when posts go unjudged while it is there but not answering, and again after a recovery", async () => {
    const answers: unknown[] = [];
    let failing = true;
    const send = vi.fn(async (message: unknown) => {
      const m = message as { type: string; posts?: { id: string }[] };
      if (m.type !== "second-look/evaluate") return void answers.push(message);
      if (failing) return new Promise(() => {}); // a hung worker: every attempt times out
      return { verdicts: (m.posts ?? []).map((p) => ({ id: p.id, verdict: { verdict: "ok", score: 0, category: null, reasons: [] } })) };
    });
    document.body.append(tweet("3001", "hello"));
    stop = start(createXAdapter(), { send, settings: settingsSource().source });
    await vi.advanceTimersByTimeAsync(60_000);
    const article = document.querySelector("article") as Element;
    expect(article.getAttribute("data-second-look-error")).toBe("unavailable");
    expect(answers).toEqual([{ type: "second-look/trouble", page: expect.any(String), site: "x" }]);
    expect(document.querySelector("[data-second-look-notice]")).toBeNull();

    failing = false;
    await vi.advanceTimersByTimeAsync(60_000);
    expect(article.hasAttribute("data-second-look-error")).toBe(false);
    failing = true;
    document.body.append(tweet("3002", "again"));
    await vi.advanceTimersByTimeAsync(10_000);
    expect(answers).toHaveLength(2);
  });
});

describe("start on a search page", () => {
  const engineSource = createEngineSource(async () => mergeEffective(DEFAULT_SETTINGS));
  const handleSearch = createSearchHandler(engineSource);
  /** The search page's main column, as x/surfaces-search.html has it, with no posts in it. */
  function searchPage(q: string) {
    history.pushState(null, "", `/search?q=${encodeURIComponent(q)}`);
    const column = document.createElement("div");
    column.setAttribute("data-testid", "primaryColumn");
    const results = document.createElement("section");
    results.setAttribute("role", "region");
    column.append(results);
    document.body.append(column);
  }
  afterEach(() => history.pushState(null, "", "/home"));

  it("asks the worker about the query, shows the note, opens the learn page through the worker, and follows the switch", async () => {
    const others: unknown[] = [];
    const send = vi.fn(async (message: unknown) => handleSearch(structuredClone(message)) ?? others.push(message));
    const settings = settingsSource();
    searchPage("m1a n.u.d.e.s");
    stop = start(createXAdapter(), { send, settings: settings.source });
    await vi.advanceTimersByTimeAsync(1_000);
    expect(document.querySelectorAll("[data-second-look-search]")).toHaveLength(1);
    const root = document.querySelector("[data-second-look-search]")?.shadowRoot as ShadowRoot;
    userClick(root.querySelector('[data-action="learn"]') as HTMLElement);
    expect(others).toEqual([{ type: "second-look/open-learn" }]);

    settings.change({ searchNotice: false });
    await vi.advanceTimersByTimeAsync(2_000);
    expect(document.querySelectorAll("[data-second-look-search]")).toHaveLength(0);
    settings.change({ searchNotice: true });
    await vi.advanceTimersByTimeAsync(1_000);
    expect(document.querySelectorAll("[data-second-look-search]")).toHaveLength(1);
    // A paused site gets no note either: it is part of what the reader paused.
    settings.change({ pausedUntil: { x: Date.now() + 60_000 } });
    await vi.advanceTimersByTimeAsync(1_000);
    expect(document.querySelectorAll("[data-second-look-search]")).toHaveLength(0);
  });

  it("answers the popup's health question: a feed whose posts it cannot read, once the grace time is over", async () => {
    let answer: ((message: unknown) => Promise<unknown> | undefined) | undefined;
    const listen = (handler: typeof answer) => {
      answer = handler;
      return () => (answer = undefined);
    };
    const cell = document.createElement("div");
    cell.setAttribute("data-testid", "cellInnerDiv");
    searchPage("weather");
    document.querySelector('section[role="region"]')?.append(cell);
    stop = start(createXAdapter(), { send: async () => undefined, settings: settingsSource().source, listen });
    await vi.advanceTimersByTimeAsync(100);
    await expect(answer?.({ type: "second-look/page-health" })).resolves.toEqual({ seen: 0, judged: 0, unreadable: false });
    await vi.advanceTimersByTimeAsync(GRACE_MS);
    await expect(answer?.({ type: "second-look/page-health" })).resolves.toEqual({ seen: 0, judged: 0, unreadable: true });
    stop?.();
    stop = null;
    expect(answer).toBeUndefined();
  });
});

