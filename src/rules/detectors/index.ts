import { z } from "zod";
import { findPhoneNumber } from "./phone-number.ts";

/**
 * Structural signals that no word list can express, available to any rule by name. Each returns the words it
 * found (for the reason's quote) or null, in time linear in the text.
 */
const DETECTORS = {
  "phone-number": findPhoneNumber,
} satisfies Record<string, (text: string) => string | null>;

export const DetectorSchema = z.enum(Object.keys(DETECTORS) as [keyof typeof DETECTORS]);
export type Detector = z.infer<typeof DetectorSchema>;

export function detect(name: Detector, text: string): string | null {
  return DETECTORS[name](text);
}
