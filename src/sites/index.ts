import type { SiteAdapter } from "./adapter.ts";
import { createOldRedditAdapter } from "./old-reddit/adapter.ts";
import { createRedditAdapter } from "./reddit/adapter.ts";
import { createXAdapter } from "./x/adapter.ts";

const FACTORIES: ReadonlyArray<() => SiteAdapter> = [createXAdapter, createRedditAdapter, createOldRedditAdapter];

/** A fresh adapter for the page at url (adapters may keep per-page state), or null on a site we do not handle. */
export function adapterFor(url: URL): SiteAdapter | null {
  for (const create of FACTORIES) {
    const adapter = create();
    if (adapter.handles(url)) return adapter;
  }
  return null;
}

export type { ShareAction, ShareTarget, SiteAdapter } from "./adapter.ts";
