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
      // As the browser answers: the keys asked for that are stored (an object's values stand in for missing
      // ones), or everything when no key is given.
      get: async (key?: null | string | string[] | Record<string, unknown>) => {
        if (key === null || key === undefined) return structuredClone(data);
        const defaults: Record<string, unknown> = typeof key === "string" ? {} : Array.isArray(key) ? {} : key;
        const keys = typeof key === "string" ? [key] : Array.isArray(key) ? key : Object.keys(key);
        return structuredClone(Object.fromEntries(keys.flatMap((k) => (k in data ? [[k, data[k]]] : k in defaults ? [[k, defaults[k]]] : []))));
      },
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
