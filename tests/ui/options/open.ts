import { afterEach, beforeEach, vi } from "vitest";
import { SETTINGS_KEY } from "../../../src/settings/storage.ts";
import type { Settings } from "../../../src/settings/schema.ts";
import { mountOptions } from "../../../src/ui/options/page.ts";
import { shippedModel } from "../../background/model/models.ts";
import { setMessageLookup } from "../../../src/ui/kit/i18n.ts";
import { lookupFor } from "../messages.ts";
import { fakeStorage } from "../page-helpers.ts";

let stop: (() => void) | null = null;

/** Mounts the options page on document.body over in-memory storage; closeOptions() unmounts it. */
export async function openOptions(initial: Record<string, unknown> = {}, managed?: Record<string, unknown>) {
  const storage = fakeStorage(initial, managed);
  stop = await mountOptions(document.body, { storage, download: vi.fn(), model: shippedModel });
  return { storage, stored: () => storage.data[SETTINGS_KEY] as Settings | undefined };
}

export function closeOptions(): void {
  stop?.();
  stop = null;
}

/** Each test starts on an empty page in English and leaves no page, catalogue or fake clock behind. */
export function useOptionsPage(): void {
  beforeEach(() => {
    setMessageLookup(lookupFor("en"));
    document.body.replaceChildren();
  });
  afterEach(() => {
    closeOptions();
    setMessageLookup(null);
    vi.useRealTimers();
  });
}
