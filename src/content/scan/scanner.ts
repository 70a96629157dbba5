import { contentKey } from "../../background/evaluate/content-key.ts";
import type { Verdict } from "../../rules/schema/verdict.ts";
import type { SiteAdapter } from "../../sites/adapter.ts";
import type { PostSnapshot } from "../../sites/snapshot.ts";
import { createMarks } from "./marks.ts";
import { createPostFinder } from "./post-finder.ts";
import { createSliceRunner, type SliceClock } from "./slices.ts";
import { createVerdictRequests, type VerdictRequestDeps } from "./verdict-requests.ts";

export interface ScannerDeps {
  adapter: Pick<SiteAdapter, "findPosts" | "read">;
  evaluate: VerdictRequestDeps["evaluate"];
  show(post: Element, verdict: Verdict): void;
  hide(post: Element): void;
  clock: SliceClock;
  /** Posts an earlier scan covered: they stay covered until this scan judges them. */
  covered?: Iterable<Element>;
}

/**
 * Finds posts, marks them pending, and sends them for evaluation in batches, a time-boxed slice per frame.
 * Work is keyed by post id + content, never by element: sites recycle elements for other posts, and an
 * element that re-renders the same post is not evaluated again.
 */
export function createScanner({ adapter, evaluate, show, hide, clock, covered = [] }: ScannerDeps) {
  const finder = createPostFinder(adapter);
  const marks = createMarks({ show, hide }, covered);
  const requests = createVerdictRequests({ evaluate, marks, wake: () => runner.request() });
  /** Once stopped, nothing is judged, sent, retried or marked: a later scan (or nobody) owns the page's posts now. */
  let stopped = false;
  const hasWork = () => !stopped && marks.waiting + finder.waiting + requests.unsent > 0;
  const runner = createSliceRunner(slice, hasWork, clock);

  function read(element: Element): PostSnapshot | null {
    try {
      return adapter.read(element);
    } catch {
      return null; // adapters promise not to throw; an unforeseen page must still not stop the scan
    }
  }

  function judge(element: Element) {
    const post = read(element);
    if (!post) return marks.forget(element);
    const hash = contentKey(post);
    const key = `${post.id}\n${hash}`;
    if (!marks.showAs(element, key)) return;
    const known = requests.known(post.id, hash);
    if (known) return marks.mark(element, known);
    if (requests.ask(key, post, hash, element)) marks.pending(element);
    else marks.mark(element, null);
  }

  function slice(deadline: number) {
    if (stopped) return;
    const inTime = () => clock.now() < deadline;
    marks.applyWhile(inTime);
    while (inTime() && finder.step(judge));
    requests.send();
  }

  return {
    /** Scans the posts at or under `root`, and the post `root` is inside. */
    add(root: Node) {
      finder.add(root);
      runner.request();
    },
    /** Something inside a post changed (text expanded, cell re-rendered): judge that post again. */
    touch(node: Node) {
      finder.touch(node);
      runner.request();
    },
    /** Ends background retries and ignores answers still on their way: the page scan stopped. */
    stop() {
      stopped = true;
      requests.stop();
    },
    /**
     * Stops for good because no answer can come any more (the extension is gone): posts still waiting are marked
     * ok/unavailable at once, since a post is never left pending, and judged posts keep their marks and covers.
     */
    abandon() {
      this.stop();
      marks.applyWhile(() => true);
      for (const [element, key] of requests.waiting()) if (element.isConnected && marks.shows(element, key)) marks.mark(element, null);
    },
  };
}

export type Scanner = ReturnType<typeof createScanner>;
