import type { SiteAdapter } from "../../sites/adapter.ts";

/** Takes the oldest item out of a set (sets keep insertion order). */
function take<T>(set: Set<T>): T | undefined {
  for (const item of set) {
    set.delete(item);
    return item;
  }
  return undefined;
}

/**
 * What waits to be looked at: roots to search for posts, nodes that changed inside a post, and the posts found.
 * Every element findPosts returned is remembered, weakly, so a change deep inside one finds its post by walking up.
 */
export function createPostFinder(adapter: Pick<SiteAdapter, "findPosts">) {
  const known = new WeakSet<Element>();
  const roots = new Set<Node>();
  const insides = new Set<Node>();
  const found = new Set<Element>();

  function enclosingPost(node: Node) {
    for (let el = node instanceof Element ? node : node.parentElement; el; el = el.parentElement) {
      if (known.has(el)) return found.add(el);
    }
  }

  function collect(root: Node) {
    if (!root.isConnected) return;
    if (root instanceof Element || root instanceof Document || root instanceof DocumentFragment) {
      for (const post of adapter.findPosts(root)) {
        known.add(post);
        found.add(post);
      }
    }
    enclosingPost(root);
  }

  return {
    /** The posts at or under `root`, and the post `root` is inside, are to be judged. */
    add(root: Node) {
      roots.add(root);
    },
    /** Something inside a post changed: that post is to be judged again. */
    touch(node: Node) {
      insides.add(node);
    },
    get waiting(): number {
      return roots.size + insides.size + found.size;
    },
    /**
     * One small step, so the caller can stop at its deadline between any two: a found post still on the page
     * goes to `judge` first, else one root is searched, else one changed node is traced to its post. False once
     * nothing is left.
     */
    step(judge: (post: Element) => void): boolean {
      const post = take(found);
      if (post) {
        if (post.isConnected) judge(post);
        return true;
      }
      const root = take(roots);
      if (root) {
        collect(root);
        return true;
      }
      const inside = take(insides);
      if (!inside) return false;
      if (inside.isConnected) enclosingPost(inside);
      return true;
    },
  };
}
