import { contentKey } from "../../background/evaluate/content-key.ts";
import { Lru } from "../../background/evaluate/lru.ts";
import { MAX_BATCH, type PostVerdict } from "../../background/evaluate/message.ts";
import type { Verdict } from "../../rules/schema/verdict.ts";
import type { SiteAdapter } from "../../sites/adapter.ts";
import type { PostSnapshot } from "../../sites/snapshot.ts";
import { createSliceRunner, type SliceClock } from "./slices.ts";

export const STATE_ATTR = "data-second-look";
export const ERROR_ATTR = "data-second-look-error";

/** Verdicts remembered per post id: enough for hours of scrolling, bounded for endless feeds. */
export const POST_CACHE_SIZE = 5_000;

/** Waits before posts whose evaluation failed are sent again without new posts to carry them. */
export const RETRY_LATER_MS: readonly number[] = [5_000, 15_000, 60_000];

export interface ScannerDeps {
  adapter: Pick<SiteAdapter, "findPosts" | "read">;
  /** Verdicts for a batch of at most MAX_BATCH posts; rejects when the worker could not be reached. */
  evaluate(posts: PostSnapshot[]): Promise<PostVerdict[]>;
  show(post: Element, verdict: Verdict): void;
  hide(post: Element): void;
  clock: SliceClock;
  /** Posts an earlier scan covered: they stay covered until this scan judges them. */
  covered?: Iterable<Element>;
}

/** A post (one id, one content) waiting for its verdict, and the elements showing it. */
interface Unresolved {
  post: PostSnapshot;
  hash: string;
  elements: Set<Element>;
}

function take<T>(set: Set<T>): T | undefined {
  for (const item of set) {
    set.delete(item);
    return item;
  }
  return undefined;
}

/**
 * Finds posts, marks them pending, and sends them for evaluation in batches, a time-boxed slice per frame.
 * Work is keyed by post id + content, never by element: sites recycle elements for other posts, and an
 * element that re-renders the same post is not evaluated again.
 */
