/**
 * A check that calls `changed` when `read` returns something new. Content scripts cannot observe the page's
 * history.pushState or its theme switch, so both are read again on mutations, popstate and a slow tick.
 */
export function whenChanged<T>(read: () => T, changed: (value: T) => void): () => void {
  let last = read();
  return () => {
    const value = read();
    if (value === last) return;
    last = value;
    changed(value);
  };
}
