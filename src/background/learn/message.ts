import { z } from "zod";

export const OPEN_LEARN_MESSAGE = "second-look/open-learn";

/**
 * Content script → worker: the reader asked for the learn page from an overlay. The worker opens it, so the
 * page never holds its URL (the extension's id; in Firefox, this install's own UUID) and nothing needs to be
 * web-accessible.
 */
export const OpenLearnMessageSchema = z.strictObject({ type: z.literal(OPEN_LEARN_MESSAGE) });
export type OpenLearnMessage = z.infer<typeof OpenLearnMessageSchema>;
