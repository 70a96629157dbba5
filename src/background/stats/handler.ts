import type { StatName } from "../../settings/stats.ts";
import { STAT_MESSAGE, StatMessageSchema } from "./message.ts";

/** The runtime.onMessage listener for statistics; other messages get `undefined`. */
export function createStatHandler(count: (name: StatName) => Promise<void>) {
  return (message: unknown): Promise<void> | undefined => {
    if ((message as { type?: unknown } | null)?.type !== STAT_MESSAGE) return undefined;
    const parsed = StatMessageSchema.safeParse(message);
    return parsed.success ? count(parsed.data.name) : Promise.reject(new Error(`${STAT_MESSAGE}: malformed message`));
  };
}
