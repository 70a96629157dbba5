import type { SettingsStorage } from "../../src/settings/storage.ts";

type Listener = (changes: Record<string, unknown>, area: string) => void;

/** An in-memory stand-in for browser.storage with local and managed areas and change events. */
export function fakeStorage(initial: Record<string, unknown> = {}, managed?: Record<string, unknown>) {
  const data: Record<string, unknown> = structuredClone(initial);
  const listeners = new Set<Listener>();
  const emit = (changes: Record<string, unknown>, area: string) => listeners.forEach((l) => l(changes, area));
  const storage: SettingsStorage & { data: typeof data; setManaged(v: Record<string, unknown>): void } = {
    data,
    local: {
      get: async (key?: null | string | string[] | Record<string, unknown>) =>
        typeof key === "string" ? (key in data ? { [key]: structuredClone(data[key]) } : {}) : structuredClone(data),
      set: async (items: Record<string, unknown>) => {
        Object.assign(data, structuredClone(items));
        emit(items, "local");
      },
    },
    managed: {
      get: async () => {
        if (!managed) throw new Error("Managed storage manifest not found");
        return structuredClone(managed);
      },
    },
    onChanged: {
      addListener: (l: Listener) => void listeners.add(l),
      removeListener: (l: Listener) => void listeners.delete(l),
      hasListener: (l: Listener) => listeners.has(l),
    } as unknown as SettingsStorage["onChanged"],
    setManaged(v) {
      managed = v;
      emit({}, "managed");
    },
  };
  return storage;
}

/** One storage area in memory (storage.session, say), holding structured clones as the browser does. */
export function memoryArea(initial: Record<string, unknown> = {}) {
  const data = new Map(Object.entries(structuredClone(initial)));
  return {
    get: async (key: string) => (data.has(key) ? { [key]: structuredClone(data.get(key)) } : {}),
    set: async (items: Record<string, unknown>) => {
      for (const [key, value] of Object.entries(items)) data.set(key, structuredClone(value));
    },
    remove: async (key: string) => void data.delete(key),
  };
}
