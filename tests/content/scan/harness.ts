import { vi } from "vitest";
import { EVALUATE_MESSAGE, type EvaluateRequest } from "../../../src/background/evaluate/message.ts";
import { scanSettings } from "../../../src/content/scan/options.ts";
import { mergeEffective } from "../../../src/settings/policy.ts";
import { DEFAULT_SETTINGS } from "../../../src/settings/schema.ts";
import { scanPage, type OverlayPort } from "../../../src/content/scan/page-scan.ts";
import type { SliceClock } from "../../../src/content/scan/slices.ts";
import { createTransport } from "../../../src/content/scan/transport.ts";
import type { SiteAdapter } from "../../../src/sites/adapter.ts";
import type { PostSnapshot } from "../../../src/sites/snapshot.ts";
import { fakeEvaluate } from "../../background/evaluate/verdicts.ts";
import { QUIET_SURFACES } from "../../sites/quiet-surfaces.ts";

/**
 * A fake site: `<div data-post data-tags="a,b"><a href="/status/ID"></a><p>text</p></div>`. The id comes from
 * the link (as on X), so a recycled element changes its href; tags sit in an attribute nothing watches.
 */
export function post(id: string | null, text: string, tags = ""): HTMLElement {
  const el = document.createElement("div");
  el.setAttribute("data-post", "");
  el.setAttribute("data-tags", tags);
  const link = document.createElement("a");
  if (id !== null) link.setAttribute("href", `/status/${id}`);
  const p = document.createElement("p");
  p.textContent = text;
  el.append(link, p);
  return el;
}

/** Shows another post in the same element, the way a virtualised feed reuses a cell. */
export function recycle(el: Element, id: string, text: string): void {
  el.querySelector("a")?.setAttribute("href", `/status/${id}`);
  const p = el.querySelector("p");
  if (p) p.textContent = text;
}

export function fakeAdapter(theme: { current: "light" | "dark" } = { current: "light" }) {
  const read = vi.fn((el: Element): PostSnapshot | null => {
    const id = /\/status\/(\w+)/.exec(el.querySelector("a")?.getAttribute("href") ?? "")?.[1];
    if (!id) return null;
    const tags = el.getAttribute("data-tags") ?? "";
    return {
      id,
      text: el.querySelector("p")?.textContent ?? "",
      hashtags: tags ? tags.split(",") : [],
      links: [],
      site: "x",
      kind: "post",
      author: null,
      community: null,
      permalink: null,
      hasMedia: false,
      name: null,
    };
  });
  const adapter: SiteAdapter = {
    site: "x",
    handles: () => true,
    findPosts: (root) => [
      ...(root instanceof Element && root.matches("[data-post]") ? [root] : []),
      ...root.querySelectorAll("[data-post]"),
    ],
    read,
    shareTargetOf: () => null,
    overlayHost: (el) => el,
    theme: () => theme.current,
    ...QUIET_SURFACES,
  };
  return { adapter, read };
}

/** Frames every 16 ms of fake time, "soon" a microtask; `cost` ms of fake time (or what `cost()` says now) pass on every clock reading. */
export function fakeClock(cost: number | (() => number) = 0): SliceClock {
  let t = 0;
  return {
    soon: (run) => queueMicrotask(run),
    frame: (run) => void setTimeout(run, 16),
    now: () => (t += typeof cost === "function" ? cost() : cost),
  };
}

/** The worker: answers with the stand-in engine unless a test makes it fail. */
export function fakeWorker() {
  const requests: EvaluateRequest[] = [];
  const answer = (message: EvaluateRequest) => ({ verdicts: message.posts.map((p) => ({ id: p.id, verdict: fakeEvaluate(p) })) });
  const send = vi.fn(async (message: EvaluateRequest): Promise<unknown> => {
    requests.push(message);
    return answer(message);
  });
  return { send, answer, requests, sentIds: () => requests.flatMap((r) => r.posts.map((p) => p.id)) };
}

export function startScan(options: { cost?: number | (() => number); theme?: { current: "light" | "dark" } } = {}) {
  const { adapter, read } = fakeAdapter(options.theme);
  const worker = fakeWorker();
  const overlay = {
    showOverlay: vi.fn<OverlayPort["showOverlay"]>(),
    removeOverlay: vi.fn<OverlayPort["removeOverlay"]>(),
    setOverlayTheme: vi.fn<OverlayPort["setOverlayTheme"]>(),
  };
  const transport = createTransport(worker.send);
  const scan = scanPage({
    adapter,
    evaluate: (posts) => transport({ type: EVALUATE_MESSAGE, page: "page-1", posts }),
    overlay,
    settings: scanSettings(mergeEffective(DEFAULT_SETTINGS)),
    clock: fakeClock(options.cost),
    window,
  });
  return { scan, worker, overlay, read, adapter };
}

export const stateOf = (el: Element) => el.getAttribute("data-second-look");
export const errorOf = (el: Element) => el.getAttribute("data-second-look-error");

/** Lets mutation observers, frames, messages and retries run for `ms` of fake time. */
export const run = (ms = 100) => vi.advanceTimersByTimeAsync(ms);
