/**
 * Link patterns indexed by host so matching a link costs one map lookup per host label:
 * "t.me" matches t.me and any subdomain of it; "drive.google.com/drive/folders" also needs that path prefix;
 * "*" matches every link.
 */
export interface HostHit<T> {
  payload: T;
  link: string;
}

interface Entry<T> {
  pathPrefix: string;
  payload: T;
}

export class HostIndex<T> {
  readonly #byHost = new Map<string, Entry<T>[]>();

  add(pattern: string, payload: T): void {
    const slash = pattern.indexOf("/");
    const host = slash < 0 ? pattern : pattern.slice(0, slash);
    const pathPrefix = slash < 0 ? "" : pattern.slice(slash);
    const entries = this.#byHost.get(host) ?? [];
    entries.push({ pathPrefix, payload });
    this.#byHost.set(host, entries);
  }

  /** `links` are canonical "host/path" strings (see canonicalLink). */
  match(links: readonly string[]): HostHit<T>[] {
    const hits: HostHit<T>[] = [];
    for (const link of links) {
      const slash = link.indexOf("/");
      const host = slash < 0 ? link : link.slice(0, slash);
      const path = slash < 0 ? "" : link.slice(slash);
      for (const entry of this.#byHost.get("*") ?? []) hits.push({ payload: entry.payload, link });
      for (let at = 0; at >= 0; at = host.indexOf(".", at) + 1 || -1) {
        for (const entry of this.#byHost.get(host.slice(at)) ?? []) {
          if (path.startsWith(entry.pathPrefix)) hits.push({ payload: entry.payload, link });
        }
      }
    }
    return hits;
  }
}
