import { Lru } from "../../background/evaluate/lru.ts";
import { MAX_BATCH, type PostVerdict } from "../../background/evaluate/message.ts";
import type { Verdict } from "../../rules/schema/verdict.ts";
import type { PostSnapshot } from "../../sites/snapshot.ts";
import type { Marks } from "./marks.ts";

/** Verdicts remembered per post id: enough for hours of scrolling, bounded for endless feeds. */
const POST_CACHE_SIZE = 5_000;

/** Waits before posts whose evaluation failed are sent again without new posts to carry them. */
export const RETRY_LATER_MS: readonly number[] = [5_000, 15_000, 60_000];

/** A post (one id, one content) waiting for its verdict, and the elements showing it. */
interface Unresolved {
  post: PostSnapshot;
  hash: string;
  elements: Set<Element>;
}

export interface VerdictRequestDeps {
  /** Verdicts for a batch of at most MAX_BATCH posts; rejects when the worker could not be reached. */
  evaluate(posts: PostSnapshot[]): Promise<PostVerdict[]>;
  /** Where answers go, for the elements that still show the post asked about. */
  marks: Pick<Marks, "shows" | "unshow" | "answer" | "waiting">;
  /** Asks for a slice: answers are waiting to be applied, or failed posts are due to be sent again. */
  wake(): void;
}

/**
 * Asking the worker: the verdicts known per post id, the posts waiting for one, batching them, and sending failed
 * ones again, with the next new posts or, when none come, after RETRY_LATER_MS.
 */
export function createVerdictRequests({ evaluate, marks, wake }: VerdictRequestDeps) {
  const verdicts = new Lru<string, { hash: string; verdict: Verdict }>(POST_CACHE_SIZE);
  const unresolved = new Map<string, Unresolved>();
  /** Keys not sent yet, and keys whose request failed (sent again with a later batch or after RETRY_LATER_MS). */
  const outbox = new Set<string>();
  const failed = new Set<string>();
  let retryTimer: ReturnType<typeof setTimeout> | undefined;
  let retryLevel = 0;
  let retryDue = false;
  let stopped = false;

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

  function settle(batch: readonly string[], answers: ReadonlyMap<string, Verdict>) {
    if (stopped) return;
    let missing = false;
    for (const key of batch) {
      const entry = unresolved.get(key);
      if (!entry) continue;
      const verdict = answers.get(entry.post.id);
      for (const element of entry.elements) {
        if (marks.shows(element, key)) marks.answer(element, key, verdict ?? null);
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
    if (marks.waiting > 0) wake();
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
    for (const element of unresolved.get(key)?.elements ?? []) marks.unshow(element, key);
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
      wake();
    }, delay);
  }

  return {
    /** The verdict known for this post id, if it was given for this content. */
    known(id: string, hash: string): Verdict | undefined {
      const cached = verdicts.get(id);
      return cached?.hash === hash ? cached.verdict : undefined;
    },
    /**
     * The element waits for post `key`'s verdict, asked for once however many elements show the post. False when
     * the last request for it failed: the element is then shown unjudged until a retry answers.
     */
    ask(key: string, post: PostSnapshot, hash: string, element: Element): boolean {
      let entry = unresolved.get(key);
      if (!entry) {
        entry = { post, hash, elements: new Set() };
        unresolved.set(key, entry);
        outbox.add(key);
      }
      entry.elements.add(element);
      return !failed.has(key);
    },
    get unsent(): number {
      return outbox.size;
    },
    /** Sends one batch of new posts, topped up with failed ones; failed ones alone only when a retry is due. */
    send() {
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
    },
    /** Every element still waiting, with the post it waits for. */
    *waiting(): Generator<[Element, string]> {
      for (const [key, entry] of unresolved) for (const element of entry.elements) yield [element, key];
    },
    /** Ends retries and ignores answers still on their way. */
    stop() {
      stopped = true;
      clearTimeout(retryTimer);
      retryTimer = undefined;
    },
  };
}