export function createScanner({ adapter, evaluate, show, hide, clock, covered = [] }: ScannerDeps) {
  /** Every element findPosts returned: a change deep inside one finds its post by walking up to it. */
  const known = new WeakSet<Element>();
  /** The post (id + content key) each element was last judged as. */
  const showing = new WeakMap<Element, string>();
  const overlaid = new WeakSet<Element>(covered);
  const verdicts = new Lru<string, { hash: string; verdict: Verdict }>(POST_CACHE_SIZE);
  const unresolved = new Map<string, Unresolved>();
  /** Keys not sent yet, and keys whose request failed (sent again with a later batch or after RETRY_LATER_MS). */
  const outbox = new Set<string>();
  const failed = new Set<string>();
  const roots = new Set<Node>();
  const insides = new Set<Node>();
  const queue = new Set<Element>();
  let retryTimer: ReturnType<typeof setTimeout> | undefined;
  let retryLevel = 0;
  let retryDue = false;
  /** Once stopped, nothing is judged, sent, retried or marked: a later scan (or nobody) owns the page's posts now. */
  let stopped = false;

  /** Answers waiting to be shown: applied a slice at a time, since covering a post is the costliest step. */
  const answered: { element: Element; key: string; verdict: Verdict | null }[] = [];
  const hasWork = () => !stopped && answered.length + roots.size + insides.size + queue.size + outbox.size > 0;
  const runner = createSliceRunner(slice, hasWork, clock);

  function mark(element: Element, verdict: Verdict | null) {
    if (overlaid.delete(element)) hide(element);
    const flagged = verdict?.verdict === "flag";
    element.setAttribute(STATE_ATTR, flagged ? "flag" : "ok");
    if (verdict) element.removeAttribute(ERROR_ATTR);
    // Fail safe: a post must never stay pending, so when the worker is unreachable it is shown unjudged.
    else element.setAttribute(ERROR_ATTR, "unavailable");
    if (flagged) {
      show(element, verdict);
      overlaid.add(element);
    }
  }

  function forget(element: Element) {
    if (overlaid.delete(element)) hide(element);
    element.removeAttribute(STATE_ATTR);
    element.removeAttribute(ERROR_ATTR);
    showing.delete(element);
  }

  function judge(element: Element) {
    let post: PostSnapshot | null;
    try {
      post = adapter.read(element);
    } catch {
      post = null; // adapters promise not to throw; an unforeseen page must still not stop the scan
    }
    if (!post) return forget(element);
    const hash = contentKey(post);
    const key = `${post.id}\n${hash}`;
    if (showing.get(element) === key) return;
    showing.set(element, key);
    const cached = verdicts.get(post.id);
    if (cached?.hash === hash) return mark(element, cached.verdict);
    let entry = unresolved.get(key);
    if (!entry) {
      entry = { post, hash, elements: new Set() };
      unresolved.set(key, entry);
      outbox.add(key);
    }
    entry.elements.add(element);
    if (failed.has(key)) return mark(element, null);
    element.setAttribute(STATE_ATTR, "pending");
    element.removeAttribute(ERROR_ATTR);
  }

  function enclosingPost(node: Node) {
    for (let el = node instanceof Element ? node : node.parentElement; el; el = el.parentElement) {
      if (known.has(el)) return queue.add(el);
    }
  }

  function collect(root: Node) {
    if (!root.isConnected) return;
    if (root instanceof Element || root instanceof Document || root instanceof DocumentFragment) {
      for (const post of adapter.findPosts(root)) {
        known.add(post);
        queue.add(post);
      }
    }
    enclosingPost(root);
  }

  function slice(deadline: number) {
    if (stopped) return;
    let shown = 0;
    while (shown < answered.length && clock.now() < deadline) {
      const { element, key, verdict } = answered[shown++] as (typeof answered)[number];
      if (showing.get(element) === key) mark(element, verdict);
    }
    answered.splice(0, shown);
    while (clock.now() < deadline) {
      const element = take(queue);
      if (element) {
        if (element.isConnected) judge(element);
        continue;
      }
      const root = take(roots);
      if (root) {
        collect(root);
        continue;
      }
      const inside = take(insides);
      if (!inside) break;
      if (inside.isConnected) enclosingPost(inside);
    }
    send();
  }

  /** Moves keys from `from` into the batch until it is full, one key per post id so each answer is unambiguous. */
  function fill(batch: string[], ids: Set<string>, from: Set<string>) {
    for (const key of from) {
      if (batch.length === MAX_BATCH) return;
      const entry = unresolved.get(key);
      if (!entry || ids.has(entry.post.id)) continue;
      from.delete(key);
      ids.add(entry.post.id);
      batch.push(key);
    }
  }

  function send() {
    if (stopped) return;
    const batch: string[] = [];
    const ids = new Set<string>();
    fill(batch, ids, outbox);
    if (batch.length === 0 && !retryDue) return;
    retryDue = false;
    fill(batch, ids, failed);
    if (batch.length === 0) return;
    const posts = batch.map((key) => (unresolved.get(key) as Unresolved).post);
    evaluate(posts).then(
      (answers) => settle(batch, new Map(answers.map((a) => [a.id, a.verdict]))),
      () => settle(batch, new Map()),
    );
  }

  function settle(batch: readonly string[], answers: ReadonlyMap<string, Verdict>) {
    if (stopped) return;
    let missing = false;
    for (const key of batch) {
      const entry = unresolved.get(key);
      if (!entry) continue;
      const verdict = answers.get(entry.post.id);
      for (const element of entry.elements) {
        if (showing.get(element) === key) answered.push({ element, key, verdict: verdict ?? null });
        else entry.elements.delete(element);
      }
      if (verdict) {
        unresolved.delete(key);
        verdicts.set(entry.post.id, { hash: entry.hash, verdict });
      } else if ([...entry.elements].some((element) => element.isConnected)) {
        missing = true;
        failed.add(key);
      } else {
        drop(key);
      }
    }
    if (answered.length > 0) runner.request();
    if (!missing) {
      retryLevel = 0;
      return;
    }
    // A long outage on an endless feed: keep retrying as many posts as the cache remembers, the newest.
    for (const key of failed) {
      if (failed.size <= POST_CACHE_SIZE) break;
      drop(key);
    }
    retryLater();
  }

  /** Gives up on a failed post; its elements are judged afresh if they show up again. */
  function drop(key: string) {
    for (const element of unresolved.get(key)?.elements ?? []) {
      if (showing.get(element) === key) showing.delete(element);
    }
    unresolved.delete(key);
    failed.delete(key);
  }

  function retryLater() {
    if (retryTimer !== undefined) return;
    const delay = RETRY_LATER_MS[Math.min(retryLevel++, RETRY_LATER_MS.length - 1)];
    retryTimer = setTimeout(() => {
      retryTimer = undefined;
      if (failed.size === 0) return;
      retryDue = true;
      runner.request();
    }, delay);
  }

  return {
    /** Scans the posts at or under `root`, and the post `root` is inside. */
    add(root: Node) {
      roots.add(root);
      runner.request();
    },
    /** Something inside a post changed (text expanded, cell re-rendered): judge that post again. */
    touch(node: Node) {
      insides.add(node);
      runner.request();
    },
    /** Ends background retries and ignores answers still on their way: the page scan stopped. */
    stop() {
      stopped = true;
      clearTimeout(retryTimer);
      retryTimer = undefined;
    },
    /**
     * Stops for good because no answer can come any more (the extension is gone): posts still waiting are marked
     * ok/unavailable at once, since a post is never left pending, and judged posts keep their marks and covers.
     */
    abandon() {
      this.stop();
      for (const { element, key, verdict } of answered.splice(0)) if (showing.get(element) === key) mark(element, verdict);
      for (const [key, entry] of unresolved) {
        for (const element of entry.elements) if (element.isConnected && showing.get(element) === key) mark(element, null);
      }
    },
  };
}

export type Scanner = ReturnType<typeof createScanner>;
