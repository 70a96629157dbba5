import messages from "../../../_locales/en/messages.json" with { type: "json" };
import type { MessageKey } from "../../../src/ui/kit/i18n.ts";

/** The English UI string for key, placeholders left as they are. */
export function message(key: MessageKey): string {
  return messages[key].message;
}
