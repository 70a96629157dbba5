import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";

/**
 * A handle on the garbage collector for heap measurements. `npm run bench` runs through tsx, which cannot pass
 * --expose-gc on, so the flag is set at run time and `gc` read from a fresh context, where V8 then installs it.
 * Null when even that fails: memory is then reported as approximate.
 */
export function collector(): (() => void) | null {
  const existing = (globalThis as { gc?: () => void }).gc;
  if (existing) return existing;
  try {
    setFlagsFromString("--expose-gc");
    const gc: unknown = runInNewContext("gc");
    return typeof gc === "function" ? (gc as () => void) : null;
  } catch {
    return null;
  }
}
