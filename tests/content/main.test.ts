// @vitest-environment jsdom
// @vitest-environment-options {"url": "https://x.com/home"}
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { createEvaluator } from "../../src/background/evaluate/evaluator.ts";
import { createEvaluateHandler } from "../../src/background/evaluate/handler.ts";
import type { EvaluateRequest } from "../../src/background/evaluate/message.ts";
import { start } from "../../src/content/main.ts";
import { defaults } from "../../src/content/scan/options.ts";
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
    const engine = compileEngine(defaultPacks, { sensitivity: "balanced" });
    const badge = { record: vi.fn(async () => undefined), forget: vi.fn(async () => undefined) };
    const handle = createEvaluateHandler({ evaluator: createEvaluator((p) => engine.evaluate(p)), badge });
    const send = vi.fn(async (message: EvaluateRequest) => handle(structuredClone(message), { tab: { id: 3 } }));
    document.body.append(
      tweet("1001", "Nudes of Mia Castell leaked 🔞 full video link in bio t.me/miacastell_vault_full"),
      tweet("1002", "Lovely sunset over the harbour tonight"),
    );

    stop = start(createXAdapter(), { send });
    await vi.advanceTimersByTimeAsync(100);

    const [bait, fine] = [...document.querySelectorAll("article")];
    expect(bait?.getAttribute("data-second-look")).toBe("flag");
    expect(fine?.getAttribute("data-second-look")).toBe("ok");
    expect(bait?.querySelector("[data-second-look-overlay]")).not.toBeNull();
    expect(fine?.querySelector("[data-second-look-overlay]")).toBeNull();
    expect(send).toHaveBeenCalledTimes(1);
    expect(badge.record).toHaveBeenCalledWith(3, expect.any(String), ["x:1001"]);
  });

  it("does nothing on a site the settings switch off", () => {
    expect(start(createXAdapter(), { settings: { ...defaults, sites: { ...defaults.sites, x: false } } })).toBeNull();
  });
});
