import type { Verdict } from "../../rules/schema/verdict.ts";

export const STATE_ATTR = "data-second-look";
export const ERROR_ATTR = "data-second-look-error";

export interface CoverPort {
  show(post: Element, verdict: Verdict): void;
  hide(post: Element): void;
}

/** A verdict on its way to an element; null when none could be had. */
interface Answer {
  element: Element;
  key: string;
  verdict: Verdict | null;
}

/**
 * What the page shows of our work: which post (id + content key) each element was last judged as, its state
 * attribute, and its cover. Answers wait here and are applied a slice at a time, since covering a post is the
 * costliest step.
 */
export function createMarks({ show, hide }: CoverPort, covered: Iterable<Element>) {
  const showing = new WeakMap<Element, string>();
  const overlaid = new WeakSet<Element>(covered);
  const answered: Answer[] = [];

  /** Whether the element still shows post `key`: an answer about the post it showed before must not land on it. */
  const shows = (element: Element, key: string) => showing.get(element) === key;

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

  function apply({ element, key, verdict }: Answer) {
    if (shows(element, key)) mark(element, verdict);
  }

  return {
    shows,
    mark,
    /** Records that the element shows post `key` now; false when it already did, so there is nothing to do. */
    showAs(element: Element, key: string): boolean {
      if (shows(element, key)) return false;
      showing.set(element, key);
      return true;
    },
    /** Waiting for its verdict. An earlier scan's cover stays until then. */
    pending(element: Element) {
      element.setAttribute(STATE_ATTR, "pending");
      element.removeAttribute(ERROR_ATTR);
    },
    /** The element shows no post any more: no mark, no cover. */
    forget(element: Element) {
      if (overlaid.delete(element)) hide(element);
      element.removeAttribute(STATE_ATTR);
      element.removeAttribute(ERROR_ATTR);
      showing.delete(element);
    },
    /** The element is to be judged afresh if it shows up again, unless it shows another post already. */
    unshow(element: Element, key: string) {
      if (shows(element, key)) showing.delete(element);
    },
    answer(element: Element, key: string, verdict: Verdict | null) {
      answered.push({ element, key, verdict });
    },
    get waiting(): number {
      return answered.length;
    },
    /** Applies waiting answers, oldest first, while `more()` allows. */
    applyWhile(more: () => boolean) {
      let done = 0;
      while (done < answered.length && more()) apply(answered[done++] as Answer);
      answered.splice(0, done);
    },
  };
}

export type Marks = ReturnType<typeof createMarks>;
